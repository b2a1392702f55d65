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

const sameSymbol = (a: string | undefined, b: string | undefined) =>
  (a ?? '').toUpperCase() === (b ?? '').toUpperCase();
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
): CataloguedDocument | undefined {
  if (c.number !== undefined) {
    const number = Number(c.number);
    const symbol = (c.symbol ?? '').toUpperCase();
    return documents.find((d) => {
      if (d.type !== c.type || d.year !== c.year || d.number === undefined) return false;
      const keys = keysOf(d);
      return keys.number === number && keys.symbol === symbol;
    });
  }
  if (c.title === undefined) return undefined;
  const title = spellingKey(c.title);
  const named = documents.filter((d) => d.type === c.type && keysOf(d).title === title);
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
  return documents.filter(
    (d) =>
      d.type === c.type &&
      sameSymbol(d.symbol, c.symbol) &&
      d.year !== undefined &&
      sameNumber(d.number, c.number) !== (d.year === c.year),
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
 * What `findCatalogued` compares of a catalogued document, worked out once per document (keyed
 * weakly on the entry, like `topicKeys`): its number as a number, its symbol in capitals, its
 * title's spelling key.
 */
const KEYS = new WeakMap<CataloguedDocument, { number: number; symbol: string; title: string | undefined }>();
function keysOf(d: CataloguedDocument): { number: number; symbol: string; title: string | undefined } {
  let keys = KEYS.get(d);
  if (!keys) {
    keys = {
      number: d.number === undefined ? Number.NaN : Number(d.number),
      symbol: (d.symbol ?? '').toUpperCase(),
      title: d.title === undefined ? undefined : spellingKey(d.title),
    };
    KEYS.set(d, keys);
  }
  return keys;
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
