import { sectionList } from '../checks/walk.js';
import { compareDates } from '../dates/calendar.js';
import type { CivilDate } from '../figures/values.js';
import { extendPath } from '../shared/path.js';
import type { Path } from '../shared/types.js';
import type { Supervision } from '../supervision/schema.js';
import { type IssuerKey, issuerKey } from './issuer-key.js';
import type { CitationReadError } from './parse.js';
import { freezeReading, ownCopy, TextReadings } from './readings.js';
import type { Citation, CitationInput, Relation } from './schema.js';

/** Where in a supervision a citation stands. */
export type CitationSource = 'legal-basis' | 'lifecycle' | 'report' | 'notice' | 'section';

/** One citation of a supervision, read, with where it stands and the prose around it. */
export interface CitationEntry {
  path: Path;
  source: CitationSource;
  /** The citation as the notice wrote it, when it was written out. */
  text?: string | undefined;
  /** The structured citation; undefined when the text could not be read. */
  citation?: Citation | undefined;
  unreadable?: CitationReadError | undefined;
  /** Fields on which the written text and the structured fields disagree. */
  differs: string[];
  /** The date was read from the text rather than given as a date field of the model. */
  dateFromText: boolean;
  /** Whose register its number belongs to (see `issuerKey`). */
  issuer?: IssuerKey | undefined;
  /** The section's title and paragraphs around a section's citation: see `mentionsOf`. */
  around: { text: string; path: Path }[];
}

const LIFECYCLE = ['programme', 'plan', 'delegationDecision', 'contentNotice'] as const;

/**
 * Every citation of a supervision, read: legal bases, the documents of the supervision's own
 * steps, the reports, the notice itself when numbered, and each section's citations.
 *
 * @example
 * citationsOf(model).filter((e) => e.citation?.type === 'KH').length // 20
 */
export function citationsOf(
  supervision: Supervision,
  readings: TextReadings = new TextReadings(),
): CitationEntry[] {
  const out: CitationEntry[] = [];
  // Each read at its place in the list: see `keptStructured`.
  const entry = (input: CitationInput, path: Path, source: CitationSource) =>
    readEntry(input, path, source, readings, out.length);
  for (const [i, input] of supervision.legalBases.entries()) {
    out.push(entry(input, ['legalBases', i], 'legal-basis'));
  }
  const docs = supervision.documents;
  for (const step of LIFECYCLE) {
    const doc = docs[step];
    if (!doc) continue;
    if (doc.citation) {
      out.push(entry(doc.citation, ['documents', step, 'citation'], 'lifecycle'));
      continue;
    }
    const own = issuedDocument(doc, readings);
    if (own) out.push({ ...blank(['documents', step], 'lifecycle'), citation: own });
  }
  for (const [i, report] of docs.reports.entries()) {
    if (report.citation) out.push(entry(report.citation, ['documents', 'reports', i, 'citation'], 'report'));
  }
  const notice = docs.conclusion;
  if (notice.number !== null) {
    const own = issuedDocument(
      {
        number: notice.number,
        symbol: notice.symbol,
        issuer: supervision.body.name,
        date: notice.date.day === null ? undefined : { ...notice.date, day: notice.date.day },
      },
      readings,
    );
    if (own) out.push({ ...blank(['documents', 'conclusion'], 'notice'), citation: own });
  }
  for (const { section, path } of sectionList(supervision)) {
    // Most sections cite nothing: their prose is gathered only for those that do.
    if (section.citations.length === 0) continue;
    // Built item by item: spreading a mapped list sent the engine's optimised code back to the
    // interpreter once per thread of a batch, and a recompile of this function costs ~50 ms.
    // Paths made at their length (see `extendPath`): a citing section's every paragraph has one.
    const around = [{ text: section.title ?? '', path: extendPath(path, 'title') }];
    for (let k = 0; k < section.paragraphs.length; k++) {
      around.push({ text: section.paragraphs[k]!, path: extendPath(path, 'paragraphs', k) });
    }
    for (const [j, input] of section.citations.entries()) {
      const e = entry(input, extendPath(path, 'citations', j), 'section');
      e.around = around;
      out.push(e);
    }
  }
  // Whose register a citation's number belongs to depends on the citation and the locality only.
  const { locality } = supervision;
  // The kept copy of the locality's text: compared with the one kept beside each citation, a
  // string met before is one comparison of references, not one of 40 characters per citation.
  const where = readings.keep(
    'locality',
    `${locality.name}\u0001${locality.district ?? ''}\u0001${locality.province ?? ''}`,
    (text) => text,
  );
  for (const e of out) {
    const c = e.citation;
    if (!c) continue;
    const facts = readings.about(c);
    if (facts?.issuerFor === where) {
      e.issuer = facts.issuer;
      continue;
    }
    e.issuer = issuerKey(c, supervision, readings);
    if (facts) {
      facts.issuer = e.issuer && Object.freeze(e.issuer);
      facts.issuerFor = where;
    }
  }
  return out;
}

/**
 * What a section's citation is cited for: the section's title and those of its paragraphs that
 * name the document ("… bố trí cán bộ, công chức theo Nghị định số 33/2024/NĐ-CP").
 *
 * @example
 * mentionsOf(entry).map((m) => m.path.at(-1)) // ['title', 0]
 */
export function mentionsOf(
  e: CitationEntry,
  readings: TextReadings = new TextReadings(),
): { text: string; path: Path }[] {
  const c = e.citation;
  if (!c) return [];
  return e.around.filter(({ text, path }) => {
    if (path.at(-1) === 'title') return true;
    if (c.number !== undefined) return readings.spans(text).some((n) => sameDocument(n.citation, c));
    return c.title !== undefined && text.toLowerCase().includes(c.title.toLowerCase());
  });
}

const blank = (path: Path, source: CitationSource): CitationEntry => ({
  path,
  source,
  differs: [],
  dateFromText: false,
  around: [],
});

/** Reads one citation as a file holds it. */
function readEntry(
  input: CitationInput,
  path: Path,
  source: CitationSource,
  readings: TextReadings,
  at: number,
): CitationEntry {
  const e = blank(path, source);
  if (typeof input === 'string') {
    e.text = input;
    const r = readings.citation(input);
    if (r.ok) {
      e.citation = r.citation;
      e.dateFromText = r.citation.date !== undefined;
    } else {
      e.unreadable = r.reason;
    }
    return e;
  }
  // A structured citation reads the same whatever supervision holds it: read once per content
  // and kept, frozen, so that what is worked out from the reading (its label, its issuer, its
  // place in a register) can be kept with it too.
  const read = keptStructured(input, readings, at);
  e.text = read.text;
  e.citation = read.citation;
  e.unreadable = read.unreadable;
  e.dateFromText = read.dateFromText;
  // The entry's own list: a caller may add to it.
  if (read.differs.length > 0) e.differs = [...read.differs];
  return e;
}

/** What a structured citation reads as: every field of its entry but where it stands. */
interface StructuredReading {
  text: string | undefined;
  citation?: Citation | undefined;
  unreadable?: CitationReadError | undefined;
  differs: string[];
  dateFromText: boolean;
}

type StructuredInput = Exclude<CitationInput, string>;

/** A structured citation's fields as given (all but the note), and what they read as. */
interface KeptStructured {
  fields: StructuredFields;
  read: StructuredReading;
}

/**
 * Every field of a structured citation but the note, each present (undefined when not given), in
 * the schema's order: one shape for every kept copy, compared field by field by name.
 */
interface StructuredFields {
  text: string | undefined;
  type: string | undefined;
  number: string | undefined;
  year: number | undefined;
  symbol: string | undefined;
  party: boolean | undefined;
  unit: string | undefined;
  title: string | undefined;
  date: CivilDate | undefined;
  issuer: string | undefined;
  subject: string | undefined;
  relations: Relation[] | undefined;
}

// Readings kept per text: a few field sets each (the same text with another date, say).
const PER_TEXT = 8;

/**
 * The reading of a structured citation, kept by its text and then compared field by field: no key
 * is built, and a text met before is looked up once. First compared with what was read at the
 * same place `at` of the last list (see `TextReadings.keptAt`): a supervision checked again, or
 * another of its commune, has the same legal bases at the same places, and a lookup by text
 * hashed each text anew (a model read from a file has strings of its own each time).
 */
function keptStructured(input: StructuredInput, readings: TextReadings, at: number): StructuredReading {
  const last = readings.keptAt('citations', at) as KeptStructured | undefined;
  if (last !== undefined && sameFields(last.fields, input)) return last.read;
  const found = keptOf(input, readings);
  readings.keepAt('citations', at, found);
  return found.read;
}

/** `keptStructured` by text. */
function keptOf(input: StructuredInput, readings: TextReadings): KeptStructured {
  const kept = readings.keep('structured-citation', input.text ?? '', () => [] as KeptStructured[]);
  for (let i = 0; i < kept.length; i++) if (sameFields(kept[i]!.fields, input)) return kept[i]!;
  const fields = freezeReading(fieldsOf(input));
  const one = { fields, read: freezeReading(readStructured(fields, readings)) };
  if (kept.length >= PER_TEXT) kept.shift();
  kept.push(one);
  return one;
}

/**
 * The fields of a structured citation, copied: the date and relations (the model is not ours, and
 * may change) and the texts (each may be a window on the whole file: see `ownCopy`).
 */
function fieldsOf(input: StructuredInput): StructuredFields {
  return {
    text: copied(input.text),
    type: input.type,
    number: copied(input.number),
    year: input.year,
    symbol: copied(input.symbol),
    party: input.party,
    unit: copied(input.unit),
    title: copied(input.title),
    date: input.date === undefined ? undefined : copyDate(input.date),
    issuer: copied(input.issuer),
    subject: copied(input.subject),
    relations: input.relations?.map((r) => ({ kind: r.kind, target: ownCopy(r.target) })),
  };
}

const copied = (text: string | undefined): string | undefined =>
  text === undefined ? undefined : ownCopy(text);

/**
 * Whether a structured citation gives the kept fields. The text was the key the fields were kept
 * under, so only whether it is given is compared ("" and no text share a key).
 */
function sameFields(k: StructuredFields, input: StructuredInput): boolean {
  return (
    (k.text === undefined) === (input.text === undefined) &&
    k.type === input.type &&
    k.number === input.number &&
    k.year === input.year &&
    k.symbol === input.symbol &&
    k.party === input.party &&
    k.unit === input.unit &&
    k.title === input.title &&
    k.issuer === input.issuer &&
    k.subject === input.subject &&
    sameDate(k.date, input.date) &&
    sameRelations(k.relations, input.relations)
  );
}

function sameDate(a: CivilDate | undefined, b: CivilDate | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.year === b.year && a.month === b.month && a.day === b.day && a.written === b.written;
}

function sameRelations(a: readonly Relation[] | undefined, b: readonly Relation[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.kind !== b[i]!.kind || a[i]!.target !== b[i]!.target) return false;
  }
  return true;
}

function readStructured(given: StructuredFields, readings: TextReadings): StructuredReading {
  const { text, ...rest } = given;
  const out: StructuredReading = { text, differs: [], dateFromText: false };
  const read = text === undefined ? undefined : readings.citation(text);
  // The structured fields given (all but the text and the note), in the schema's order, undefined
  // ones left out.
  const fields = defined(rest) as Partial<Citation>;
  if (fields.type === undefined) {
    // The older form: the text, with a field or two added ("issuer: Chủ tịch UBND tỉnh").
    if (!read?.ok) {
      out.unreadable = read?.reason ?? 'empty';
      return out;
    }
    out.citation = { ...read.citation, ...fields } as Citation;
    out.dateFromText = fields.date === undefined && read.citation.date !== undefined;
  } else {
    out.citation = fields as Citation;
    if (read?.ok) out.differs = disagreements(read.citation, out.citation);
  }
  const c = out.citation;
  if (c.relations === undefined && c.subject !== undefined) {
    const relations =
      read?.ok && read.citation.subject === c.subject
        ? (read.citation.relations ?? [])
        : readings.relations(c.subject);
    if (relations.length > 0) c.relations = relations.map((r) => ({ kind: r.kind, target: r.target }));
  }
  return out;
}

const copyDate = (d: CivilDate): CivilDate => ({
  year: d.year,
  month: d.month,
  day: d.day,
  written: ownCopy(d.written),
});

function defined<T extends object>(o: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out as Partial<T>;
}

/** A document of the supervision's own steps, from its number, symbol and other fields. */
function issuedDocument(
  doc: {
    number?: string | undefined;
    symbol?: string | undefined;
    date?: Citation['date'];
    issuer?: string | undefined;
    subject?: string | undefined;
  },
  readings: TextReadings,
): Citation | undefined {
  if (doc.number === undefined || doc.symbol === undefined) return undefined;
  const r = readings.citation(`số ${doc.number}/${doc.symbol}`);
  if (!r.ok) return undefined;
  return defined({ ...r.citation, date: doc.date, issuer: doc.issuer, subject: doc.subject }) as Citation;
}

/** The identity fields on which two readings of one citation differ: type, number, year, symbol, party, date. */
function disagreements(written: Citation, given: Citation): string[] {
  const out: string[] = [];
  if (written.type !== given.type) out.push('type');
  const wn = written.number === undefined ? undefined : Number(written.number);
  const gn = given.number === undefined ? undefined : Number(given.number);
  if (wn !== gn) out.push('number');
  if (written.year !== given.year) out.push('year');
  const ws = written.symbol ?? '';
  const gs = given.symbol ?? '';
  if (ws !== gs && ws.toUpperCase() !== gs.toUpperCase()) out.push('symbol');
  if (Boolean(written.party) !== Boolean(given.party)) out.push('party');
  const differentDate =
    written.date === undefined || given.date === undefined
      ? written.date !== given.date
      : compareDates(written.date, given.date) !== 0;
  if (differentDate) out.push('date');
  return out;
}

/** Whether two citations name the same document: type, number, year and symbol. */
export function sameDocument(a: Citation, b: Citation): boolean {
  // What is compared without converting comes first: most citations differ in type or year, and
  // then no number is read and no symbol put in capitals.
  return (
    a.type === b.type &&
    a.year === b.year &&
    Boolean(a.party) === Boolean(b.party) &&
    a.number !== undefined &&
    b.number !== undefined &&
    // Not `a.number === b.number ||`: a number that is not a number names no document.
    Number(a.number) === Number(b.number) &&
    (a.symbol === b.symbol || (a.symbol ?? '').toUpperCase() === (b.symbol ?? '').toUpperCase())
  );
}
