import { Supervision } from '../supervision/schema.js';
import { fromZodIssues, type InputIssue } from './issues.js';

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
  const r = Supervision.safeParse(data);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: fromZodIssues(r.error.issues, data) };
}

/** Thrown by `parseSupervisionUnsafe`: carries every issue. */
export class SupervisionInputError extends Error {
  override readonly name = 'SupervisionInputError';
  constructor(readonly issues: InputIssue[]) {
    super(`Invalid supervision: ${issues.length} issue(s); first at ${issues[0]?.path.join('.') || '(root)'}`);
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
