import type * as z from 'zod';
import type { Path } from '../shared/types.js';

/** Codes of input problems: the data cannot be read as a supervision. */
export type InputIssueCode =
  | 'required'
  | 'type'
  | 'value'
  | 'format'
  | 'too-small'
  | 'too-big'
  | 'unknown-keys'
  | 'number.unreadable'
  | 'number.not-integer'
  | 'number.negative'
  | 'number.too-large'
  | 'number.too-precise'
  | 'date.unreadable'
  | 'date.out-of-range'
  | 'too-deep'
  | 'pack.expression'
  | 'pack.reference'
  | 'pack.builtin-code'
  | 'pack.namespace'
  | 'pack.duplicate-code'
  | 'pack.unknown-rule'
  | 'followup.duplicate'
  | 'followup.no-recommendation'
  | 'followup.no-part'
  | 'invalid';

/** One problem with the input: where, what was expected, what was found. */
export interface InputIssue {
  code: InputIssueCode;
  path: Path;
  /** What the field takes, in plain words of the schema ("string", "one of xa | huyen | tinh"). */
  expected?: string | undefined;
  /** A short rendering of what was found there. */
  received?: string | undefined;
  params: Record<string, string | number | boolean>;
}

/** Reads the value at a path of the original input, to show what the user wrote. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** A short, safe rendering of a received value. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (Array.isArray(value)) return 'array';
  return 'object';
}

const toPath = (path: readonly PropertyKey[]): Path =>
  path.map((k) => (typeof k === 'number' ? k : String(k)));

/**
 * Turns zod's issues into ours, reading the received values from the original input. Adapters
 * use it for their own request schemas so every input problem is worded by the core.
 *
 * @example
 * fromZodIssues(schema.safeParse(body).error!.issues, body)[0]?.code // 'required'
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], input: unknown): InputIssue[] {
  return issues.flatMap((issue) => {
    const inner = unionBranchIssues(issue);
    return inner ? fromZodIssues(inner, input) : [fromZodIssue(issue, input)];
  });
}

/**
 * When a value has the type of exactly one branch of a union (an object where a citation may be
 * a string or an object), the problems are that branch's: report them, with their own paths,
 * rather than "expected string".
 */
function unionBranchIssues(issue: z.core.$ZodIssue): z.core.$ZodIssue[] | undefined {
  if (issue.code !== 'invalid_union' || ('discriminator' in issue && issue.discriminator)) return undefined;
  const typed = issue.errors.filter(
    (branch) => !branch.some((b) => b.code === 'invalid_type' && b.path.length === 0),
  );
  const only = typed.length === 1 ? typed[0] : undefined;
  return only?.map((b) => ({ ...b, path: [...issue.path, ...b.path] }) as z.core.$ZodIssue);
}

function fromZodIssue(issue: z.core.$ZodIssue, input: unknown): InputIssue {
  const path = toPath(issue.path);
  const value = valueAt(input, issue.path);
  const received = describeValue(value);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? { code: 'required', path, expected: issue.expected, params: {} }
        : { code: 'type', path, expected: issue.expected, received, params: {} };
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        const options = (issue as { options?: unknown[] }).options ?? [];
        return { code: 'value', path, expected: options.map(String).join(' | '), received, params: {} };
      }
      const expected = issue.errors
        .map((branch) => branch[0])
        .filter((b) => b?.code === 'invalid_type')
        .map((b) => (b as { expected: string }).expected)
        .join(' | ');
      if (value === undefined) return { code: 'required', path, expected, params: {} };
      return { code: 'type', path, expected: expected || undefined, received, params: {} };
    }
    case 'invalid_value':
      return { code: 'value', path, expected: issue.values.map(String).join(' | '), received, params: {} };
    case 'invalid_format':
      return {
        code: 'format',
        path,
        expected: issue.format === 'regex' && 'pattern' in issue ? String(issue.pattern) : issue.format,
        received,
        params: {},
      };
    case 'too_small':
      return {
        code: 'too-small',
        path,
        expected: `${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}`,
        received,
        params: { origin: issue.origin, minimum: Number(issue.minimum) },
      };
    case 'too_big':
      return {
        code: 'too-big',
        path,
        expected: `${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}`,
        received,
        params: { origin: issue.origin, maximum: Number(issue.maximum) },
      };
    case 'unrecognized_keys':
      return {
        code: 'unknown-keys',
        path,
        received: issue.keys.join(', '),
        params: { keys: issue.keys.join(', ') },
      };
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, string | number | boolean>;
      const code = params.diemmac as InputIssueCode | undefined;
      const { diemmac: _, ...rest } = params;
      return { code: code ?? 'invalid', path, received, params: rest };
    }
    default:
      return { code: 'invalid', path, received, params: {} };
  }
}
