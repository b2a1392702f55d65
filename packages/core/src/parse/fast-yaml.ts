/**
 * A reader for the YAML our supervision files are written in, twenty times quicker than the
 * `yaml` library: block mappings and lists, plain and quoted scalars (on one line or folded over
 * several, as the library writes long text), folded (`>`) and literal (`|`) scalars, one-line
 * flow lists, comments. It gives exactly what `readText` gets from the library (numbers kept as
 * written, keys in order), or `undefined` for anything else — a duplicate key, an anchor, a tab,
 * a comment inside folded text, too deep a nesting — and then the library reads the file, and
 * reports its errors, as before.
 * Equality with the library is a test (fast-yaml.test.ts) over the examples and random data.
 */
import { LIST, locator, MAPPING, Places, SCALAR } from './places.js';

/** Not recognised: the caller falls back to the `yaml` library. */
class Unsure extends Error {}
const UNSURE = new Unsure();

/** Tabs, carriage returns, other control characters, and what some readers take for line breaks. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for.
const UNUSUAL = /[\x00-\x09\x0b-\x1f\x7f\x85\u2028\u2029\ufeff]/;
function unusual(text: string): boolean {
  // One pattern scans a file about twice as fast as a loop over its characters.
  return UNUSUAL.test(text);
}

// The core schema's plain scalars that are not strings (yaml 1.2, the library's default).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_TRUE = /^(?:[Tt]rue|TRUE)$/;
const BOOL_FALSE = /^(?:[Ff]alse|FALSE)$/;
// Kept as numbers by `readText` (see CANONICAL_INTEGER there); every other number is kept as
// its text, which is what a plain string is anyway. "-0" would be the number -0: left to the library.
const CANONICAL_INTEGER = /^-?(?:0|[1-9]\d{0,14})$/;
// Characters that cannot start a plain scalar, or start one only in ways not handled here.
const NOT_PLAIN_START = /^(?:[,[\]{}#&*!|>'"%@`]|[-?:](?:\s|$))/;

/**
 * The data of a YAML text already NFC-composed, or `undefined` when the text uses something
 * this reader leaves to the library. `maxDepth` nested collections at most (deeper: undefined).
 * `plain`: the caller has found only characters `NOT_PLAIN` (yaml.ts) allows, none unusual.
 *
 * @example
 * fastReadYaml('rate: 92,87\nyear: 2024\n', 100) // { rate: '92,87', year: 2024 }
 */
export function fastReadYaml(text: string, maxDepth: number, plain = false): unknown {
  if (!plain && unusual(text)) return undefined;
  try {
    return new Reader(text, maxDepth).document();
  } catch (e) {
    if (e instanceof Unsure) return undefined;
    throw e;
  }
}

/**
 * Where the values of a text the fast reader takes stand, exactly as `readText`'s locator (the
 * library's) says: the node at the path or its nearest ancestor in the file. `undefined` for a
 * text the fast reader leaves to the library, or one whose places it does not know as the library does.
 *
 * @example
 * fastLocateYaml('a:\n  b: 1\n', 100)?.(['a', 'b']) // { line: 2, column: 6 }
 */
export function fastLocateYaml(
  text: string,
  maxDepth: number,
): ((path: readonly (string | number)[]) => { line: number; column: number }) | undefined {
  return fastReadYamlPlaced(text, maxDepth)?.locate;
}

/**
 * `fastReadYaml` and `fastLocateYaml` in one reading, for a caller that will locate values anyway
 * (a command printing each finding's line): one pass over the text instead of two.
 */
export function fastReadYamlPlaced(
  text: string,
  maxDepth: number,
  plain = false,
):
  | { data: unknown; locate: (path: readonly (string | number)[]) => { line: number; column: number } }
  | undefined {
  if (!plain && unusual(text)) return undefined;
  let reader: Reader;
  let data: unknown;
  try {
    reader = new Reader(text, maxDepth, true);
    data = reader.document();
  } catch (e) {
    if (e instanceof Unsure) return undefined;
    throw e;
  }
  return { data, locate: locator(reader.places!, reader.spot) };
}

/**
 * Reads the text where it lies: each line is four numbers in tables (where its content starts,
 * its indentation, where it ends, its first character), and only keys and values are cut out of
 * the text, so a file of a thousand lines costs no thousand line objects and strings.
 */
class Reader {
  /** Where each line's content starts (past its indentation), as `text.split('\n')` gives the lines. */
  starts: Int32Array;
  /** Spaces before each line's content. */
  indents: Int32Array;
  /** Where each line ends (its line break, or the text's end). */
  ends: Int32Array;
  /** Each line's first character past its indentation, or -1 for a blank line. */
  firsts: Int32Array;
  /** How many lines. */
  count = 0;
  /** The next line to read. */
  i = 0;
  depth = 0;
  /** Where places are kept, when they are asked for. */
  places: Places | undefined;
  /** The place of the value just read (-1: places are not asked for). */
  spot = -1;
  /** Whether the plain line just read (`plainLine`) ended in a comment. */
  commented = false;
  /**
   * For each character searched (see `SEARCHED`), where the last search started and what it
   * found: the lines are read forward, and a file has few "#", so one search answers for many lines.
   */
  searchedFrom: Int32Array;
  found: Int32Array;

  constructor(
    readonly text: string,
    readonly maxDepth: number,
    readonly where = false,
  ) {
    const n = text.length;
    let size = (n >> 5) + 16;
    let starts: Int32Array = new Int32Array(size);
    let indents: Int32Array = new Int32Array(size);
    let ends: Int32Array = new Int32Array(size);
    let firsts: Int32Array = new Int32Array(size);
    let count = 0;
    let start = 0;
    for (;;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = n;
      let k = start;
      let first = -1;
      // Bounded: reading past a string's end (NaN) sends the engine's optimised code to a slow path.
      while (k < end) {
        first = text.charCodeAt(k);
        if (first !== 32) break;
        k++;
      }
      if (k === end) first = -1;
      if (count === size) {
        size *= 2;
        starts = grown(starts, size);
        indents = grown(indents, size);
        ends = grown(ends, size);
        firsts = grown(firsts, size);
      }
      starts[count] = k;
      indents[count] = k - start;
      ends[count] = end;
      firsts[count] = first;
      count++;
      if (end === n) break;
      start = end + 1;
    }
    this.starts = starts;
    this.indents = indents;
    this.ends = ends;
    this.firsts = firsts;
    this.count = count;
    this.searchedFrom = new Int32Array(SEARCHED.length).fill(n + 1);
    this.found = new Int32Array(SEARCHED.length);
    renumberMappings();
    // About as many places as lines: a value or a collection starts on most lines.
    this.places = where ? new Places(count + 16) : undefined;
  }

  /** A new place (-1 when places are not asked for), the value just read. */
  place(line: number, column: number, kind: typeof SCALAR | typeof MAPPING | typeof LIST): number {
    this.spot = this.places ? this.places.add(line, column, kind) : -1;
    return this.spot;
  }

  /**
   * Ends a collection's place after reading the entry begun at `child` (the value just read):
   * that entry's place must be the first added for it, as the places' order requires.
   */
  entered(collection: number, child: number, key: string | undefined): void {
    const places = this.places!;
    if (this.spot !== child) throw UNSURE;
    if (key !== undefined) places.keys[child] = key;
    places.close(collection);
  }

  document(): unknown {
    this.skip();
    const i = this.i;
    if (i >= this.count || this.indents[i] !== 0) throw UNSURE;
    const s = this.starts[i]!;
    if (this.text.startsWith('---', s) || this.text.charCodeAt(s) === 37) throw UNSURE;
    const value = this.block(0);
    this.skip();
    if (this.i < this.count) throw UNSURE;
    return value;
  }

  /** Moves past blank lines and comment lines. */
  skip(): void {
    const { firsts, count } = this;
    let i = this.i;
    while (i < count) {
      const first = firsts[i]!;
      if (first !== -1 && first !== 35) break;
      i++;
    }
    this.i = i;
  }

  /** Whether line `i`'s content is a list entry ("- …" or a lone "-"). */
  entry(i: number): boolean {
    if (this.firsts[i] !== 45) return false;
    const s = this.starts[i]!;
    return s + 1 === this.ends[i] || this.text.charCodeAt(s + 1) === 32;
  }

  /** The collection whose first line is the current one, at its indentation. */
  block(indent: number): unknown {
    if (++this.depth > this.maxDepth) throw UNSURE;
    const value = this.entry(this.i) ? this.sequence(indent) : this.mapping(indent);
    this.depth--;
    return value;
  }

  mapping(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const serial = ++mappingsRead;
    const spot = this.place(this.i + 1, indent + 1, MAPPING);
    const places = this.places;
    const text = this.text;
    for (;;) {
      this.skip();
      const i = this.i;
      if (i >= this.count || this.indents[i]! < indent) {
        this.spot = spot;
        return out;
      }
      const s = this.starts[i]!;
      const e = this.ends[i]!;
      if (this.indents[i]! > indent || this.entry(i)) throw UNSURE;
      // A key met before: found by the ":" after it (which the value's reading looks for anyway)
      // and compared whole, rather than read a character at a time.
      let colon = this.search(COLON, s) - s;
      const kept =
        colon > 0 && s + colon < e && (s + colon + 1 === e || text.charCodeAt(s + colon + 1) === 32)
          ? keptKey(text, s, colon)
          : undefined;
      let key: string;
      if (kept) {
        key = kept.name;
        // A key written twice: the library's to report. Stamped with another mapping's number,
        // the key may still be this one's, read before that mapping: the object says.
        if (kept.stamp === serial || (kept.stamp > serial && Object.hasOwn(out, key))) throw UNSURE;
        kept.stamp = serial;
      } else {
        colon = simpleKeyEnd(text, s, e);
        if (colon > 0) key = keyAt(text, s, colon);
        else {
          colon = this.keyEnd(s, e);
          if (colon < 0) throw UNSURE;
          key = plainKey(text.slice(s, s + colon));
        }
        // (Every key is stored, so one already stored is one already seen.)
        if (Object.hasOwn(out, key)) throw UNSURE;
        const now = keptKey(key, 0, key.length);
        if (now) now.stamp = serial;
      }
      this.i = i + 1;
      let k = s + colon + 1;
      while (k < e && text.charCodeAt(k) === 32) k++;
      const child = places ? places.count : -1;
      // The key's line, 1-based: the next line's index.
      out[key] = this.value(k, e, indent, true, i + 1, indent + k - s + 1);
      if (places) this.entered(spot, child, key);
    }
  }

  sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    const spot = this.place(this.i + 1, indent + 1, LIST);
    const places = this.places;
    const text = this.text;
    for (;;) {
      this.skip();
      const i = this.i;
      if (i >= this.count || this.indents[i]! < indent || !this.entry(i)) {
        // (not an entry: a mapping's next key, when the list stood at its indentation)
        if (i < this.count && this.indents[i]! > indent) throw UNSURE;
        this.spot = spot;
        return out;
      }
      if (this.indents[i]! > indent) throw UNSURE;
      const s = this.starts[i]!;
      const e = this.ends[i]!;
      let k = s + 1;
      while (k < e && text.charCodeAt(k) === 32) k++;
      const column = indent + k - s + 1;
      const child = places ? places.count : -1;
      if (k === e || text.charCodeAt(k) === 35) {
        this.i = i + 1;
        out.push(this.nested(indent, false, i + 1, column, k !== e));
      } else if (isEntry(text, k, e) || (this.keyEnd(k, e) >= 0 && !startsQuotedOrFlow(text.charCodeAt(k)))) {
        // "- key: value" or "- - x": the line read again as a collection indented to its content.
        this.indents[i] = column - 1;
        this.starts[i] = k;
        this.firsts[i] = text.charCodeAt(k);
        out.push(this.block(column - 1));
      } else {
        if (startsQuotedOrFlow(text.charCodeAt(k)) && quotedKey(text.slice(k, e))) throw UNSURE;
        this.i = i + 1;
        out.push(this.value(k, e, indent, false, i + 1, column));
      }
      if (places) this.entered(spot, child, undefined);
    }
  }

  /**
   * What follows "key: " or "- " on the line just passed, from `from` to the line's `end`, at
   * `indent`; `line` and `column` say where it starts (past the spaces: where the library places
   * an empty value too).
   */
  value(
    from: number,
    end: number,
    indent: number,
    inMapping: boolean,
    line: number,
    column: number,
  ): unknown {
    const text = this.text;
    const first = from < end ? text.charCodeAt(from) : -1;
    if (first === -1 || first === 35) return this.nested(indent, inMapping, line, column, first !== -1);
    let value: unknown;
    const flow = first === 91 ? LIST : first === 123 ? MAPPING : SCALAR;
    const spot = this.place(line, column, flow);
    if (first === 124 || first === 62) return this.blockScalar(text.slice(from, end), indent);
    if (first === 39 || first === 34) value = this.quoted(from, end, indent, first === 34);
    else if (flow === LIST) value = flowList(text.slice(from, end), this.places, spot);
    else if (flow === MAPPING) value = flowMap(text.slice(from, end), this.places, spot);
    else value = this.plain(from, end, indent);
    this.spot = spot;
    // Anything else on a more indented line (a comment between folded lines…) is left to the library.
    this.skip();
    if (this.i < this.count && this.indents[this.i]! > indent) throw UNSURE;
    return value;
  }

  /**
   * The collection on the lines below a key or a dash with nothing after it, or null, placed at
   * `line` and `column` (after a comment, the library's place is not known here).
   */
  nested(indent: number, inMapping: boolean, line: number, column: number, commented: boolean): unknown {
    this.skip();
    const i = this.i;
    const text = this.text;
    if (i < this.count && this.indents[i]! > indent) {
      // Text the library moved below its key, being too long for the key's line.
      const s = this.starts[i]!;
      const e = this.ends[i]!;
      const f = this.firsts[i]!;
      const quote = f === 34 || f === 39;
      if (
        quote
          ? !quotedKey(text.slice(s, e))
          : !this.entry(i) && this.keyEnd(s, e) < 0 && !startsQuotedOrFlow(f)
      ) {
        this.i = i + 1;
        this.place(i + 1, this.indents[i]! + 1, SCALAR);
        const value = quote ? this.quoted(s, e, indent, f === 34) : this.plain(s, e, indent);
        this.skip();
        if (this.i < this.count && this.indents[this.i]! > indent) throw UNSURE;
        return value;
      }
      return this.block(this.indents[i]!);
    }
    // A list may stand at its key's indentation.
    if (i < this.count && inMapping && this.indents[i] === indent && this.entry(i)) {
      if (++this.depth > this.maxDepth) throw UNSURE;
      const list = this.sequence(indent);
      this.depth--;
      return list;
    }
    if (this.where && commented) throw UNSURE;
    this.place(line, column, SCALAR);
    return null;
  }

  /**
   * A plain scalar from `from` on, folded over the more indented lines below it, as the `yaml`
   * library writes long text: each line break between two lines is one space.
   */
  plain(from: number, end: number, indent: number): unknown {
    const text = this.text;
    const c = text.charCodeAt(from);
    const first = text.slice(from, this.plainLine(from, end, true, c));
    if (this.commented) return resolvePlain(first, c);
    const { starts, indents, ends, count } = this;
    let folded = first;
    for (;;) {
      const i = this.i;
      if (i >= count || indents[i]! <= indent) break;
      const s = starts[i]!;
      if (s === ends[i]) break;
      const stop = this.plainLine(s, ends[i]!, false, this.firsts[i]!);
      // A comment ends the scalar; what the library makes of the lines after it is left to it.
      if (this.commented) throw UNSURE;
      folded += ` ${text.slice(s, stop)}`;
      this.i = i + 1;
    }
    return resolvePlain(folded, c);
  }

  /**
   * Where one line of a plain scalar (from `from` to `end`, not empty) stops, its trailing spaces
   * and comment dropped; `commented` says whether there was one. A line that `first` does not
   * start must not look like the start of anything else (a list entry, a comment, a key). `c` is
   * the line's first character.
   */
  plainLine(from: number, end: number, first: boolean, c: number): number {
    const text = this.text;
    if (!startsPlainly(c) && (first ? NOT_PLAIN_START : NOT_PLAIN_NEXT).test(text.slice(from, end)))
      throw UNSURE;
    // A comment starts at " #"; before it, ": " (or ":" ending the line) would be a mapping the
    // library refuses. Searched for, not walked: most lines are long text with neither. Each is found
    // by its rare character ("#", ":"), not by the space, which text has every few letters.
    const hash = this.commentAt(from, end);
    const colon = this.colonSpaceAt(from, end);
    if (colon >= 0 && (hash < 0 || colon <= hash)) throw UNSURE;
    this.commented = hash >= 0;
    let e = hash;
    if (hash < 0) {
      // The last character, read once: a ":" ending the line, or the first trailing space.
      const last = text.charCodeAt(end - 1);
      if (last === 58 && end - from > 1) throw UNSURE;
      if (last !== 32) return end;
      e = end - 1;
    }
    while (e > from && text.charCodeAt(e - 1) === 32) e--;
    return e;
  }

  /** Where " #" stands between `from` and `end` (the "#" past `from`), or -1. */
  commentAt(from: number, end: number): number {
    const text = this.text;
    let at = this.search(HASH, from + 1);
    while (at >= 0 && at < end && text.charCodeAt(at - 1) !== 32) at = this.search(HASH, at + 1);
    return at >= 0 && at < end ? at - 1 : -1;
  }

  /**
   * How far past `from` the ":" that ends a plain key on the line (up to `end`) stands, or -1 (a
   * comment comes first, or no such ":"). Found by searching for ":" and "#" rather than reading
   * each character: most lines asked are long text with neither.
   */
  keyEnd(from: number, end: number): number {
    const text = this.text;
    let colon = this.search(COLON, from);
    while (colon >= 0 && colon + 1 < end && text.charCodeAt(colon + 1) !== 32)
      colon = this.search(COLON, colon + 1);
    if (colon < 0 || colon >= end) return -1;
    // The first ":" that ends a key; a comment before it ends the line first.
    let hash = this.search(HASH, from + 1);
    while (hash >= 0 && hash < colon && text.charCodeAt(hash - 1) !== 32) hash = this.search(HASH, hash + 1);
    return hash >= 0 && hash < colon ? -1 : colon - from;
  }

  /** Where ": " stands between `from` and `end` (the ":" past `from`), or -1. */
  colonSpaceAt(from: number, end: number): number {
    const text = this.text;
    let at = this.search(COLON, from + 1);
    while (at >= 0 && at < end && (at + 1 === end || text.charCodeAt(at + 1) !== 32))
      at = this.search(COLON, at + 1);
    return at >= 0 && at < end ? at : -1;
  }

  /**
   * `text.indexOf(SEARCHED[which], from)`, answered from the last search when it covers `from`: a
   * search runs past the line's end to the next such character in the file, wherever it is, and
   * the next lines ask for the same one until it is passed.
   */
  search(which: number, from: number): number {
    const at = this.found[which]!;
    if (from >= this.searchedFrom[which]! && (at < 0 || at >= from)) return at;
    const next = this.text.indexOf(SEARCHED[which]!, from);
    this.searchedFrom[which] = from;
    this.found[which] = next;
    return next;
  }

  /**
   * A quoted scalar from `from` on, to its closing quote, on this line or a more indented one
   * below: each line break folds to a space (blank lines to line breaks), as YAML says.
   */
  quoted(from: number, end: number, indent: number, double: boolean): string {
    const text = this.text;
    const quote = double ? 34 : 39;
    let out = '';
    let lineEnd = end;
    let k = from + 1;
    for (;;) {
      let escapedBreak = false;
      while (k < lineEnd) {
        const ch = text.charCodeAt(k);
        if (ch === quote) {
          if (!double && k + 1 < lineEnd && text.charCodeAt(k + 1) === 39) {
            out += "'";
            k += 2;
            continue;
          }
          endOfLine(text, k + 1, lineEnd);
          return out;
        }
        if (double && ch === 92) {
          if (k + 1 === lineEnd) {
            escapedBreak = true;
            break;
          }
          const [escaped, length] = readEscape(text, k, lineEnd);
          out += escaped;
          k += length;
          continue;
        }
        // The run of text to the next quote or backslash, searched for.
        const q = this.search(double ? QUOTE : APOSTROPHE, k + 1);
        let e = q < 0 || q > lineEnd ? lineEnd : q;
        if (double) {
          const b = this.search(BACKSLASH, k + 1);
          if (b >= 0 && b < e) e = b;
        }
        if (e === lineEnd) {
          // Spaces before a line break are not content (escaped ones are, and they came before
          // this run: a run of text is all that can end the line with spaces).
          let t = e;
          while (t > k && text.charCodeAt(t - 1) === 32) t--;
          out += text.slice(k, t);
        } else out += text.slice(k, e);
        k = e;
      }
      // The next lines: blank ones are line breaks; the first with content goes on the scalar.
      let blanks = 0;
      for (;;) {
        const i = this.i;
        if (i >= this.count) throw UNSURE; // never closed: the library says so
        this.i = i + 1;
        const s = this.starts[i]!;
        if (s !== this.ends[i]) {
          // Continued at or left of its key: the library's call, not ours.
          if (this.indents[i]! <= indent) throw UNSURE;
          k = s;
          lineEnd = this.ends[i]!;
          break;
        }
        blanks++;
      }
      if (escapedBreak && blanks > 0) throw UNSURE;
      if (!escapedBreak) out += blanks > 0 ? '\n'.repeat(blanks) : ' ';
    }
  }

  /** A folded or literal scalar: its header is `head`, its lines those below indented past `indent`. */
  blockScalar(head: string, indent: number): string {
    const m = /^([|>])([-+]?)(?:\s+#.*)?\s*$/.exec(head);
    if (!m) throw UNSURE;
    const folded = m[1] === '>';
    const chomp = m[2];
    const { starts, indents, ends, count, text } = this;
    let j = this.i;
    let inner = -1;
    // The content's indentation is that of its first non-blank line.
    for (let t = j; t < count; t++) {
      if (starts[t] === ends[t]) {
        if (indents[t]! > 0) throw UNSURE; // spaces on a blank line: their meaning is subtle
        continue;
      }
      inner = indents[t]!;
      break;
    }
    if (inner <= indent) throw UNSURE; // an empty block scalar
    const body: string[] = [];
    for (; j < count; j++) {
      const s = starts[j]!;
      if (s === ends[j]) {
        if (indents[j]! > 0) throw UNSURE;
        body.push('');
        continue;
      }
      if (indents[j]! < inner) break;
      if (indents[j]! > inner && folded) throw UNSURE; // more-indented lines keep their breaks
      // The line from its content's indentation on (a line of a literal may be indented more).
      body.push(text.slice(s - indents[j]! + inner, ends[j]));
    }
    // A last line without its line break: left to the library.
    if (j === count && (indents[j - 1]! > 0 || starts[j - 1] !== ends[j - 1])) throw UNSURE;
    // Trailing blank lines belong to the chomping, not the content.
    let end = body.length;
    while (end > 0 && body[end - 1] === '') end--;
    const trailing = body.length - end;
    // The last line of the file is '' after the final '\n': not a blank line of the scalar.
    const blanks = j === count ? trailing - 1 : trailing;
    let out = '';
    const blankInside = body.indexOf('');
    if (folded && (blankInside < 0 || blankInside >= end)) {
      // No blank line: the lines joined by spaces, in one string.
      out = end === body.length ? body.join(' ') : body.slice(0, end).join(' ');
    } else if (folded) {
      let pendingBlanks = 0;
      let started = false;
      for (let t = 0; t < end; t++) {
        const s = body[t]!;
        if (s === '') {
          pendingBlanks++;
          continue;
        }
        if (started) out += pendingBlanks > 0 ? '\n'.repeat(pendingBlanks) : ' ';
        else out += '\n'.repeat(pendingBlanks);
        out += s;
        pendingBlanks = 0;
        started = true;
      }
    } else {
      out = body.slice(0, end).join('\n');
    }
    if (chomp === '-') {
      // strip
    } else if (chomp === '+') {
      out += '\n'.repeat(1 + blanks);
    } else {
      out += '\n';
    }
    this.i = j;
    return out;
  }
}

/** The characters `Reader.search` looks for, by the names below. */
const SEARCHED = ['#', ':', '"', "'", '\\'];
const HASH = 0;
const COLON = 1;
const QUOTE = 2;
const APOSTROPHE = 3;
const BACKSLASH = 4;

/** `table` copied into a longer one of `size`. */
function grown(table: Int32Array, size: number): Int32Array {
  const longer = new Int32Array(size);
  longer.set(table);
  return longer;
}
/** Whether the content from `from` to `end` is a list entry ("- …" or a lone "-"). */
function isEntry(text: string, from: number, end: number): boolean {
  return from < end && text.charCodeAt(from) === 45 && (from + 1 === end || text.charCodeAt(from + 1) === 32);
}

/** Whether `f`, the first character of a value, opens a quoted scalar or a flow collection. */
function startsQuotedOrFlow(f: number): boolean {
  return f === 39 || f === 34 || f === 91 || f === 123;
}

/** A quoted or flow scalar followed by ":": a key this reader does not take. */
function quotedKey(c: string): boolean {
  return /["'\]}]\s*:(?:\s|$)/.test(c);
}

/** A plain key as the library stores it on an object; anything unusual is left to it. */
function plainKey(raw: string): string {
  if (simpleKey(raw)) return raw;
  // Longer implicit keys are an error for the library.
  if (raw === '' || raw.length > 1000 || raw.charCodeAt(raw.length - 1) === 32) throw UNSURE;
  if (NOT_PLAIN_START.test(raw) || raw.startsWith('-') || raw.startsWith('?')) throw UNSURE;
  if (NULL.test(raw) || BOOL_TRUE.test(raw) || BOOL_FALSE.test(raw)) throw UNSURE;
  if (raw === '__proto__' || raw === '<<' || raw === '-0') throw UNSURE;
  // Numeric keys are stringified by the library from their number: only canonical ones agree.
  if (/^[-+.0-9]/.test(raw) && !/^(?:0|[1-9]\d{0,14})$/.test(raw)) throw UNSURE;
  return raw;
}

/**
 * A key such as `legalBases` or `due-date`: a letter, then letters, digits, "_" and "-", and not
 * a word YAML reads as null or a boolean. Every check of `plainKey` passes it as it is.
 */
function simpleKey(raw: string): boolean {
  return simpleKeyCharacters(raw) && !isWord(raw);
}

/** A letter, then letters, digits, "_" and "-", at most a thousand: `simpleKey` but for the words. */
function simpleKeyCharacters(raw: string): boolean {
  const n = raw.length;
  if (n === 0 || n > 1000 || !isLetter(raw.charCodeAt(0))) return false;
  for (let i = 1; i < n; i++) if (!isKeyCharacter(raw.charCodeAt(i))) return false;
  return true;
}

function isKeyCharacter(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/**
 * The keys met so far, by their first, middle and last letters and their length, as the engine
 * keeps property names: a key found here is not hashed and looked up among the engine's names
 * again, which costs more than comparing it with the one or two keys of its slot; nor is it asked
 * again whether YAML reads it as a word (only keys that are not are kept). The keys of the model
 * are a few hundred; past `KEYS_KEPT`, new ones are simply not kept. (Only names: no value is kept.)
 */
const KEY_SLOTS = 4096;
const KEYS: (KeptKey[] | undefined)[] = new Array(KEY_SLOTS).fill(undefined);
const KEYS_KEPT = 2048;
let keysKept = 0;

/**
 * A key kept in `KEYS`, and the number of the last mapping that held it: a mapping that finds
 * its own number on a key has read it already, without asking the object (see `Reader.mapping`).
 */
class KeptKey {
  stamp = 0;
  constructor(readonly name: string) {}
}

/**
 * Mappings numbered as they are read, across texts: a kept key's stamp below a mapping's number
 * says the mapping has not read it (a mapping stamps its keys while the ones around it wait).
 */
let mappingsRead = 0;

/**
 * Before a text is read: past half a billion mappings, the stamps start again from zero (never
 * while a text is read, whose mappings are fewer than its characters).
 */
function renumberMappings(): void {
  if (mappingsRead < 0x20000000) return;
  for (const known of KEYS) if (known) for (const key of known) key.stamp = 0;
  mappingsRead = 0;
}

/** The slot of `KEYS` for the key written in `text` from `from`, `length` characters long. */
function slotOf(text: string, from: number, length: number): number {
  return (
    (text.charCodeAt(from) * 961 +
      text.charCodeAt(from + (length >> 1)) * 31 +
      text.charCodeAt(from + length - 1) +
      length * 127) &
    (KEY_SLOTS - 1)
  );
}

/** The kept key written in `text` from `from`, `length` characters long, if it is one. */
function keptKey(text: string, from: number, length: number): KeptKey | undefined {
  const known = KEYS[slotOf(text, from, length)];
  if (!known) return undefined;
  // Cut once and compared whole: cheaper than comparing character by character.
  let piece: string | undefined;
  for (let q = 0; q < known.length; q++) {
    const key = known[q]!;
    if (key.name.length !== length) continue;
    piece ??= text.slice(from, from + length);
    if (piece === key.name) return key;
  }
  return undefined;
}

/**
 * The simple key written in `text` from `from`, `end` characters long; a word YAML reads as null
 * or a boolean: UNSURE.
 */
function keyAt(text: string, from: number, end: number): string {
  const kept = keptKey(text, from, end);
  if (kept) return kept.name;
  const key = text.slice(from, from + end);
  // "null", "True"…: the library reads the line.
  if (isWord(key)) throw UNSURE;
  if (keysKept >= KEYS_KEPT || end > 64) return key;
  // The engine's own copy of the name, as an object's key gives it back.
  const name = Object.keys({ [key]: true })[0]!;
  const slot = slotOf(name, 0, end);
  const known = KEYS[slot];
  if (known) known.push(new KeptKey(name));
  else KEYS[slot] = [new KeptKey(name)];
  keysKept++;
  return name;
}

/** "null", "True", "FALSE"…: a plain key YAML reads as something else. */
function isWord(raw: string): boolean {
  return (
    (raw.length === 4 || raw.length === 5) && (NULL.test(raw) || BOOL_TRUE.test(raw) || BOOL_FALSE.test(raw))
  );
}

/**
 * Where the ":" after a simple key (see `simpleKey`) at the start of a line stands, when a space
 * or the line's end follows it: there, as `keyEnd` would find it. Otherwise -1, and `keyEnd` and
 * `plainKey` read the line.
 */
function simpleKeyEnd(text: string, from: number, end: number): number {
  if (from === end || !isLetter(text.charCodeAt(from))) return -1;
  const stop = Math.min(end, from + 1001);
  let k = from + 1;
  while (k < stop && isKeyCharacter(text.charCodeAt(k))) k++;
  if (k >= stop || text.charCodeAt(k) !== 58) return -1;
  return k + 1 === end || text.charCodeAt(k + 1) === 32 ? k - from : -1;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** A first character no pattern of NOT_PLAIN_START or NOT_PLAIN_NEXT begins with: a letter, a digit, a non-ASCII one. */
function startsPlainly(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c >= 0x80;
}

// A line that cannot go on a plain scalar in the library's reading, or that we would not trust to:
// a comment, or what opens a list entry, a complex key or a value.
const NOT_PLAIN_NEXT = /^(?:#|[-?:](?: |$))/;

/** Trailing spaces dropped (only spaces: YAML's white space, tabs being refused earlier). */
function trimSpaces(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 32) e--;
  return s.slice(0, e);
}

/** A plain scalar's value; `f` is its first character (read already, and a text folded over lines need not be joined to read it again). */
function resolvePlain(s: string, f: number): unknown {
  // Text that cannot be null, a boolean or a number (most values): as it is. Such words start with
  // n, t or f and are five letters at most ("false").
  if (
    f >= 0x80 ||
    (isLetter(f) &&
      (s.length > 5 || (f !== 110 && f !== 78 && f !== 116 && f !== 84 && f !== 102 && f !== 70)))
  )
    return s;
  // A figure ("2175", "5.824.272.835"): never null nor a boolean.
  if (f >= 48 && f <= 57) return CANONICAL_INTEGER.test(s) ? Number(s) : s;
  if (s === '-0') throw UNSURE;
  if (NULL.test(s)) return null;
  if (BOOL_TRUE.test(s)) return true;
  if (BOOL_FALSE.test(s)) return false;
  if (CANONICAL_INTEGER.test(s)) return Number(s);
  return s;
}

/** Only a comment may follow a closed scalar on its line, which ends at `end`. */
function endOfLine(text: string, from: number, end: number): void {
  let k = from;
  while (k < end && text.charCodeAt(k) === 32) k++;
  if (k === end) return;
  if (text.charCodeAt(k) === 35 && k > from) return;
  throw UNSURE;
}

function singleQuoted(rest: string): string {
  let out = '';
  let k = 1;
  for (;;) {
    const q = rest.indexOf("'", k);
    if (q < 0) throw UNSURE; // continued on the next line
    out += rest.slice(k, q);
    if (rest.charCodeAt(q + 1) === 39) {
      out += "'";
      k = q + 2;
      continue;
    }
    endOfLine(rest, q + 1, rest.length);
    return out;
  }
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

/** The escape at `k` of a double-quoted line ending at `end`: its text and how many characters it took. */
function readEscape(line: string, k: number, end: number): [string, number] {
  const e = line.charAt(k + 1);
  const simple = ESCAPES[e];
  if (simple !== undefined) return [simple, 2];
  const digits = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
  const hex = line.slice(k + 2, Math.min(end, k + 2 + digits));
  if (digits === 0 || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) throw UNSURE;
  const code = Number.parseInt(hex, 16);
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw UNSURE;
  return [String.fromCodePoint(code), 2 + digits];
}

function doubleQuoted(rest: string): string {
  let out = '';
  let k = 1;
  for (;;) {
    if (k >= rest.length) throw UNSURE;
    const ch = rest.charCodeAt(k);
    if (ch === 34) {
      endOfLine(rest, k + 1, rest.length);
      return out;
    }
    if (ch === 92) {
      const [text, length] = readEscape(rest, k, rest.length);
      out += text;
      k += length;
      continue;
    }
    const next = rest.slice(k).search(/["\\]/);
    if (next < 0) throw UNSURE;
    out += rest.slice(k, k + next);
    k += next;
  }
}

/** A one-line flow list of scalars: "[a, 'b', "c"]". */
function flowList(rest: string, places: Places | undefined, spot: number): unknown[] {
  const out: unknown[] = [];
  const cursor = { k: 1 };
  if (flowEmpty(rest, cursor, 93)) return out;
  for (;;) {
    skipSpaces(rest, cursor);
    if (places) {
      places.add(places.line(spot), places.column(spot) + cursor.k, SCALAR);
      places.close(spot);
    }
    out.push(flowScalar(rest, cursor, false));
    if (flowNext(rest, cursor, 93)) return out;
  }
}

/** A one-line flow mapping of scalars: "{ key: a, label: 'b' }". */
function flowMap(rest: string, places: Places | undefined, spot: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const cursor = { k: 1 };
  if (flowEmpty(rest, cursor, 125)) return out;
  for (;;) {
    skipSpaces(rest, cursor);
    const key = flowScalar(rest, cursor, true) as string;
    if (Object.hasOwn(out, key)) throw UNSURE;
    if (rest.charCodeAt(cursor.k) !== 58 || rest.charCodeAt(cursor.k + 1) !== 32) throw UNSURE;
    cursor.k += 2;
    skipSpaces(rest, cursor);
    if (places) {
      const child = places.add(places.line(spot), places.column(spot) + cursor.k, SCALAR);
      places.keys[child] = key;
      places.close(spot);
    }
    out[key] = flowScalar(rest, cursor, false);
    if (flowNext(rest, cursor, 125)) return out;
  }
}

function skipSpaces(rest: string, cursor: { k: number }): void {
  while (cursor.k < rest.length && rest.charCodeAt(cursor.k) === 32) cursor.k++;
}

/** "[]" or "{}" (with spaces inside): then the line must end. */
function flowEmpty(rest: string, cursor: { k: number }, close: number): boolean {
  skipSpaces(rest, cursor);
  if (rest.charCodeAt(cursor.k) !== close) return false;
  endOfLine(rest, cursor.k + 1, rest.length);
  return true;
}

/** Past the "," to the next item (false), or past the closing bracket at the end of the line (true). */
function flowNext(rest: string, cursor: { k: number }, close: number): boolean {
  skipSpaces(rest, cursor);
  const sep = rest.charCodeAt(cursor.k);
  if (sep === close) {
    endOfLine(rest, cursor.k + 1, rest.length);
    return true;
  }
  if (sep !== 44) throw UNSURE;
  cursor.k++;
  skipSpaces(rest, cursor);
  if (rest.charCodeAt(cursor.k) === close) throw UNSURE; // a trailing comma
  return false;
}

/** A quoted or plain scalar inside a flow collection; a key must be plain and end at ":". */
function flowScalar(rest: string, cursor: { k: number }, key: boolean): unknown {
  skipSpaces(rest, cursor);
  const k = cursor.k;
  const f = rest.charCodeAt(k);
  if (f === 39 || f === 34) {
    if (key) throw UNSURE;
    const close = quotedEnd(rest, k, f === 39 ? "'" : '"');
    const piece = rest.slice(k, close + 1);
    cursor.k = close + 1;
    return f === 39 ? singleQuoted(piece) : doubleQuoted(piece);
  }
  let e = k;
  while (e < rest.length) {
    const ch = rest.charCodeAt(e);
    if (ch === 44 || ch === 93 || ch === 125) break;
    if (ch === 58) {
      if (key && rest.charCodeAt(e + 1) === 32) break;
      throw UNSURE;
    }
    if (ch === 91 || ch === 123 || ch === 35 || ch === 39 || ch === 34) throw UNSURE;
    e++;
  }
  const piece = trimSpaces(rest.slice(k, e));
  if (piece === '' || (!startsPlainly(piece.charCodeAt(0)) && NOT_PLAIN_START.test(piece))) throw UNSURE;
  cursor.k = e;
  if (!key) return resolvePlain(piece, piece.charCodeAt(0));
  // A simple key, as `plainKey` takes it (a word being UNSURE in both), from the table of keys met.
  return simpleKeyCharacters(piece) ? keyAt(piece, 0, piece.length) : plainKey(piece);
}

/** Where a quoted scalar opened at `k` closes on this line. */
function quotedEnd(rest: string, k: number, quote: "'" | '"'): number {
  const single = quote === "'";
  if (single) {
    // Searched for: the only escape is a doubled quote.
    let j = k + 1;
    for (;;) {
      const q = rest.indexOf("'", j);
      if (q < 0) throw UNSURE;
      if (rest.charCodeAt(q + 1) !== 39) return q;
      j = q + 2;
    }
  }
  const code = single ? 39 : 34;
  let j = k + 1;
  for (;;) {
    if (j >= rest.length) throw UNSURE;
    const ch = rest.charCodeAt(j);
    if (!single && ch === 92) {
      j += 2;
      continue;
    }
    if (ch === code) {
      if (single && rest.charCodeAt(j + 1) === 39) {
        j += 2;
        continue;
      }
      return j;
    }
    j++;
  }
}
