import { sectionList } from '../checks/walk.js';
import { compareDates } from '../dates/calendar.js';
import type { Path } from '../shared/types.js';
import type { Supervision } from '../supervision/schema.js';
import { type IssuerKey, issuerKey } from './issuer-key.js';
import type { CitationReadError } from './parse.js';
import { TextReadings } from './readings.js';
import type { Citation, CitationInput } from './schema.js';

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
  const entry = (input: CitationInput, path: Path, source: CitationSource) =>
    readEntry(input, path, source, readings);
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
    const around = [
      { text: section.title ?? '', path: [...path, 'title'] },
      ...section.paragraphs.map((text, k) => ({ text, path: [...path, 'paragraphs', k] })),
    ];
    for (const [j, input] of section.citations.entries()) {
      const e = entry(input, [...path, 'citations', j], 'section');
      e.around = around;
      out.push(e);
    }
  }
  for (const e of out) if (e.citation) e.issuer = issuerKey(e.citation, supervision, readings);
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
  const text = input.text;
  e.text = text;
  const read = text === undefined ? undefined : readings.citation(text);
  // The structured fields given (all but the text and the note), in their order, undefined ones left out.
  const fields: Partial<Citation> = {};
  for (const key in input) {
    if (key === 'text' || key === 'note') continue;
    const v = input[key as keyof typeof input];
    if (v !== undefined) (fields as Record<string, unknown>)[key] = v;
  }
  if (fields.type === undefined) {
    // The older form: the text, with a field or two added ("issuer: Chủ tịch UBND tỉnh").
    if (!read?.ok) {
      e.unreadable = read?.reason ?? 'empty';
      return e;
    }
    e.citation = { ...read.citation, ...fields } as Citation;
    e.dateFromText = fields.date === undefined && read.citation.date !== undefined;
  } else {
    e.citation = fields as Citation;
    if (read?.ok) e.differs = disagreements(read.citation, e.citation);
  }
  const c = e.citation;
  if (c.relations === undefined && c.subject !== undefined) {
    const relations =
      read?.ok && read.citation.subject === c.subject
        ? (read.citation.relations ?? [])
        : readings.relations(c.subject);
    if (relations.length > 0) c.relations = [...relations];
  }
  return e;
}

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
  return (
    a.type === b.type &&
    a.number !== undefined &&
    b.number !== undefined &&
    Number(a.number) === Number(b.number) &&
    a.year === b.year &&
    (a.symbol ?? '').toUpperCase() === (b.symbol ?? '').toUpperCase() &&
    Boolean(a.party) === Boolean(b.party)
  );
}
