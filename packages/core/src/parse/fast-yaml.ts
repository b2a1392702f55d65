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

/** Not recognised: the caller falls back to the `yaml` library. */
class Unsure extends Error {}
const UNSURE = new Unsure();

interface Line {
  /** Spaces before the content. */
  indent: number;
  /** The line from its first non-space character, as written (comments included). */
  content: string;
  /** Where the line starts in the text (block scalars read their lines from there). */
  start: number;
}

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
 * Where a value starts (1-based), and where its entries do: a mapping's keys in order beside their
 * places (two lists, not a map: a command locates a few findings in a file of a thousand keys, so
 * the keys are searched when asked rather than hashed as they are read).
 */
interface Spot {
  line: number;
  column: number;
  keys?: string[];
  places?: Spot[];
  items?: Spot[];
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
  let root: Spot;
  let data: unknown;
  try {
    const reader = new Reader(text, maxDepth, true);
    data = reader.document();
    root = reader.spot!;
  } catch (e) {
    if (e instanceof Unsure) return undefined;
    throw e;
  }
  return { data, locate: locator(root) };
}

function locator(root: Spot): (path: readonly (string | number)[]) => { line: number; column: number } {
  return (path) => {
    let found = root;
    for (const key of path) {
      let next: Spot | undefined;
      if (found.keys) {
        // The library keeps a key such as 2024 as a number: only a number finds it, and only a
        // string finds the others.
        const raw = typeof key === 'number' ? String(key) : key;
        if (NUMERIC_KEY.test(raw) === (typeof key === 'number'))
          next = found.places![found.keys.indexOf(raw)];
      } else if (found.items) {
        const index = typeof key === 'string' && key !== '' ? Number(key) : key;
        if (typeof index === 'number' && Number.isInteger(index) && index >= 0) next = found.items[index];
      }
      if (!next) break;
      found = next;
    }
    return { line: found.line, column: found.column };
  };
}

const NUMERIC_KEY = /^(?:0|[1-9]\d{0,14})$/;

class Reader {
  readonly lines: Line[];
  /** The next line to read. */
  i = 0;
  depth = 0;
  /** Where the value just read stands, when places are asked for. */
  spot: Spot | undefined;

  constructor(
    readonly text: string,
    readonly maxDepth: number,
    readonly where = false,
  ) {
    // The lines as `text.split('\n')` gives them, each cut once, past its indentation.
    const lines: Line[] = [];
    const n = text.length;
    let start = 0;
    for (;;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = n;
      let k = start;
      // Bounded: reading past a string's end (NaN) sends the engine's optimised code to a slow path.
      while (k < end && text.charCodeAt(k) === 32) k++;
      lines.push({ indent: k - start, content: text.slice(k, end), start });
      if (end === n) break;
      start = end + 1;
    }
    this.lines = lines;
  }

  document(): unknown {
    this.skip();
    const first = this.lines[this.i];
    if (first?.indent !== 0) throw UNSURE;
    if (first.content.startsWith('---') || first.content.startsWith('%')) throw UNSURE;
    const value = this.block(0);
    this.skip();
    if (this.i < this.lines.length) throw UNSURE;
    return value;
  }

  /** Moves past blank lines and comment lines. */
  skip(): void {
    const lines = this.lines;
    while (this.i < lines.length) {
      const c = lines[this.i]!.content;
      if (c !== '' && c.charCodeAt(0) !== 35) return;
      this.i++;
    }
  }

  /** The collection whose first line is the current one, at its indentation. */
  block(indent: number): unknown {
    if (++this.depth > this.maxDepth) throw UNSURE;
    const line = this.lines[this.i]!;
    const value = isEntry(line.content) ? this.sequence(indent) : this.mapping(indent);
    this.depth--;
    return value;
  }

  mapping(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const spot: Spot | undefined = this.where
      ? { line: this.i + 1, column: indent + 1, keys: [], places: [] }
      : undefined;
    for (;;) {
      this.skip();
      const line = this.lines[this.i];
      if (!line || line.indent < indent) {
        this.spot = spot;
        return out;
      }
      if (line.indent > indent || isEntry(line.content)) throw UNSURE;
      const c = line.content;
      let colon = simpleKeyEnd(c);
      let key: string;
      if (colon > 0) key = keyAt(c, colon);
      else {
        colon = keyEnd(c);
        if (colon < 0) throw UNSURE;
        key = plainKey(c.slice(0, colon));
      }
      // A key written twice: the library's to report. (Every key is stored, so one already
      // stored is one already seen.)
      if (Object.hasOwn(out, key)) throw UNSURE;
      this.i++;
      let k = colon + 1;
      while (k < c.length && c.charCodeAt(k) === 32) k++;
      const at = this.i; // the next line, 1-based: this one
      out[key] = this.value(c.slice(k), indent, true, at, indent + k + 1);
      if (spot) {
        spot.keys!.push(key);
        spot.places!.push(this.spot!);
      }
    }
  }

  sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    const spot: Spot | undefined = this.where
      ? { line: this.i + 1, column: indent + 1, items: [] }
      : undefined;
    for (;;) {
      this.skip();
      const line = this.lines[this.i];
      if (!line || line.indent < indent || !isEntry(line.content)) {
        // (not an entry: a mapping's next key, when the list stood at its indentation)
        if (line && line.indent > indent) throw UNSURE;
        this.spot = spot;
        return out;
      }
      if (line.indent > indent) throw UNSURE;
      const c = line.content;
      let k = 1;
      while (k < c.length && c.charCodeAt(k) === 32) k++;
      const rest = c.slice(k);
      const at = this.i + 1;
      if (rest === '' || rest.charCodeAt(0) === 35) {
        this.i++;
        out.push(this.nested(indent, false, { line: at, column: indent + k + 1 }, rest !== ''));
      } else if (isEntry(rest) || (keyEnd(rest) >= 0 && !startsQuotedOrFlow(rest))) {
        // "- key: value" or "- - x": the line read again as a collection indented to its content.
        line.indent += k;
        line.content = rest;
        out.push(this.block(line.indent));
      } else {
        if (startsQuotedOrFlow(rest) && quotedKey(rest)) throw UNSURE;
        this.i++;
        out.push(this.value(rest, indent, false, at, indent + k + 1));
      }
      spot?.items?.push(this.spot!);
    }
  }

  /**
   * What follows "key: " or "- " on the line just passed, at `indent`; `line` and `column` say
   * where `rest` starts (past the spaces: where the library places an empty value too).
   */
  value(rest: string, indent: number, inMapping: boolean, line: number, column: number): unknown {
    if (rest === '' || rest.charCodeAt(0) === 35) {
      return this.nested(indent, inMapping, { line, column }, rest !== '');
    }
    const first = rest.charCodeAt(0);
    let value: unknown;
    const spot: Spot | undefined = this.where ? { line, column } : undefined;
    this.spot = spot;
    if (first === 124 || first === 62) return this.blockScalar(rest, indent);
    if (first === 39 || first === 34) value = this.quoted(rest, indent, first === 34);
    else if (first === 91) value = flowList(rest, spot);
    else if (first === 123) value = flowMap(rest, spot);
    else value = this.plain(rest, indent);
    // Anything else on a more indented line (a comment between folded lines…) is left to the library.
    this.skip();
    const next = this.lines[this.i];
    if (next && next.indent > indent) throw UNSURE;
    return value;
  }

  /**
   * The collection on the lines below a key or a dash with nothing after it, or null, placed at
   * `empty` (after a comment, the library's place is not known here).
   */
  nested(indent: number, inMapping: boolean, empty: Spot, commented: boolean): unknown {
    this.skip();
    const next = this.lines[this.i];
    if (next && next.indent > indent) {
      // Text the library moved below its key, being too long for the key's line.
      const c = next.content;
      const quote = c.charCodeAt(0) === 34 || c.charCodeAt(0) === 39;
      if (quote ? !quotedKey(c) : !isEntry(c) && keyEnd(c) < 0 && !startsQuotedOrFlow(c)) {
        this.i++;
        this.spot = this.where ? { line: this.i, column: next.indent + 1 } : undefined;
        const value = quote ? this.quoted(c, indent, c.charCodeAt(0) === 34) : this.plain(c, indent);
        this.skip();
        const after = this.lines[this.i];
        if (after && after.indent > indent) throw UNSURE;
        return value;
      }
      return this.block(next.indent);
    }
    // A list may stand at its key's indentation.
    if (next && inMapping && next.indent === indent && isEntry(next.content)) {
      if (++this.depth > this.maxDepth) throw UNSURE;
      const list = this.sequence(indent);
      this.depth--;
      return list;
    }
    if (this.where && commented) throw UNSURE;
    this.spot = empty;
    return null;
  }

  /**
   * A plain scalar from `rest` on, folded over the more indented lines below it, as the `yaml`
   * library writes long text: each line break between two lines is one space.
   */
  plain(rest: string, indent: number): unknown {
    const first = plainLine(rest, true);
    let folded = first.text;
    if (!first.commented) {
      const lines = this.lines;
      for (;;) {
        const next = lines[this.i];
        if (!next || next.indent <= indent || next.content === '') break;
        const piece = plainLine(next.content, false);
        // A comment ends the scalar; what the library makes of the lines after it is left to it.
        if (piece.commented) throw UNSURE;
        folded += ` ${piece.text}`;
        this.i++;
      }
    }
    return resolvePlain(folded);
  }

  /**
   * A quoted scalar from `rest` on, to its closing quote, on this line or a more indented one
   * below: each line break folds to a space (blank lines to line breaks), as YAML says.
   */
  quoted(rest: string, indent: number, double: boolean): string {
    const lines = this.lines;
    const quote = double ? 34 : 39;
    let out = '';
    let line = rest;
    let k = 1;
    for (;;) {
      // Spaces before a line break are not content; escaped ones are (`keep` marks the end of those).
      let keep = out.length;
      let escapedBreak = false;
      while (k < line.length) {
        const ch = line.charCodeAt(k);
        if (ch === quote) {
          if (!double && line.charCodeAt(k + 1) === 39) {
            out += "'";
            k += 2;
            continue;
          }
          endOfLine(line, k + 1);
          return out;
        }
        if (double && ch === 92) {
          if (k + 1 === line.length) {
            escapedBreak = true;
            break;
          }
          const [text, length] = readEscape(line, k);
          out += text;
          keep = out.length;
          k += length;
          continue;
        }
        let e = k + 1;
        while (e < line.length) {
          const c = line.charCodeAt(e);
          if (c === quote || (double && c === 92)) break;
          e++;
        }
        out += line.slice(k, e);
        k = e;
      }
      if (!escapedBreak) {
        let e = out.length;
        while (e > keep && out.charCodeAt(e - 1) === 32) e--;
        out = out.slice(0, e);
      }
      // The next lines: blank ones are line breaks; the first with content goes on the scalar.
      let blanks = 0;
      for (;;) {
        const next = lines[this.i];
        if (!next) throw UNSURE; // never closed: the library says so
        this.i++;
        if (next.content !== '') {
          // Continued at or left of its key: the library's call, not ours.
          if (next.indent <= indent) throw UNSURE;
          line = next.content;
          break;
        }
        blanks++;
      }
      if (escapedBreak && blanks > 0) throw UNSURE;
      if (!escapedBreak) out += blanks > 0 ? '\n'.repeat(blanks) : ' ';
      k = 0;
    }
  }

  /** A folded or literal scalar: its header is `head`, its lines those below indented past `indent`. */
  blockScalar(head: string, indent: number): string {
    const m = /^([|>])([-+]?)(?:\s+#.*)?\s*$/.exec(head);
    if (!m) throw UNSURE;
    const folded = m[1] === '>';
    const chomp = m[2];
    const lines = this.lines;
    let j = this.i;
    let inner = -1;
    // The content's indentation is that of its first non-blank line.
    for (let t = j; t < lines.length; t++) {
      const l = lines[t]!;
      if (l.content === '') {
        if (l.indent > 0) throw UNSURE; // spaces on a blank line: their meaning is subtle
        continue;
      }
      inner = l.indent;
      break;
    }
    if (inner <= indent) throw UNSURE; // an empty block scalar
    const body: string[] = [];
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.content === '') {
        if (l.indent > 0) throw UNSURE;
        body.push('');
        continue;
      }
      if (l.indent < inner) break;
      if (l.indent > inner && folded) throw UNSURE; // more-indented lines keep their breaks
      // The line from its content's indentation on (a line of a literal may be indented more).
      body.push(this.text.slice(l.start + inner, l.start + l.indent + l.content.length));
    }
    // A last line without its line break: left to the library.
    const last = lines[j - 1]!;
    if (j === lines.length && (last.indent > 0 || last.content !== '')) throw UNSURE;
    // Trailing blank lines belong to the chomping, not the content.
    let end = body.length;
    while (end > 0 && body[end - 1] === '') end--;
    const trailing = body.length - end;
    // The last line of the file is '' after the final '\n': not a blank line of the scalar.
    const blanks = j === lines.length ? trailing - 1 : trailing;
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

/** Whether a line's content is a list entry ("- …" or a lone "-"). */
function isEntry(c: string): boolean {
  return c.charCodeAt(0) === 45 && (c.length === 1 || c.charCodeAt(1) === 32);
}

function startsQuotedOrFlow(c: string): boolean {
  const f = c.charCodeAt(0);
  return f === 39 || f === 34 || f === 91 || f === 123;
}

/** A quoted or flow scalar followed by ":": a key this reader does not take. */
function quotedKey(c: string): boolean {
  return /["'\]}]\s*:(?:\s|$)/.test(c);
}

/** The index of the ":" that ends a plain key on this line, or -1. */
function keyEnd(c: string): number {
  for (let k = 0; k < c.length; k++) {
    const ch = c.charCodeAt(k);
    if (ch === 58) {
      if (k + 1 === c.length || c.charCodeAt(k + 1) === 32) return k;
    } else if (ch === 35 && k > 0 && c.charCodeAt(k - 1) === 32) return -1;
  }
  return -1;
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
const KEYS: (string[] | undefined)[] = new Array(KEY_SLOTS).fill(undefined);
const KEYS_KEPT = 2048;
let keysKept = 0;

/** The simple key that `c` starts with, `end` characters long; a word YAML reads as null or a boolean: UNSURE. */
function keyAt(c: string, end: number): string {
  const slot =
    (c.charCodeAt(0) * 961 + c.charCodeAt(end >> 1) * 31 + c.charCodeAt(end - 1) + end * 127) &
    (KEY_SLOTS - 1);
  const known = KEYS[slot];
  if (known) for (const key of known) if (key.length === end && c.startsWith(key)) return key;
  const key = c.slice(0, end);
  // "null", "True"…: the library reads the line.
  if (isWord(key)) throw UNSURE;
  if (keysKept >= KEYS_KEPT || end > 64) return key;
  // The engine's own copy of the name, as an object's key gives it back.
  const name = Object.keys({ [key]: true })[0]!;
  if (known) known.push(name);
  else KEYS[slot] = [name];
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
function simpleKeyEnd(c: string): number {
  if (c.length === 0 || !isLetter(c.charCodeAt(0))) return -1;
  let i = 1;
  while (i < c.length && i <= 1000 && isKeyCharacter(c.charCodeAt(i))) i++;
  if (i >= c.length || i > 1000 || c.charCodeAt(i) !== 58) return -1;
  return i + 1 === c.length || c.charCodeAt(i + 1) === 32 ? i : -1;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** A first character no pattern of NOT_PLAIN_START or NOT_PLAIN_NEXT begins with: a letter, a digit, a non-ASCII one. */
function startsPlainly(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c >= 0x80;
}

/**
 * One line of a plain scalar, its trailing spaces and comment dropped. A line that `first` does
 * not start must not look like the start of anything else (a list entry, a comment, a key).
 */
function plainLine(rest: string, first: boolean): { text: string; commented: boolean } {
  if (!startsPlainly(rest.charCodeAt(0)) && (first ? NOT_PLAIN_START : NOT_PLAIN_NEXT).test(rest))
    throw UNSURE;
  // A comment starts at " #"; before it, ": " (or ":" ending the line) would be a mapping the
  // library refuses. Searched for, not walked: most lines are long text with neither. Each is found
  // by its rare character ("#", ":"), not by the space, which text has every few letters.
  const hash = commentAt(rest);
  const end = hash < 0 ? rest.length : hash + 1;
  const colon = colonSpaceAt(rest);
  if (colon >= 0 && colon < end) throw UNSURE;
  if (hash < 0 && rest.length > 1 && rest.charCodeAt(rest.length - 1) === 58) throw UNSURE;
  return { text: trimSpaces(rest.slice(0, end)), commented: hash >= 0 };
}

/** `rest.indexOf(' #')`. */
function commentAt(rest: string): number {
  let at = rest.indexOf('#', 1);
  while (at > 0 && rest.charCodeAt(at - 1) !== 32) at = rest.indexOf('#', at + 1);
  return at > 0 ? at - 1 : -1;
}

/** `rest.indexOf(': ', 1)`. */
function colonSpaceAt(rest: string): number {
  let at = rest.indexOf(':', 1);
  while (at >= 0 && rest.charCodeAt(at + 1) !== 32) at = rest.indexOf(':', at + 1);
  return at;
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

function resolvePlain(s: string): unknown {
  // Text that cannot be null, a boolean or a number (most values): as it is. Such words start with
  // n, t or f and are five letters at most ("false").
  const f = s.charCodeAt(0);
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

/** Only a comment may follow a closed scalar on its line. */
function endOfLine(rest: string, from: number): void {
  let k = from;
  while (k < rest.length && rest.charCodeAt(k) === 32) k++;
  if (k === rest.length) return;
  if (rest.charCodeAt(k) === 35 && k > from) return;
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
    endOfLine(rest, q + 1);
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

/** The escape at `k` of a double-quoted line: its text and how many characters it took. */
function readEscape(line: string, k: number): [string, number] {
  const e = line.charAt(k + 1);
  const simple = ESCAPES[e];
  if (simple !== undefined) return [simple, 2];
  const digits = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
  const hex = line.slice(k + 2, k + 2 + digits);
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
      endOfLine(rest, k + 1);
      return out;
    }
    if (ch === 92) {
      const [text, length] = readEscape(rest, k);
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
function flowList(rest: string, spot?: Spot): unknown[] {
  const out: unknown[] = [];
  const cursor = { k: 1 };
  if (spot) spot.items = [];
  if (flowEmpty(rest, cursor, 93)) return out;
  for (;;) {
    skipSpaces(rest, cursor);
    spot?.items?.push({ line: spot.line, column: spot.column + cursor.k });
    out.push(flowScalar(rest, cursor, false));
    if (flowNext(rest, cursor, 93)) return out;
  }
}

/** A one-line flow mapping of scalars: "{ key: a, label: 'b' }". */
function flowMap(rest: string, spot?: Spot): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const cursor = { k: 1 };
  if (spot) {
    spot.keys = [];
    spot.places = [];
  }
  if (flowEmpty(rest, cursor, 125)) return out;
  for (;;) {
    skipSpaces(rest, cursor);
    const key = flowScalar(rest, cursor, true) as string;
    if (Object.hasOwn(out, key)) throw UNSURE;
    if (rest.charCodeAt(cursor.k) !== 58 || rest.charCodeAt(cursor.k + 1) !== 32) throw UNSURE;
    cursor.k += 2;
    skipSpaces(rest, cursor);
    if (spot) {
      spot.keys!.push(key);
      spot.places!.push({ line: spot.line, column: spot.column + cursor.k });
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
  endOfLine(rest, cursor.k + 1);
  return true;
}

/** Past the "," to the next item (false), or past the closing bracket at the end of the line (true). */
function flowNext(rest: string, cursor: { k: number }, close: number): boolean {
  skipSpaces(rest, cursor);
  const sep = rest.charCodeAt(cursor.k);
  if (sep === close) {
    endOfLine(rest, cursor.k + 1);
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
  if (!key) return resolvePlain(piece);
  // A simple key, as `plainKey` takes it (a word being UNSURE in both), from the table of keys met.
  return simpleKeyCharacters(piece) ? keyAt(piece, piece.length) : plainKey(piece);
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
