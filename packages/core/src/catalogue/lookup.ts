import { numberSymbol } from '../citations/format.js';
import type { Citation } from '../citations/schema.js';
import { compareDates, type DayParts } from '../dates/calendar.js';
import { phraseKey, spellingKey } from '../names/normalize.js';
import type { CataloguedDocument } from './schema.js';

/**
 * The number and symbol a catalogued document is cited by: "33/2023/NĐ-CP".
 *
 * @example
 * catalogueLabel(NATIONAL_DOCUMENTS[0]) // '766/QĐ-TTg'
 */
export function catalogueLabel(d: CataloguedDocument): string {
  return numberSymbol(d) ?? `${d.type} ${d.title ?? ''}`.trim();
}

const sameNumber = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && Number(a) === Number(b);

/**
 * The catalogue entry a citation names: by type, number, year and symbol; a law cited by its name
 * alone is the version in force on `on` (the notice's date).
 *
 * @example
 * findCatalogued({ type: 'NĐ', number: '33', year: 2023, symbol: 'CP' }, NATIONAL_DOCUMENTS)?.date.written // '10/6/2023'
 */
export function findCatalogued(
  c: Citation,
  documents: readonly CataloguedDocument[],
  on?: DayParts,
  // How a title is compared: a checker passes its kept `spellingKey`, read once per title.
  titleKey: (title: string) => string = spellingKey,
): CataloguedDocument | undefined {
  if (c.number !== undefined) {
    const key = numberedKey(c.type, c.year, Number(c.number), (c.symbol ?? '').toUpperCase());
    return indexOf(documents).numbered.get(key);
  }
  if (c.title === undefined) return undefined;
  const named = indexOf(documents).titled.get(`${c.type}|${titleKey(c.title)}`) ?? [];
  return named.find((d) => on === undefined || inForce(d, on)) ?? named[0];
}

/**
 * Whether a document applies on a day: after its start, not after its end (unknown bounds hold).
 *
 * @example
 * inForce(law87, { year: 2026, month: 3, day: 1 }) // false: Law 121/2025/QH15 applies from that day
 */
export function inForce(d: CataloguedDocument, on: DayParts): boolean {
  const { from, until } = d.effective;
  return (!from || compareDates(from, on) <= 0) && (!until || compareDates(on, until) <= 0);
}

/**
 * Catalogued documents a numbered citation may have meant: same type and symbol, and either the
 * same number in another year or another number in the same year. A wholly different number is
 * not a near miss: it may be another document on the same subject.
 */
export function nearMisses(c: Citation, documents: readonly CataloguedDocument[]): CataloguedDocument[] {
  if (c.number === undefined || c.year === undefined) return [];
  const sameTypeAndSymbol = indexOf(documents).bySymbol.get(`${c.type}|${(c.symbol ?? '').toUpperCase()}`);
  if (!sameTypeAndSymbol) return [];
  return sameTypeAndSymbol.filter(
    (d) => d.year !== undefined && sameNumber(d.number, c.number) !== (d.year === c.year),
  );
}

/**
 * Whether a text speaks of a catalogued document's subject: one of its topic phrases appears in
 * it as whole words (any case, any tone placement, punctuation ignored). A text compared with many
 * documents may be given as its `phraseKey`, worked out once.
 *
 * @example
 * aboutTopic(decree33, 'bố trí, sắp xếp cán bộ, công chức') // true
 */
export function aboutTopic(d: CataloguedDocument, text: string | { key: string }): boolean {
  const key = typeof text === 'string' ? phraseKey(text) : text.key;
  return topicKeys(d).some((t) => key.includes(t));
}

/**
 * A catalogue looked up by what citations give, built once per catalogue (keyed weakly on the
 * list itself, which is parsed data nobody edits in place, like `topicKeys`): `findCatalogued` and
 * `nearMisses` are then a map lookup per citation instead of a scan of every document. Each list
 * keeps the catalogue's order, and a key first met wins, as the scans they replace did.
 */
interface CatalogueIndex {
  /** Type, year, number as a number, symbol in capitals: the first document with them. */
  numbered: Map<string, CataloguedDocument>;
  /** Type and title's spelling key: every document with them. */
  titled: Map<string, CataloguedDocument[]>;
  /** Type and symbol in capitals: every document with them. */
  bySymbol: Map<string, CataloguedDocument[]>;
}
const numberedKey = (type: string, year: number | undefined, number: number, symbol: string) =>
  `${type}|${year}|${number}|${symbol}`;
const INDEXES = new WeakMap<readonly CataloguedDocument[], CatalogueIndex>();
function indexOf(documents: readonly CataloguedDocument[]): CatalogueIndex {
  let index = INDEXES.get(documents);
  if (index) return index;
  index = { numbered: new Map(), titled: new Map(), bySymbol: new Map() };
  const add = (map: Map<string, CataloguedDocument[]>, key: string, d: CataloguedDocument) => {
    const list = map.get(key);
    if (list) list.push(d);
    else map.set(key, [d]);
  };
  for (const d of documents) {
    const symbol = (d.symbol ?? '').toUpperCase();
    add(index.bySymbol, `${d.type}|${symbol}`, d);
    if (d.title !== undefined) add(index.titled, `${d.type}|${spellingKey(d.title)}`, d);
    if (d.number === undefined) continue;
    const key = numberedKey(d.type, d.year, Number(d.number), symbol);
    if (!index.numbered.has(key)) index.numbered.set(key, d);
  }
  INDEXES.set(documents, index);
  return index;
}

/**
 * A document's topics as phrase keys, worked out once per document. Keyed weakly on the catalogue
 * entry itself, which is parsed data nobody edits in place: the keys cannot go stale, and a
 * catalogue that is let go takes its keys with it.
 */
const TOPIC_KEYS = new WeakMap<CataloguedDocument, string[]>();
function topicKeys(d: CataloguedDocument): string[] {
  let keys = TOPIC_KEYS.get(d);
  if (!keys) {
    keys = d.topics.map(phraseKey);
    TOPIC_KEYS.set(d, keys);
  }
  return keys;
}
