import {
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from 'yaml';
import type { Path } from '../shared/types.js';
import { fastLocateYaml, fastReadYaml, fastReadYamlPlaced } from './fast-yaml.js';

/** Where a value stands in the text: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A YAML (or JSON) syntax error, with where it is. */
export interface SyntaxIssue extends Position {
  /** The `yaml` library's code ("DUPLICATE_KEY", "BAD_INDENT"…), or "TOO_DEEP" (see `MAX_NESTING`). */
  code: string;
  message: string;
  /** The data path of the key written twice (DUPLICATE_KEY) or of the first value too deep (TOO_DEEP). */
  path?: Path | undefined;
  /** The limit passed (TOO_DEEP). */
  limit?: number | undefined;
}

/**
 * How deep mappings and lists may nest in a supervision file. The model itself needs about 15
 * levels; a file nested deeper than this is refused with a TOO_DEEP issue naming the limit,
 * before anything recursive could run out of stack on it.
 */
export const MAX_NESTING = 100;

export type TextResult =
  | { ok: true; data: unknown; locate(path: Path): Position | undefined }
  | { ok: false; errors: SyntaxIssue[] };

// YAML reads "1.248" as the float 1.248 and "08" as 8, but a Vietnamese clerk wrote one
// thousand two hundred and forty-eight, and "08" with its zero. Every plain number whose
// text is not a canonical integer is therefore kept as the text the author typed, and
// read later by the figure's own schema, which knows whether it is a count or a score.
const CANONICAL_INTEGER = /^-?(0|[1-9]\d{0,14})$/;

/**
 * A character other than a line break, printable ASCII, Latin letters (Latin-1 to the spacing
 * modifiers), the Vietnamese letters of Latin Extended Additional, and general punctuation
 * (dashes, quotes, ellipsis; not U+2000, U+2001, U+2028, U+2029). Each of those is NFC whatever
 * surrounds it (no canonical decomposition, combining class 0, composes with nothing: a test
 * checks every pair), and none is a character the fast reader refuses (tabs, controls, BOM).
 */
export const NOT_PLAIN = /[^\n\x20-\x7e\xa0-\u02ff\u1ea0-\u1ef9\u2002-\u2027\u2030-\u206f]/;
/**
 * A text made only of the characters `NOT_PLAIN` allows: the same question asked as one run to
 * the end, which the engine answers about a quarter faster than a search for a character outside.
 */
export const ALL_PLAIN = new RegExp(`^[${NOT_PLAIN.source.slice(2, -1)}]*$`);

/**
 * A text in NFC: as it is when it holds only characters `NOT_PLAIN` allows (each its own NFC
 * beside any other), else normalised. What an adapter asks of a file before anything else reads
 * it, the same question `readText` asks.
 *
 * @example
 * asNfc('Bi\u0300nh') // 'Bình'
 */
export function asNfc(text: string): string {
  return ALL_PLAIN.test(text) ? text : text.normalize('NFC');
}

/**
 * Reads YAML or JSON text as data, keeping numbers as written, and says where each value
 * stands. Pure: text in, data out; never throws on user text.
 *
 * @example
 * const r = readText('resolved: 2.170\nrate: 92,87');
 * r.ok && r.data // { resolved: '2.170', rate: '92,87' }
 */
export function readText(input: string, options: ReadOptions = {}): TextResult {
  return read(input, true, options.locate === 'now');
}

export interface ReadOptions {
  /**
   * When the places of values are worked out: `'asked'` (the default) on the first `locate`, by
   * reading the text again; `'now'` while reading it, which costs less than reading twice when
   * the caller will locate something anyway (a command printing each finding's line).
   */
  locate?: 'asked' | 'now' | undefined;
}

/** `readText` with the `yaml` library alone, never the fast reader: what the fast reader must equal. */
export function readTextWithLibrary(input: string): TextResult {
  return read(input, false);
}

function read(input: string, fast: boolean, placed = false): TextResult {
  // A byte-order mark is not content; a file saved on macOS may spell "ế" as e plus two
  // combining marks, and names must compare equal, so everything is read as NFC.
  const body = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // Most files are written in characters that are NFC whatever follows them: those are not
  // normalised again, and the fast reader need not look for unusual ones among them.
  const plain = ALL_PLAIN.test(body);
  const text = plain ? body : body.normalize('NFC');
  const lineCounter = new LineCounter();
  const tooDeep = (offset?: number, path?: Path): TextResult => {
    const pos = offset === undefined ? { line: 1, col: 1 } : lineCounter.linePos(offset);
    const message = `nesting deeper than ${MAX_NESTING} levels`;
    return {
      ok: false,
      errors: [{ code: 'TOO_DEEP', message, line: pos.line, column: pos.col, path, limit: MAX_NESTING }],
    };
  };
  // Most files are plain block YAML: read at once, and given to the library only when a value must
  // be located at a place the fast reader does not know as the library does. Anything else goes
  // to the library now.
  if (fast) {
    const now = placed ? fastReadYamlPlaced(text, MAX_NESTING, plain) : undefined;
    if (now) return { ok: true, data: now.data, locate: now.locate };
    // Not placed (or not placeable, as after a comment where a value should be): read alone.
    const data = fastReadYaml(text, MAX_NESTING, plain);
    if (data !== undefined) return { ok: true, data, locate: locateWhenAsked(text, !placed) };
  }
  // The `yaml` library recurses once per level, and on some shapes a hundred thousand levels
  // exhaust the process's memory, not merely its stack: such text never reaches it. (The fast
  // reader above gives up past MAX_NESTING levels without recursing further.)
  if (roughNesting(text) > MAX_NESTING * 10) return tooDeep();
  return readWithLibrary(text, lineCounter, tooDeep);
}

/**
 * Places values only when first asked: by the fast reader when it knows them as the library does
 * (`tryFast`), else by the library reading the text again.
 */
function locateWhenAsked(text: string, tryFast: boolean): (path: Path) => Position | undefined {
  let locate: ((path: Path) => Position | undefined) | undefined;
  return (path) => {
    if (!locate) {
      const quick = tryFast ? fastLocateYaml(text, MAX_NESTING) : undefined;
      // The library reads what the fast reader read: it cannot fail where it succeeded.
      const slow = quick ? undefined : read(text, false);
      locate = quick ?? (slow?.ok ? slow.locate : () => undefined);
    }
    return locate(path);
  };
}

/** `readText` by the `yaml` library: every construct, every error with its line. */
function readWithLibrary(
  text: string,
  lineCounter: LineCounter,
  tooDeep: (offset?: number, path?: Path) => TextResult,
): TextResult {
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    // The parser recurses once per level: thousands of levels exhaust the stack.
    if (e instanceof RangeError) return tooDeep();
    throw e;
  }
  if (doc.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION' && /call stack/i.test(e.message))) {
    return tooDeep(doc.errors[0]?.pos[0]);
  }
  const deep = deepest(doc.contents);
  if (deep) return tooDeep(deep.offset, deep.path);
  if (doc.errors.length > 0) {
    const duplicates = duplicateKeys(doc.contents);
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        const path = e.code === 'DUPLICATE_KEY' ? duplicates.get(e.pos[0]) : undefined;
        const message = e.message.split('\n')[0] ?? e.message;
        return {
          code: e.code,
          message: path ? `${message}: ${path.join('.')}` : message,
          line: pos.line,
          column: pos.col,
          ...(path ? { path } : {}),
        };
      }),
    };
  }
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'number' && node.type === 'PLAIN' && node.source !== undefined) {
        if (!CANONICAL_INTEGER.test(node.source)) node.value = node.source;
      }
    },
  });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // Unresolved aliases and alias bombs surface only while building the data.
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [{ code: 'BAD_ALIAS', message, line: 1, column: 1 }] };
  }
  return {
    ok: true,
    data,
    // The node at the path, or its nearest ancestor in the file: a default the schema
    // filled in has no line of its own, but the block it belongs to does.
    locate(path) {
      let node: unknown = doc.contents;
      let found: Node | undefined = isNode(node) ? node : undefined;
      for (const key of path) {
        if (!isCollection(node)) break;
        const next: unknown = node.get(key, true);
        if (!isNode(next)) break;
        node = next;
        found = next;
      }
      const offset = found?.range?.[0];
      if (offset === undefined) return undefined;
      const pos = lineCounter.linePos(offset);
      return { line: pos.line, column: pos.col };
    },
  };
}

/** The first node nested deeper than `MAX_NESTING`, with its path; walked without recursion. */
function deepest(root: unknown): { offset: number; path: Path } | undefined {
  const stack: { node: unknown; path: Path }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (path.length >= MAX_NESTING) return { offset: node.range?.[0] ?? 0, path };
    for (const [i, item] of (node.items as unknown[]).entries()) {
      if (isPair(item)) {
        const key = isScalar(item.key) ? String(item.key.value) : String(i);
        stack.push({ node: item.value, path: [...path, key] });
      } else {
        stack.push({ node: item, path: [...path, i] });
      }
    }
  }
  return undefined;
}

/**
 * The keys written twice in a document's mappings, by the offset the parser reports them at
 * (the second key's), with their data paths: "sections.0.title" says more than a line alone.
 */
function duplicateKeys(root: unknown): Map<number, Path> {
  const out = new Map<number, Path>();
  const stack: { node: unknown; path: Path }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (!isCollection(node)) continue;
    const seen = new Set<string>();
    for (const [i, item] of (node.items as unknown[]).entries()) {
      if (isMap(node) && isPair(item)) {
        const key = isScalar(item.key) ? String(item.key.value) : String(i);
        const offset = isNode(item.key) ? item.key.range?.[0] : undefined;
        if (seen.has(key) && offset !== undefined) out.set(offset, [...path, key]);
        seen.add(key);
        stack.push({ node: item.value, path: [...path, key] });
      } else {
        stack.push({ node: item, path: [...path, i] });
      }
    }
  }
  return out;
}

/**
 * An upper bound, good enough to refuse absurd text before parsing it: the deepest run of
 * unclosed "[" and "{" outside quotes and comments, or the widest indentation.
 */
function roughNesting(text: string): number {
  let depth = 0;
  let most = 0;
  let quote = '';
  let indent = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      indent = 0;
      if (quote === "'" || quote === '"') continue;
      quote = '';
      continue;
    }
    if (lineStart) {
      if (c === 32) {
        indent++;
        if (indent > most) most = indent;
        continue;
      }
      lineStart = false;
    }
    if (quote === '#') continue;
    if (quote !== '') {
      if (c === 92 && quote === '"') i++;
      else if (text.charAt(i) === quote) quote = '';
      continue;
    }
    if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === 32)) quote = '#';
    else if ((c === 34 || c === 39) && opensScalar(text, i)) quote = text.charAt(i);
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > most) most = depth;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return most;
}

/**
 * Whether a quote at `i` opens a quoted scalar, as YAML reads it: first on its line or after
 * ": ", "- ", "[", "{" or ","; an apostrophe inside plain words ("don't") is only a letter.
 */
function opensScalar(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && text.charCodeAt(j) === 32) j--;
  if (j < 0 || text.charCodeAt(j) === 10) return true;
  const before = text.charAt(j);
  return (
    before === '[' || before === '{' || before === ',' || ((before === ':' || before === '-') && j < i - 1)
  );
}
