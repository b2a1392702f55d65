import { type KeptText, READINGS } from '../citations/readings.js';
import type { CivilDate } from '../figures/values.js';
import { Decimal } from '../numbers/decimal.js';
import type { Reported } from '../numbers/reported.js';
import { CODE_FIELDS } from '../shared/fields.js';
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

const NOT_PROSE = new Set(['documents', 'locality', 'body', 'id']);
// Both sets as one lookup per key walked: 1 not prose, 2 a code.
const KEY_FLAGS = new Map<string, number>();
for (const key of NOT_PROSE) KEY_FLAGS.set(key, 1);
for (const key of CODE_FIELDS) KEY_FLAGS.set(key, (KEY_FLAGS.get(key) ?? 0) | 2);

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
  const path: Path = [];
  // The places of the current path, made only when a text under them is met (see `Place`).
  const places: (Place | undefined)[] = [];
  const placeHere = (): Place | undefined => {
    let up: Place | undefined;
    for (let d = 0; d < path.length; d++) {
      let place = places[d];
      if (place === undefined) {
        place = new Place(up, path[d]!);
        places[d] = place;
      }
      up = place;
    }
    return up;
  };
  const walk = (node: unknown, amounts: boolean, prose: boolean, named: boolean): void => {
    if (typeof node === 'string') {
      if (amounts || prose || named) entries.push(new WalkedText(node, placeHere(), amounts, prose, named));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        places[path.length] = undefined;
        path.push(i);
        walk(node[i], amounts, prose, named);
        path.pop();
      }
      return;
    }
    const record = node as Record<string, unknown>;
    // Records are of many shapes, so each property read here is a slow (megamorphic) one: most
    // records have no written form, and one read of it settles the figure and date tests.
    const written = typeof record.written === 'string';
    if (written) {
      // A written figure or date: a value, and no text (both tests as `values` has them).
      if (record.value instanceof Decimal) {
        values.push({ type: 'reported', value: record as unknown as Reported, path: [...path] });
        return;
      }
      if (typeof record.year === 'number' && typeof record.month === 'number') {
        values.push({ type: 'date', value: record as unknown as CivilDate, path: [...path] });
        return;
      }
      // Any other record with a written form is no prose either.
      amounts = false;
      prose = false;
    }
    if (amounts && typeof record.inWords === 'string') {
      const figure = (record.value ?? record.actual) as Reported | undefined;
      if (figure)
        inWords.push({ figure, words: record.inWords, path: [...path, 'inWords'], before: entries.length });
    }
    // A figure or a date (a year with a written form) is no name.
    if (named && (written ? typeof record.year === 'number' : record.value instanceof Decimal)) {
      named = false;
    }
    // A structured citation's subject, issuer and title repeat its written text: one place, not four.
    const citation = named && typeof record.text === 'string' && typeof record.type === 'string';
    const top = path.length === 0;
    for (const key in record) {
      const flags = KEY_FLAGS.get(key) ?? 0;
      const a = amounts && key !== 'inWords';
      const p = prose && (flags & 1) === 0;
      const n =
        named &&
        !(citation && key !== 'text') &&
        (flags & 2) === 0 &&
        !(top && (key === 'body' || key === 'locality'));
      places[path.length] = undefined;
      path.push(key);
      walk(record[key], a, p, n);
      path.pop();
    }
  };
  walk(supervision, true, true, true);
  return { texts: { entries, inWords }, values };
}

/**
 * Where a text stands: its key, and the place above it. Texts under one record share the places
 * above them, and a text's path is spelt out only when asked for (a finding names it): the walk
 * met about five hundred texts per supervision and copied a path for each, a fifth of what a
 * check allocated.
 */
class Place {
  constructor(
    readonly up: Place | undefined,
    readonly key: string | number,
  ) {}
}

class WalkedText implements TextEntry, KeptText {
  readonly #place: Place | undefined;
  #path: Path | undefined;
  [READINGS]: Map<string, unknown> | undefined = undefined;

  constructor(
    readonly text: string,
    place: Place | undefined,
    readonly amounts: boolean,
    readonly prose: boolean,
    readonly named: boolean,
  ) {
    this.#place = place;
  }

  /** The same array each time it is asked for. */
  get path(): Path {
    if (this.#path === undefined) {
      const path: Path = [];
      for (let p = this.#place; p; p = p.up) path.push(p.key);
      this.#path = path.reverse();
    }
    return this.#path;
  }
}
