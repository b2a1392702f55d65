import { phraseKey } from '../names/normalize.js';
import { citationLabel } from './format.js';
import { type IssuerReading, readIssuer } from './issuers.js';
import {
  type CitationReading,
  type CitationSpan,
  findCitations,
  parseCitation,
  relationsOf,
} from './parse.js';
import type { Citation, Relation } from './schema.js';
import { subjectPairs } from './subject.js';

/**
 * The readings of texts the checks need (a citation, an issuer, a subject's word pairs…), each
 * worked out once per text and kept. Every reading is a pure function of its text, so keeping it
 * cannot change a finding: the same text always reads the same, whichever supervision or check
 * asks first. Readings handed out are frozen, so no caller can alter what the next one gets.
 *
 * A checker (`createChecker`) keeps one for its whole life, so that a province's legal bases,
 * cited in every supervision, are read once; a lone check gets a fresh one. At most `limit` texts
 * are kept per kind; past that the oldest half is let go.
 *
 * @example
 * const readings = new TextReadings();
 * readings.citation('Kế hoạch số 10/KH-UBND') === readings.citation('Kế hoạch số 10/KH-UBND') // true
 */
export class TextReadings {
  readonly #kinds = new Map<string, Map<string, unknown>>();
  // The readings of the walk's texts (see `ofText`), by text and then by kind.
  readonly #texts = new Map<string, Map<string, unknown>>();
  // Labels by citation object: the readings above are frozen, so their labels cannot change.
  readonly #labels = new WeakMap<Citation, string>();

  constructor(readonly limit = 20_000) {}

  /** `parseCitation`, kept. */
  citation(text: string): CitationReading {
    return this.#keep('citation', text, (t) => deepFreeze(parseCitation(t)));
  }

  /** `relationsOf`, kept. */
  relations(subject: string): readonly Relation[] {
    return this.#keep('relations', subject, (t) => deepFreeze(relationsOf(t)));
  }

  /** `findCitations`, kept. */
  spans(text: string): readonly CitationSpan[] {
    return this.#keep('spans', text, (t) => deepFreeze(findCitations(t)));
  }

  /** `readIssuer`, kept. */
  issuer(text: string): IssuerReading | undefined {
    return this.#keep('issuer', text, (t) => deepFreeze(readIssuer(t)));
  }

  /** `citationLabel`, kept for citations that cannot change (frozen ones, such as the readings). */
  label(c: Citation): string {
    if (!Object.isFrozen(c)) return citationLabel(c);
    let label = this.#labels.get(c);
    if (label === undefined) {
      label = citationLabel(c);
      this.#labels.set(c, label);
    }
    return label;
  }

  /** `subjectPairs`, kept (read it, never add to it). */
  pairs(subject: string): ReadonlySet<string> {
    return this.#keep('pairs', subject, subjectPairs);
  }

  /** `phraseKey`, kept. */
  phrase(text: string): string {
    return this.#keep('phrase', text, phraseKey);
  }

  /** Any other pure reading of a text, kept under its own kind. */
  keep<T>(kind: string, text: string, read: (text: string) => T): T {
    return this.#keep(kind, text, read);
  }

  /**
   * `keep` for a text of a supervision's walk, which several rules read (names, terms, amounts):
   * the text is looked up once per check and its readings by kind after that. A lookup by text
   * compares the whole text with the one kept, and a check reads five hundred texts three times.
   */
  ofText<T>(entry: KeptText, kind: string, read: (text: string) => T): T {
    let kept = entry[READINGS];
    if (kept === undefined) {
      kept = this.#texts.get(entry.text);
      if (kept === undefined) {
        kept = new Map();
        if (this.#texts.size >= this.limit) dropOlderHalf(this.#texts);
        this.#texts.set(entry.text, kept);
      }
      entry[READINGS] = kept;
    }
    const found = kept.get(kind);
    if (found !== undefined || kept.has(kind)) return found as T;
    const value = read(entry.text);
    kept.set(kind, value);
    return value;
  }

  #keep<T>(kind: string, text: string, read: (text: string) => T): T {
    let kept = this.#kinds.get(kind);
    if (!kept) {
      kept = new Map();
      this.#kinds.set(kind, kept);
    }
    // One lookup for what was kept; a second only for a reading that is itself undefined.
    const found = kept.get(text);
    if (found !== undefined || kept.has(text)) return found as T;
    const value = read(text);
    if (kept.size >= this.limit) dropOlderHalf(kept);
    kept.set(text, value);
    return value;
  }
}

/** Where a text of the walk holds its readings once looked up (see `TextReadings.ofText`). */
export const READINGS = Symbol('readings');

/** A text that can hold its readings: the walk's texts (`TextEntry`). */
export interface KeptText {
  readonly text: string;
  [READINGS]?: Map<string, unknown> | undefined;
}

/** Insertion order is age: drops the older half. */
function dropOlderHalf(kept: Map<string, unknown>): void {
  let drop = kept.size >> 1;
  for (const key of kept.keys()) {
    if (drop-- <= 0) break;
    kept.delete(key);
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
