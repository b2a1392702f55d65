import type { InputIssue, Path } from '@diemmac/core';
import type * as z from 'zod';

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'array' : 'object';
}

function at(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/**
 * Issues of the API's own request schemas (sign-in, users, comments) in the core's issue
 * shape, so the core words them like any other input problem.
 *
 * @example
 * requestIssues(schema.safeParse(body).error.issues, body)[0].code // 'required'
 */
export function requestIssues(issues: readonly z.core.$ZodIssue[], input: unknown): InputIssue[] {
  return issues.map((issue): InputIssue => {
    const path: Path = issue.path.map((k) => (typeof k === 'number' ? k : String(k)));
    const value = at(input, issue.path);
    const received = describe(value);
    switch (issue.code) {
      case 'invalid_type':
        return value === undefined
          ? { code: 'required', path, expected: issue.expected, params: {} }
          : { code: 'type', path, expected: issue.expected, received, params: {} };
      case 'invalid_value':
        return { code: 'value', path, expected: issue.values.map(String).join(' | '), received, params: {} };
      case 'invalid_format':
        return { code: 'format', path, expected: issue.format, received, params: {} };
      case 'too_small':
        return {
          code: 'too-small',
          path,
          expected: `≥ ${String(issue.minimum)}`,
          received,
          params: { origin: issue.origin, minimum: Number(issue.minimum) },
        };
      case 'too_big':
        return {
          code: 'too-big',
          path,
          expected: `≤ ${String(issue.maximum)}`,
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
      default:
        return { code: 'invalid', path, received, params: {} };
    }
  });
}
