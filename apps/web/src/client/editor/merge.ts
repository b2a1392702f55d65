import { getIn, pathKey, setIn } from './doc.js';

interface Leaf {
  path: (string | number)[];
  value: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The leaves where `after` differs from `before` (arrays of different length count as one change). */
function changes(before: unknown, after: unknown, path: (string | number)[] = [], out: Leaf[] = []): Leaf[] {
  if (Object.is(before, after)) return out;
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    for (const [i, v] of after.entries()) changes(before[i], v, [...path, i], out);
  } else if (isObject(before) && isObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      changes(before[key], after[key], [...path, key], out);
    }
  } else if (JSON.stringify(before) !== JSON.stringify(after)) {
    out.push({ path, value: after });
  }
  return out;
}

/**
 * Three-way merge after a conflict: my changes (base → mine) applied onto the version that
 * won, except where the other person changed the same field; those are returned as clashes
 * and keep the other person's value.
 *
 * @example
 * merge(base, mine, theirs) // { merged, applied: 3, clashes: ['sections.1.title'] }
 */
export function merge<T>(base: T, mine: T, theirs: T): { merged: T; applied: number; clashes: string[] } {
  let merged = theirs;
  let applied = 0;
  const clashes: string[] = [];
  for (const change of changes(base, mine)) {
    const original = JSON.stringify(getIn(base, change.path));
    const current = JSON.stringify(getIn(theirs, change.path));
    if (original === current) {
      merged = setIn(merged, change.path, change.value);
      applied++;
    } else if (current !== JSON.stringify(change.value)) {
      clashes.push(pathKey(change.path));
    }
  }
  return { merged, applied, clashes };
}
