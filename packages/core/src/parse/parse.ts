import type { Path } from '../shared/types.js';
import { Supervision } from '../supervision/schema.js';
import { compileParser, FAIL, type Fast } from './fast-parse.js';
import { fromZodIssues, type InputIssue } from './issues.js';
import { MAX_NESTING, type Position, readText, type SyntaxIssue } from './yaml.js';

let fast: Fast | undefined;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

/**
 * Validates data read from YAML, JSON or a form. Never throws on user data: returns the
 * model, or every issue with its path, what was expected and what was found.
 *
 * @example
 * const r = parseSupervision(YAML.parse(text));
 * if (!r.ok) console.log(r.issues.map((i) => formatIssue(i, 'vi')));
 */
export function parseSupervision(data: unknown): ParseResult<Supervision> {
  // Valid data takes the compiled path, which also gives up on data nested deeper than
  // `readText`'s limit (data from JSON.parse or a form has not been through it): for valid data,
  // one walk instead of two.
  fast ??= compileParser(Supervision, { maxDepth: MAX_NESTING });
  const value = fast(data);
  if (value !== FAIL) return { ok: true, value: value as Supervision };
  // Anything it doubts: too deep, measured before anything recursive runs on it; else zod reads
  // it again to name every issue.
  const deep = deeperThan(data, MAX_NESTING);
  if (deep) {
    return {
      ok: false,
      issues: [
        { code: 'too-deep', path: deep, expected: `≤ ${MAX_NESTING}`, params: { limit: MAX_NESTING } },
      ],
    };
  }
  const r = Supervision.safeParse(data);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: fromZodIssues(r.error.issues, data) };
}

/** Thrown by `parseSupervisionUnsafe`: carries every issue. */
export class SupervisionInputError extends Error {
  override readonly name = 'SupervisionInputError';
  constructor(readonly issues: InputIssue[]) {
    super(
      `Invalid supervision: ${issues.length} issue(s); first at ${issues[0]?.path.join('.') || '(root)'}`,
    );
  }
}

/**
 * Like `parseSupervision`, but throws one `SupervisionInputError` on bad data.
 *
 * @example
 * const model = parseSupervisionUnsafe(data); // throws SupervisionInputError
 */
export function parseSupervisionUnsafe(data: unknown): Supervision {
  const r = parseSupervision(data);
  if (!r.ok) throw new SupervisionInputError(r.issues);
  return r.value;
}

/** The result of reading a supervision file's text: syntax, then schema. */
export type TextParseResult =
  | { ok: true; value: Supervision; data: unknown; locate: (path: Path) => Position | undefined }
  | { ok: false; stage: 'syntax'; errors: SyntaxIssue[] }
  | { ok: false; stage: 'schema'; issues: InputIssue[]; locate: (path: Path) => Position | undefined };

/**
 * Reads a YAML or JSON file's text into the model, keeping numbers as written and
 * knowing the line of every value (for `file:line` in findings and issues).
 *
 * @example
 * const r = parseSupervisionText(text);
 * if (r.ok) checkSupervision(r.value, { now }).map((f) => r.locate(f.paths[0]!));
 */
export function parseSupervisionText(text: string): TextParseResult {
  const read = readText(text);
  if (!read.ok) return { ok: false, stage: 'syntax', errors: read.errors };
  const parsed = parseSupervision(read.data);
  if (!parsed.ok) return { ok: false, stage: 'schema', issues: parsed.issues, locate: read.locate };
  return { ok: true, value: parsed.value, data: read.data, locate: read.locate };
}

/**
 * The path of the first value nested deeper than `limit` levels. Recursive, but never more than
 * `limit` calls deep: it stops there. One path, copied only when the limit is passed.
 */
function deeperThan(data: unknown, limit: number): Path | undefined {
  const path: Path = [];
  const walk = (node: unknown): boolean => {
    if (node === null || typeof node !== 'object') return false;
    if (path.length >= limit) return true;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        if (walk(node[i])) return true;
        path.pop();
      }
      return false;
    }
    for (const key in node) {
      path.push(key);
      if (walk((node as Record<string, unknown>)[key])) return true;
      path.pop();
    }
    return false;
  };
  return walk(data) ? [...path] : undefined;
}
