import { findCatalogued, nearMisses } from '../catalogue/lookup.js';
import type { CataloguedDocument, DocumentNumbering } from '../catalogue/schema.js';
import type { DayParts } from '../dates/calendar.js';
import { spellingKey } from '../names/normalize.js';
import type { Path } from '../shared/types.js';
import type { Supervision } from '../supervision/schema.js';
import { type CitationEntry, citationsOf } from './collect.js';
import { citationLabel } from './format.js';
import { TextReadings } from './readings.js';
import { type RegisterDocument, registerOf } from './register.js';
import type { Citation } from './schema.js';

/** A citation with a reading, and every place the same reading stands. */
export interface Cited {
  citation: Citation;
  label: string;
  paths: Path[];
  entries: CitationEntry[];
}

/**
 * A supervision's citations, read once per check, with what several rules derive from them
 * (grouped by document, the registers, the catalogue entries) worked out when first asked for.
 *
 * @example
 * new CitationBook(model).cited().map((c) => c.label) // ['03/NQ-HĐND', '05/KH-UBND', …]
 */
export class CitationBook {
  readonly entries: readonly CitationEntry[];
  readonly #cited = new Map<string, Cited[]>();
  readonly #registers = new Map<DocumentNumbering, RegisterDocument[]>();
  // Labels of this check's citations that are not frozen readings (structured ones): the book's
  // citations are not changed once read, so each is labelled once per check.
  readonly #labels = new Map<Citation, string>();
  readonly #catalogued = new WeakMap<
    readonly CataloguedDocument[],
    (Cited & { entry?: CataloguedDocument })[]
  >();

  /**
   * `readings` may be shared by many books (a checker's): what a text reads as never depends on
   * the supervision it stands in.
   */
  constructor(
    readonly supervision: Supervision,
    readonly readings: TextReadings = new TextReadings(),
  ) {
    this.entries = citationsOf(supervision, readings);
  }

  /** The read citations, one per document as written (label, date, issuer), in first-seen order. */
  cited(sources?: readonly CitationEntry['source'][]): Cited[] {
    // Most rules ask for every source: that list is kept apart, with no key made for it.
    if (sources === undefined) {
      this.#everyCited ??= this.#gather(undefined);
      return this.#everyCited;
    }
    const key = sources.join();
    let found = this.#cited.get(key);
    if (!found) {
      found = this.#gather(sources);
      this.#cited.set(key, found);
    }
    return found;
  }

  #everyCited: Cited[] | undefined;

  /** `cited`, worked out: the entries of the sources in order, each added to its document's group. */
  #gather(sources: readonly CitationEntry['source'][] | undefined): Cited[] {
    const group = this.#groups();
    // The groups met so far, by number: an array, where a map keyed by each entry's identity was
    // looked up once per entry and `cited` asked for.
    const byGroup = new Array<Cited | undefined>(this.#groupCount).fill(undefined);
    const found: Cited[] = [];
    for (let i = 0; i < this.entries.length; i++) {
      const e = this.entries[i]!;
      const c = e.citation;
      if (!c || (sources && !sources.includes(e.source))) continue;
      const same = byGroup[group[i]!];
      if (same) {
        same.paths.push(e.path);
        same.entries.push(e);
        continue;
      }
      const cited: Cited = { citation: c, label: this.label(c), paths: [e.path], entries: [e] };
      byGroup[group[i]!] = cited;
      found.push(cited);
    }
    return found;
  }

  // Each read entry's document as written (label, date, issuer), numbered in first-seen order,
  // worked out once for every `cited`.
  #group: Int32Array | undefined;
  #groupCount = 0;
  #groups(): Int32Array {
    if (this.#group) return this.#group;
    const numbers = new Map<string, number>();
    const group = new Int32Array(this.entries.length);
    for (let i = 0; i < this.entries.length; i++) {
      const c = this.entries[i]!.citation;
      if (!c) continue;
      const identity = this.#identity(c);
      let n = numbers.get(identity);
      if (n === undefined) {
        n = numbers.size;
        numbers.set(identity, n);
      }
      group[i] = n;
    }
    this.#groupCount = numbers.size;
    this.#group = group;
    return group;
  }

  /** A citation's document as written, for grouping: label, date, issuer. */
  #identity(c: Citation): string {
    const facts = this.readings.about(c);
    if (facts?.identity !== undefined) return facts.identity;
    const day = c.date ? `${c.date.year}-${c.date.month}-${c.date.day}` : '';
    const identity = `${this.label(c)}|${day}|${(c.issuer ?? '').toLowerCase()}`;
    if (facts) facts.identity = identity;
    return identity;
  }

  /** `citationLabel` of one of the book's citations, worked out once. */
  label(c: Citation): string {
    const kept = this.readings.keptLabel(c);
    if (kept !== undefined) return kept;
    let label = this.#labels.get(c);
    if (label === undefined) {
      label = citationLabel(c);
      this.#labels.set(c, label);
    }
    return label;
  }

  /** The numbered documents, each once (see `registerOf`). */
  register(numbering: DocumentNumbering): RegisterDocument[] {
    let found = this.#registers.get(numbering);
    if (!found) {
      found = registerOf(this.entries, numbering, this.readings, (c) => this.label(c));
      this.#registers.set(numbering, found);
    }
    return found;
  }

  readonly #titleKey = (title: string) => this.readings.keep('spelling', title, spellingKey);

  // A numbered citation's entry depends on the catalogue only, a title's on the notice's day
  // too: kept beside a frozen citation, with the day it was looked up for when cited by title.
  // A law cited by title was looked up by its title's key each check, a key text made and hashed.
  #entryOf(
    c: Citation,
    documents: readonly CataloguedDocument[],
    notice: DayParts,
  ): CataloguedDocument | undefined {
    const facts = this.readings.about(c);
    const titled = c.number === undefined;
    if (facts?.documentsFor === documents && (!titled || sameDay(facts.entryOn, notice))) return facts.entry;
    const entry = findCatalogued(c, documents, notice, this.#titleKey);
    if (facts) {
      facts.entry = entry;
      facts.documentsFor = documents;
      facts.entryOn = titled ? { year: notice.year, month: notice.month, day: notice.day } : undefined;
    }
    return entry;
  }

  /**
   * `nearMisses` of one of the book's citations: they depend on the catalogue only, so they are
   * kept beside a frozen citation (read them, never add to them).
   */
  nearMisses(c: Citation, documents: readonly CataloguedDocument[]): readonly CataloguedDocument[] {
    // Without a year there are none, and nothing to keep.
    if (c.year === undefined) return nearMisses(c, documents);
    const facts = this.readings.about(c);
    if (facts?.nearFor === documents) return facts.near!;
    const near = Object.freeze(nearMisses(c, documents));
    if (facts) {
      facts.near = near;
      facts.nearFor = documents;
    }
    return near;
  }

  /** The documents cited from outside the supervision's own steps, with their catalogue entries. */
  catalogued(documents: readonly CataloguedDocument[]): (Cited & { entry?: CataloguedDocument })[] {
    let found = this.#catalogued.get(documents);
    if (!found) {
      const notice = this.supervision.documents.conclusion.date;
      // Written out, not spread: V8 copies `{ ...c, entry }` by its slow path, a microsecond each.
      found = this.cited(['legal-basis', 'section', 'report']).map((c) => ({
        citation: c.citation,
        label: c.label,
        paths: c.paths,
        entries: c.entries,
        entry: this.#entryOf(c.citation, documents, notice),
      }));
      this.#catalogued.set(documents, found);
    }
    return found;
  }
}

/** Whether two days are the same, part by part (a blank day only matches a blank day). */
function sameDay(a: DayParts | undefined, b: DayParts): boolean {
  return a !== undefined && a.year === b.year && a.month === b.month && a.day === b.day;
}
