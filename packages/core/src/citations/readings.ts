import { aboutTopic } from '../catalogue/lookup.js';
import type { CataloguedDocument, DocumentNumbering } from '../catalogue/schema.js';
import type { DayParts } from '../dates/calendar.js';
import { phraseKey } from '../names/normalize.js';
import { citationLabel } from './format.js';
import { type IssuerKey, type IssuerReading, readIssuer } from './issuers.js';
import {
  type CitationReading,
  type CitationSpan,
  findCitations,
  parseCitation,
  relationsOf,
} from './parse.js';
import type { Citation, Relation } from './schema.js';
import { type PairCodes, subjectCodes } from './subject.js';

/**
 * The readings of texts the checks need (a citation, an issuer, a subject's word pairs…), each
 * worked out once per text and kept. Every reading is a pure function of its text, so keeping it
 * cannot change a finding: the same text always reads the same, whichever supervision or check
 * asks first. Readings handed out are frozen, so no caller can alter what the next one gets.
 *
 * A checker (`createChecker`) keeps one for its whole life, so that a province's legal bases,
 * cited in every supervision, are read once; a lone check gets a fresh one. What is kept is
 * bounded (see `Kept`): what a checker meets again and again stays, what passes once is let go.
 * Every text kept is a copy of its own (see `ownCopy`), never a window on the file it came from.
 *
 * @example
 * const readings = new TextReadings();
 * readings.citation('Kế hoạch số 10/KH-UBND') === readings.citation('Kế hoạch số 10/KH-UBND') // true
 */
export class TextReadings {
  readonly #kinds = new Map<string, Kept<unknown>>();
  // The readings of the walk's texts (see `ofText`), by text.
  readonly #texts: Kept<ReadingsOfText>;
  // What is worked out from a frozen citation (its label, its issuer…), kept beside it: a frozen
  // citation cannot change, so neither can these.
  readonly #about = new WeakMap<Citation, CitationFacts>();

  /** `limit`: the texts kept per kind between two turns of its store (see `Kept`). */
  constructor(readonly limit = 4_000) {
    this.#texts = new Kept(limit);
  }

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
    return this.keptLabel(c) ?? citationLabel(c);
  }

  /** `label` of a citation that cannot change; undefined for one that may. */
  keptLabel(c: Citation): string | undefined {
    const facts = this.about(c);
    if (!facts) return undefined;
    facts.label ??= citationLabel(c);
    return facts.label;
  }

  /**
   * The facts kept beside a frozen citation (see `CitationFacts`), made on first asking; undefined
   * for a citation that may still change.
   */
  about(c: Citation): CitationFacts | undefined {
    // Looked up before asking whether it is frozen: only frozen citations are kept, they stay
    // frozen, and `Object.isFrozen` is a call into the engine's runtime: 474 a check of the example
    // when it was asked first, some 3% of the check's instructions (cachegrind).
    let facts = this.#about.get(c);
    if (facts !== undefined) return facts;
    if (!Object.isFrozen(c)) return undefined;
    facts = new CitationFacts();
    this.#about.set(c, facts);
    return facts;
  }

  // Every word of a subject met, numbered in order met (see `subjectCodes`). Numbers are handed
  // out for the life of these readings, and dropped with the codes made with them between two
  // checks only (see `beginCheck`), so that no two codes a check compares disagree on a word.
  readonly #wordNumbers = new Map<string, number>();

  /**
   * A check begins (`createChecker` says so): the word numbers, and the codes made with them, are
   * dropped here once they pass their limit. Dropped in the middle of a check, as they were when
   * the limit was met, they made the codes the check held already disagree with the codes made
   * after: two subjects of one plan compared as unlike, or two unlike ones as one document.
   */
  beginCheck(): void {
    if (this.#wordNumbers.size >= this.limit * 16) {
      this.#wordNumbers.clear();
      this.#kinds.delete('pair-codes');
    }
  }

  /**
   * `subjectCodes`, kept: what `sameSubjectOf` and `oneDocumentSubject` compare. Within one check
   * the numbers only grow: a check whose subjects come to `MAX_WORDS` characters (some sixty
   * million) gets a `RangeError`, never codes that disagree.
   */
  pairCodes(subject: string): PairCodes {
    return this.#keep('pair-codes', subject, (t) => subjectCodes(t, this.#wordNumbers));
  }

  // What was read at each place of the last list of each kind (the citations, see `citationsOf`;
  // the rates, see `ModelIndex.rates`), for that list's reader to compare with what it meets there
  // next: a lookup by text, which hashes the text, only where what stands at a place has changed.
  // The walk's texts keep a list of their own (`#placed`), typed and with no lookup of its kind:
  // it is asked five hundred times a check, these some ninety.
  readonly #lists = new Map<string, unknown[]>();

  /** What was kept at place `at` of the last list of `kind` read, if anything (see `keepAt`). */
  keptAt(kind: string, at: number): unknown {
    return this.#lists.get(kind)?.[at];
  }

  /** Keeps what was read at place `at` of a list of `kind`, for the next such list (up to `limit` places). */
  keepAt(kind: string, at: number, reading: unknown): void {
    if (at >= this.limit) return;
    let list = this.#lists.get(kind);
    if (list === undefined) {
      list = [];
      this.#lists.set(kind, list);
    }
    list[at] = reading;
  }

  /** `phraseKey`, kept. */
  phrase(text: string): string {
    return this.#keep('phrase', text, phraseKey);
  }

  /**
   * `aboutTopic` of a text, kept per text and catalogued document: a text of a few paragraphs was
   * searched for each topic phrase of each document each check (`citation.catalogue-number`).
   */
  aboutTopic(d: CataloguedDocument, text: string): boolean {
    const verdicts = this.#keep('about-topic', text, () => new WeakMap<CataloguedDocument, boolean>());
    let verdict = verdicts.get(d);
    if (verdict === undefined) {
      verdict = aboutTopic(d, { key: this.phrase(text) });
      verdicts.set(d, verdict);
    }
    return verdict;
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
      kept = this.#readingsOf(entry);
      entry[READINGS] = kept;
    }
    return kept.reading(kind, read);
  }

  // The texts of the last walk looked up, by their place in it, with their readings: a
  // supervision checked again (or another of the same shape) has the same text at most places,
  // and a text equal to the one kept at its place is not hashed for a lookup by text. Hashing
  // the walk's texts, some twenty thousand characters, cost more than all else `ofText` did.
  readonly #placed: (ReadingsOfText | undefined)[] = [];

  #readingsOf(entry: KeptText): ReadingsOfText {
    const { text, at } = entry;
    const placed = at !== undefined && at < this.limit;
    if (placed) {
      const last = this.#placed[at];
      if (last !== undefined && last.text === text) return last;
    }
    let kept = this.#texts.get(text);
    if (kept === undefined) {
      // Read, and kept, as a copy of its own (see `ownCopy`).
      kept = new ReadingsOfText(ownCopy(text));
      this.#texts.set(kept.text, kept);
    }
    if (placed) this.#placed[at] = kept;
    return kept;
  }

  #keep<T>(kind: string, text: string, read: (text: string) => T): T {
    let kept = this.#kinds.get(kind);
    if (!kept) {
      kept = new Kept(this.limit);
      this.#kinds.set(kind, kept);
    }
    const found = kept.get(text);
    if (found !== undefined) return (found === NONE ? undefined : found) as T;
    const own = ownCopy(text);
    const value = read(own);
    kept.set(own, value === undefined ? NONE : value);
    return value;
  }
}

/**
 * `text` as a string of its own, and flat. A text cut from a longer one (a value read out of a
 * file) is, to the engine, a window on the whole file (V8 shares the characters of any cut of 13
 * or more), so a kept cut keeps the file: a checker that had read 500 files of a batch held all
 * 500 (43 MB of its 92 MB), and the readings made from the cut (its words, its citations) hold it
 * too. What readings keep outlives the check, so they keep, and read, a copy.
 *
 * The copy is two parts of the text joined: a join writes its characters into a new string of
 * their own. A cut of a longer copy (` ${text}`.slice(1)) would be a copy too, but a window again,
 * and every comparison of a window with another text (a lookup of a kept reading, the text
 * at a place compared with the one kept there) leaves the engine's quick path for its runtime:
 * 500 comparisons of texts such as the example's (85 characters) took 40 µs against 6 µs for flat
 * copies, and a flat copy made this way costs no more than such a cut.
 *
 * @example
 * ownCopy(fileText.slice(120, 400)) === fileText.slice(120, 400) // true: the same characters
 */
export function ownCopy(text: string): string {
  // Shorter cuts are copies already (see above).
  return text.length < 13 ? text : [text.slice(0, 1), text.slice(1)].join('');
}

/**
 * A text of the walk, as kept (its own copy: see `ownCopy`), with its readings by kind. The first
 * two kinds read are kept in fields of their own, and any others in a map: a text is read by one
 * or two kinds a check (its prose, its names). A map of its own for each text cost about as many
 * instructions, but each lookup went to two more objects (the map and its table) spread over the
 * heap, for some thousand lookups a check, and a new text made a map: in fields, parse + check of
 * the example was some 3% quicker (medians of interleaved runs).
 */
export class ReadingsOfText {
  #kind0: string | undefined = undefined;
  #value0: unknown = undefined;
  #kind1: string | undefined = undefined;
  #value1: unknown = undefined;
  #more: Map<string, unknown> | undefined = undefined;

  constructor(readonly text: string) {}

  /** The reading of this text of `kind`, read (by `read`) the first time it is asked for. */
  reading<T>(kind: string, read: (text: string) => T): T {
    if (this.#kind0 === kind) return this.#value0 as T;
    if (this.#kind1 === kind) return this.#value1 as T;
    const found = this.#more?.get(kind);
    if (found !== undefined) return (found === NONE ? undefined : found) as T;
    const value = read(this.text);
    if (this.#kind0 === undefined) {
      this.#kind0 = kind;
      this.#value0 = value;
    } else if (this.#kind1 === undefined) {
      this.#kind1 = kind;
      this.#value1 = value;
    } else {
      this.#more ??= new Map();
      this.#more.set(kind, value === undefined ? NONE : value);
    }
    return value;
  }
}

/**
 * What the checks work out from one frozen citation, each worked out once. Where a fact depends on
 * more than the citation (the supervised locality, the body's numbering, the catalogue), what it
 * was worked out for is kept with it, and a different question works it out again.
 */
export class CitationFacts {
  label: string | undefined = undefined;
  /** The document as written, for grouping: label, date, issuer (see `CitationBook.cited`). */
  identity: string | undefined = undefined;
  /** Whose register (`issuerKey`), for the locality `issuerFor`. */
  issuer: IssuerKey | undefined = undefined;
  issuerFor: string | undefined = undefined;
  /** Its place in a register, for the issuer and numbering it was worked out with. */
  place: RegisterPlace | undefined = undefined;
  /** The bodies its symbol and its text name (see `citation.symbol-issuer`). */
  bodies: CitationBodies | undefined = undefined;
  /** Its catalogue entry in `documentsFor`, on the day `entryOn` when cited by title (see `inForce`). */
  entry: CataloguedDocument | undefined = undefined;
  documentsFor: readonly CataloguedDocument[] | undefined = undefined;
  entryOn: DayParts | undefined = undefined;
  /** Its `nearMisses` in the catalogue `nearFor`. */
  near: readonly CataloguedDocument[] | undefined = undefined;
  nearFor: readonly CataloguedDocument[] | undefined = undefined;
}

/** The body a citation's symbol names ("UBND" for KH-UBND), and the body its text says issued it. */
export interface CitationBodies {
  symbolBody: string | undefined;
  stated: string | undefined;
}

/** Where a citation's number stands: see `registerOf`. */
export interface RegisterPlace {
  issuer: IssuerKey;
  numbering: DocumentNumbering;
  sequence: string;
  series: string;
  numberValue: number;
  /** Sequence, number and type; undefined for a number that is not a number. */
  key: string | undefined;
}

/** Where a text of the walk holds its readings once looked up (see `TextReadings.ofText`). */
export const READINGS = Symbol('readings');

/** A text that can hold its readings: the walk's texts (`TextEntry`). */
export interface KeptText {
  readonly text: string;
  /** Its place in its walk (how many texts came before it), if it has one. */
  readonly at?: number;
  [READINGS]?: ReadingsOfText | undefined;
}

/**
 * Readings kept by text, in two stores: the texts met since the store last turned, at most
 * `limit`, and those of the turn before. A full store turns: what was before is let go, and what
 * is now becomes before. A text asked for from before is brought forward. So a text a checker
 * meets again and again (a province's legal bases, its usual headings) stays however many others
 * pass, and one met once is let go after two turns: a server's or a batch's readings stay within
 * 2 × `limit` texts a kind, whatever it reads. Measured over 1,000 supervisions each with its own
 * prose, one checker: 67 MB live at the end (and growing) when the oldest half of a kind was let
 * go past 20,000 texts, 41 MB with these stores.
 */
class Kept<V> {
  #now = new Map<string, V>();
  #before = new Map<string, V>();

  constructor(readonly limit: number) {}

  /** The reading kept for `text`, brought forward if it was kept before the last turn. */
  get(text: string): V | undefined {
    const found = this.#now.get(text);
    if (found !== undefined || this.#before.size === 0) return found;
    const before = this.#before.get(text);
    if (before !== undefined) {
      this.#before.delete(text);
      // Under a copy of its own: `text` is the caller's (see `ownCopy`).
      this.set(ownCopy(text), before);
    }
    return before;
  }

  /** Keeps a reading (never undefined: see `NONE`) under a text of its own. */
  set(text: string, value: V): void {
    if (this.#now.size >= this.limit) {
      this.#before = this.#now;
      this.#now = new Map();
    }
    this.#now.set(text, value);
  }
}

/** What a store keeps for a reading that is undefined, so that one lookup tells kept from not. */
const NONE = Symbol('none');

/** A reading frozen through and through, as every kept reading is. */
export const freezeReading = <T>(value: T): T => deepFreeze(value);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    // Readings are plain arrays and records: no list of values is made to walk them.
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
    else for (const key in value) if (Object.hasOwn(value, key)) deepFreeze(value[key]);
  }
  return value;
}
