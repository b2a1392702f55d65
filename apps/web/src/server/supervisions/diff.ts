import type { Path } from '@diemmac/core';

/** One changed field: its path in the document, and the values before and after. */
export interface Change {
  path: Path;
  before?: unknown;
  after?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The field-level changes between two documents, for the audit trail. Arrays are compared
 * by position; a value added or removed is one change carrying the whole value.
 *
 * @example
 * diffDocuments({ a: { b: 1 } }, { a: { b: 2 } }) // [{ path: ['a', 'b'], before: 1, after: 2 }]
 */
export function diffDocuments(
  before: unknown,
  after: unknown,
  limit = 200,
): { changes: Change[]; more: number } {
  const changes: Change[] = [];
  let more = 0;
  const push = (c: Change) => {
    if (changes.length < limit) changes.push(c);
    else more++;
  };
  const walk = (a: unknown, b: unknown, path: Path) => {
    if (Object.is(a, b)) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (i >= a.length) push({ path: [...path, i], after: b[i] });
        else if (i >= b.length) push({ path: [...path, i], before: a[i] });
        else walk(a[i], b[i], [...path, i]);
      }
      return;
    }
    if (isObject(a) && isObject(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (!(key in b)) push({ path: [...path, key], before: a[key] });
        else if (!(key in a)) push({ path: [...path, key], after: b[key] });
        else walk(a[key], b[key], [...path, key]);
      }
      return;
    }
    push({ path, before: a, after: b });
  };
  walk(before, after, []);
  return { changes, more };
}
