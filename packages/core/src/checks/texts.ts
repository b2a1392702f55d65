import { type KeptText, READINGS, type ReadingsOfText } from '../citations/readings.js';
import type { CivilDate } from '../figures/values.js';
import { Decimal } from '../numbers/decimal.js';
import type { Reported } from '../numbers/reported.js';
import type { Path } from '../shared/types.js';
import type { Supervision } from '../supervision/schema.js';
import type { ValueEntry } from './values.js';

/** One string of a supervision, with its path and which readers of text take it. */
export interface TextEntry {
  text: string;
  path: Path;
  /** Read for amounts written in prose ("120.000.000 đồng (…)"): not inside a written figure or date, not an `inWords`. */
  amounts: boolean;
  /** Prose for terms of law: not inside a written figure or date, nor under `documents`, `locality`, `body`, `id`. */
  prose: boolean;
  /** Read for names (see `textFields`): not figures, dates, codes, the declarations, a citation's repeated fields. */
  named: boolean;
}

/** A figure with its amount in words (`inWords`), and how many texts the walk had met before it. */
export interface WordsField {
  figure: Reported;
  words: string;
  path: Path;
  before: number;
}

/** Every string of a supervision, and every figure written beside its words: one walk. */
export interface Texts {
  entries: TextEntry[];
  inWords: WordsField[];
}

/** What one walk of a supervision gathers: its texts, and its written figures and dates (see `values`). */
export interface Walked {
  texts: Texts;
  values: ValueEntry[];
}

/** Keys whose texts are no prose for terms of law. */
export const NOT_PROSE: ReadonlySet<string> = new Set(['documents', 'locality', 'body', 'id']);

/**
 * How a key's texts are read, as one test per key walked: 1 not prose (`NOT_PROSE`), 2 a code
 * (`CODE_FIELDS`). Spelt out as comparisons, by length first so that a key is compared with at
 * most five: a lookup in a Map of both sets was a tenth of the walk, and a switch over all
 * seventeen keys, which most keys pass through to the end, a twentieth. A test holds it to the two sets.
 */
export function keyFlags(key: string): number {
  switch (key.length) {
    case 2:
      return key === 'id' ? 3 : 0;
    case 3:
      return key === 'key' ? 2 : 0;
    case 4:
      if (key === 'body') return 1;
      return key === 'kind' || key === 'role' || key === 'type' || key === 'unit' ? 2 : 0;
    case 5:
      return key === 'level' || key === 'group' ? 2 : 0;
    case 6:
      return key === 'symbol' || key === 'number' || key === 'status' ? 2 : 0;
    case 8:
      if (key === 'locality') return 1;
      return key === 'category' ? 2 : 0;
    case 9:
      if (key === 'documents') return 1;
      return key === 'framework' || key === 'authority' ? 2 : 0;
    default:
      return 0;
  }
}

/**
 * The texts of a supervision, walked once for every rule that reads prose (amounts in words, terms
 * of law, names): each keeps the walk's order, so each rule sees its texts in the order its own walk
 * used to. The same walk gathers the written figures and dates, exactly as `values` does.
 *
 * @example
 * textsOf(model).entries.filter((e) => e.named).map((e) => e.path.join('.')) // ['subject', 'supervised.0', …]
 */
export function textsOf(supervision: Supervision): Texts {
  return walkModel(supervision).texts;
}

/** `textsOf` and `values` in one walk. */
export function walkModel(supervision: Supervision): Walked {
  const entries: TextEntry[] = [];
  const inWords: WordsField[] = [];
  const values: ValueEntry[] = [];
  // The place of each record walked, made as it is met (a text keeps its record's place and its
  // own key), and a path spelt out only for a value or when a finding names a text (see `Place`).
  const text = (
    t: string,
    here: Place | undefined,
    key: string | number,
    amounts: boolean,
    prose: boolean,
    named: boolean,
  ) => {
    // Stored at the end, not pushed: V8 does not inline `push` into a walk this large, and the
    // call was a tenth of the walk.
    if (amounts || prose || named)
      entries[entries.length] = new WalkedText(t, here, key, entries.length, amounts, prose, named);
  };
  // Only records and arrays are visited: a string or other value is taken where it is met, which
  // spares a call for each of the five hundred texts.
  const walk = (
    node: object,
    here: Place | undefined,
    amounts: boolean,
    prose: boolean,
    named: boolean,
  ): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const child: unknown = node[i];
        if (typeof child === 'string') text(child, here, i, amounts, prose, named);
        else if (child !== null && typeof child === 'object')
          walk(child, new Place(here, i), amounts, prose, named);
      }
      return;
    }
    const record = node as Record<string, unknown>;
    // The keys that say how a record is read, taken as its own keys are walked once: records are
    // of many shapes, and a read by name in objects of many shapes is slow (megamorphic), most of
    // all of a key the record lacks, while the engine reads a key met by `for…in` in place. A model
    // is plain data (parsed, or built in code), whose keys are its own and enumerable: `for…in`
    // meets every key a read by name would find.
    let written: unknown, value: unknown, year: unknown, month: unknown;
    let words: unknown, actual: unknown, citedText: unknown, citedType: unknown;
    for (const key in record) {
      switch (key.length) {
        case 4:
          if (key === 'year') year = record[key];
          else if (key === 'text') citedText = record[key];
          else if (key === 'type') citedType = record[key];
          break;
        case 5:
          if (key === 'value') value = record[key];
          else if (key === 'month') month = record[key];
          break;
        case 6:
          if (key === 'actual') actual = record[key];
          break;
        case 7:
          if (key === 'written') written = record[key];
          else if (key === 'inWords') words = record[key];
          break;
      }
    }
    const isWritten = typeof written === 'string';
    if (isWritten) {
      // A written figure or date: a value, and no text (both tests as `values` has them).
      // Asked of objects only: a date has no value, and `undefined instanceof` is a call.
      if (isDecimal(value)) {
        values[values.length] = new WalkedValue(
          'reported',
          record as unknown as Reported,
          here,
        ) as ValueEntry;
        return;
      }
      if (typeof year === 'number' && typeof month === 'number') {
        values[values.length] = new WalkedValue('date', record as unknown as CivilDate, here) as ValueEntry;
        return;
      }
      // Any other record with a written form is no prose either.
      amounts = false;
      prose = false;
    }
    if (amounts && typeof words === 'string') {
      const figure = (value ?? actual) as Reported | undefined;
      if (figure)
        inWords.push({
          figure,
          words,
          path: pathOf(new Place(here, 'inWords')),
          before: entries.length,
        });
    }
    // A figure or a date (a year with a written form) is no name.
    if (named && (isWritten ? typeof year === 'number' : isDecimal(value))) {
      named = false;
    }
    // A structured citation's subject, issuer and title repeat its written text: one place, not four.
    const citation = named && typeof citedText === 'string' && typeof citedType === 'string';
    const top = here === undefined;
    for (const key in record) {
      const child = record[key];
      const isText = typeof child === 'string';
      if (!isText && (child === null || typeof child !== 'object')) continue;
      const a = amounts && key !== 'inWords';
      let p = prose;
      let n = named && !(citation && key !== 'text') && !(top && (key === 'body' || key === 'locality'));
      if (p || n) {
        const flags = keyFlags(key);
        p &&= (flags & 1) === 0;
        n &&= (flags & 2) === 0;
      }
      if (isText) text(child, here, key, a, p, n);
      else walk(child as object, new Place(here, key), a, p, n);
    }
  };
  walk(supervision, undefined, true, true, true);
  return { texts: { entries, inWords }, values };
}

/** The keys from the top down to `place`. */
function pathOf(place: Place | undefined): Path {
  // Counted, then filled from the end: no pushes, no reversing.
  let length = 0;
  for (let p = place; p; p = p.up) length++;
  const path: Path = new Array(length);
  for (let p = place; p; p = p.up) path[--length] = p.key;
  return path;
}

/** `instanceof Decimal`, asked only of objects: most records have no value, and `undefined instanceof` is a call. */
const isDecimal = (value: unknown): boolean => typeof value === 'object' && value instanceof Decimal;

/**
 * Where a record stands: its key, and the place above it. Texts under one record share its place
 * and the places above it, and a text's path is spelt out only when asked for (a finding names it): the walk
 * met about five hundred texts per supervision and copied a path for each, a fifth of what a
 * check allocated.
 */
class Place {
  // Declared, not class fields: a field is defined on each new object before the constructor
  // sets it, which cost as much again as the allocation.
  declare readonly up: Place | undefined;
  declare readonly key: string | number;

  constructor(up: Place | undefined, key: string | number) {
    this.up = up;
    this.key = key;
  }
}

/**
 * A written figure or date met by the walk. Its path is spelt out on first reading: only a
 * finding reads it (a date that does not exist), and spelling out the paths of the hundred and
 * forty figures of a supervision was a fifth of the walk.
 */
class WalkedValue {
  declare readonly type: 'reported' | 'date';
  declare readonly value: Reported | CivilDate;
  readonly #up: Place | undefined;
  #path: Path | undefined;

  constructor(type: 'reported' | 'date', value: Reported | CivilDate, up: Place | undefined) {
    this.type = type;
    this.value = value;
    this.#up = up;
  }

  /** The same array each time it is asked for. */
  get path(): Path {
    this.#path ??= pathOf(this.#up);
    return this.#path;
  }
}

class WalkedText implements TextEntry, KeptText {
  readonly #up: Place | undefined;
  readonly #key: string | number;
  #path: Path | undefined;
  [READINGS]: ReadingsOfText | undefined = undefined;

  constructor(
    readonly text: string,
    up: Place | undefined,
    key: string | number,
    readonly at: number,
    readonly amounts: boolean,
    readonly prose: boolean,
    readonly named: boolean,
  ) {
    this.#up = up;
    this.#key = key;
  }

  /** The same array each time it is asked for. */
  get path(): Path {
    if (this.#path === undefined) {
      this.#path = pathOf(this.#up);
      this.#path.push(this.#key);
    }
    return this.#path;
  }
}
