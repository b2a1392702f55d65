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
    if (kept.size >= this.limit) {
      // Insertion order is age: drop the older half.
      let drop = kept.size >> 1;
      for (const key of kept.keys()) {
        if (drop-- <= 0) break;
        kept.delete(key);
      }
    }
    kept.set(text, value);
    return value;
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
