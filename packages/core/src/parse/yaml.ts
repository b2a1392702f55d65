import { isCollection, isNode, LineCounter, type Node, parseDocument, visit } from 'yaml';
import type { Path } from '../shared/types.js';

/** Where a value stands in the text: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A YAML (or JSON) syntax error, with where it is. */
export interface SyntaxIssue extends Position {
  code: string;
  message: string;
}

export type TextResult =
  | { ok: true; data: unknown; locate(path: Path): Position | undefined }
  | { ok: false; errors: SyntaxIssue[] };

// YAML reads "1.248" as the float 1.248 and "08" as 8, but a Vietnamese clerk wrote one
// thousand two hundred and forty-eight, and "08" with its zero. Every plain number whose
// text is not a canonical integer is therefore kept as the text the author typed, and
// read later by the figure's own schema, which knows whether it is a count or a score.
const CANONICAL_INTEGER = /^-?(0|[1-9]\d{0,14})$/;

/**
 * Reads YAML or JSON text as data, keeping numbers as written, and says where each value
 * stands. Pure: text in, data out; never throws on user text.
 *
 * @example
 * const r = readText('resolved: 2.170\nrate: 92,87');
 * r.ok && r.data // { resolved: '2.170', rate: '92,87' }
 */
export function readText(input: string): TextResult {
  // A byte-order mark is not content; a file saved on macOS may spell "ế" as e plus two
  // combining marks, and names must compare equal, so everything is read as NFC.
  const text = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).normalize('NFC');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return {
          code: e.code,
          message: e.message.split('\n')[0] ?? e.message,
          line: pos.line,
          column: pos.col,
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
