import type { DocumentNumbering } from '../catalogue/schema.js';
import { compareDates } from '../dates/calendar.js';
import type { Path } from '../shared/types.js';
import type { CitationEntry } from './collect.js';
import type { IssuerKey } from './issuer-key.js';
import { type RegisterPlace, TextReadings } from './readings.js';
import type { Citation } from './schema.js';
import { oneDocumentSubject } from './subject.js';

/** One document of a register: every place it is cited, and its reading. */
export interface RegisterDocument {
  citation: Citation;
  label: string;
  paths: Path[];
  /** The body, type and year whose sequence its number belongs to. */
  sequence: string;
  /** The body, type and year, whatever the numbering: where two subjects are compared. */
  series: string;
  numberValue: number;
  year: number;
}

/**
 * The numbered documents of a supervision's citations, each once: citations of one number in one
 * sequence are one document when their dates agree and their subjects agree (one contains at
 * least half of the other's word pairs); otherwise they are different documents under one number.
 */
export function registerOf(
  entries: readonly CitationEntry[],
  numbering: DocumentNumbering,
  readings: TextReadings = new TextReadings(),
  label: (c: Citation) => string = (c) => readings.label(c),
): RegisterDocument[] {
  const out: RegisterDocument[] = [];
  // The documents already met under one sequence, number and type, in the order met: only these
  // can be the same document, so a citation is compared with them and not with the whole register.
  const under = new Map<string, RegisterDocument[]>();
  for (const e of entries) {
    const c = e.citation;
    if (!c?.number) continue;
    const year = c.year ?? c.date?.year;
    const issuer = e.issuer;
    if (year === undefined || !issuer) continue;
    const { sequence, series, numberValue, key } = placeOf(c, issuer, numbering, readings);
    const candidates = key === undefined ? undefined : under.get(key);
    const same = candidates?.find((d) => oneDocument(d.citation, c, readings));
    if (same) {
      same.paths.push(e.path);
      same.citation = fuller(same.citation, c);
      continue;
    }
    const document: RegisterDocument = {
      citation: c,
      label: label(c),
      paths: [e.path],
      sequence,
      series,
      numberValue,
      year,
    };
    out.push(document);
    if (key === undefined) continue;
    if (candidates) candidates.push(document);
    else under.set(key, [document]);
  }
  return out;
}

/** Where a citation's number stands, kept beside a frozen citation for its issuer and numbering. */
function placeOf(
  c: Citation,
  issuer: IssuerKey,
  numbering: DocumentNumbering,
  readings: TextReadings,
): RegisterPlace {
  const facts = readings.about(c);
  const kept = facts?.place;
  if (kept && kept.issuer === issuer && kept.numbering === numbering) return kept;
  const year = c.year ?? c.date?.year;
  // Legal normative documents are numbered per type whatever a body does for the others.
  const perType = numbering === 'per-type' || c.year !== undefined || c.party;
  const who = `${issuer.body}|${issuer.level}|${issuer.place}|${c.party ? 'party' : 'state'}`;
  const kind = `${c.year === undefined ? 'administrative' : 'normative'}|${year}`;
  // One string for every citation of a sequence (and of a series): the rules group the register
  // by them each check, and a lookup of a string met before is one comparison of references
  // where two equal strings of their own are compared character by character.
  const sequence = readings.keep('sequence', `${who}|${perType ? c.type : '*'}|${kind}`, same);
  const numberValue = Number(c.number);
  const place: RegisterPlace = {
    issuer,
    numbering,
    sequence,
    series: readings.keep('sequence', `${who}|${c.type}|${kind}`, same),
    numberValue,
    // A number that is not a number is never the same as another (NaN equals nothing).
    key: Number.isNaN(numberValue) ? undefined : `${sequence}|${numberValue}|${c.type}`,
  };
  if (facts) facts.place = place;
  return place;
}

const same = (text: string) => text;

function oneDocument(a: Citation, b: Citation, readings: TextReadings): boolean {
  if (a.date && b.date && compareDates(a.date, b.date) !== 0) return false;
  if (
    a.subject &&
    b.subject &&
    !oneDocumentSubject(readings.pairCodes(a.subject), readings.pairCodes(b.subject))
  ) {
    return false;
  }
  return true;
}

/** Of two citations of one document, the one that says more (a date, a subject). */
function fuller(a: Citation, b: Citation): Citation {
  return { ...b, ...a, date: a.date ?? b.date, subject: a.subject ?? b.subject };
}

/** Groups by a key, keeping first-seen order. */
export function groupBy<T>(items: readonly T[], key: (t: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

/**
 * `groupBy` on two keys, a text and a number, in the order each pair is first met: no key text is
 * made for each item.
 */
export function groupByPair<T>(
  items: readonly T[],
  first: (t: T) => string,
  second: (t: T) => number,
): T[][] {
  const groups = new Map<string, Map<number, T[]>>();
  const out: T[][] = [];
  for (const item of items) {
    const a = first(item);
    let inner = groups.get(a);
    if (!inner) {
      inner = new Map();
      groups.set(a, inner);
    }
    const b = second(item);
    const g = inner.get(b);
    if (g) g.push(item);
    else {
      const group = [item];
      inner.set(b, group);
      out.push(group);
    }
  }
  return out;
}
