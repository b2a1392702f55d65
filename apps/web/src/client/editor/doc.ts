import type { Path } from '@diemmac/core';

/** The input document as the editor holds it: plain JSON, written forms kept. */
export type Doc = Record<string, unknown>;

/** A stable key for a path: "sections.1.figures.0.resolved.total". */
export const pathKey = (path: readonly (string | number)[]): string => path.join('.');

/**
 * The value at a path, or undefined when any step is missing.
 *
 * @example
 * getIn({ a: [{ b: 1 }] }, ['a', 0, 'b']) // 1
 */
export function getIn(doc: unknown, path: readonly (string | number)[]): unknown {
  let node = doc;
  for (const k of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[k];
  }
  return node;
}

const isEmptyObject = (v: unknown) =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0;

/**
 * A copy of the document with one value set (created along the way) or, for undefined,
 * removed; objects left empty by a removal are removed too, so a cleared optional group
 * disappears instead of becoming an invalid `{}`.
 *
 * @example
 * setIn({ a: { b: 1 } }, ['a', 'b'], undefined) // {}
 */
export function setIn<T>(doc: T, path: readonly (string | number)[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const node = (doc ?? (typeof head === 'number' ? [] : {})) as Record<string | number, unknown> | unknown[];
  const copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<string | number, unknown>;
  const next = rest.length === 0 ? value : setIn(copy[head], rest, value);
  if (next === undefined || (rest.length > 0 && isEmptyObject(next) && !isEmptyObject(copy[head]))) {
    if (Array.isArray(copy)) (copy as unknown[]).splice(head as number, 1);
    else delete copy[head];
  } else {
    copy[head] = next;
  }
  return copy as T;
}

/** Inserts into the array at `path` (created if missing). */
export function pushIn<T>(doc: T, path: readonly (string | number)[], item: unknown): T {
  const list = getIn(doc, path);
  return setIn(doc, path, [...(Array.isArray(list) ? list : []), item]);
}

/** Removes item `index` of the array at `path`. */
export function removeIn<T>(doc: T, path: readonly (string | number)[], index: number): T {
  const list = getIn(doc, path);
  if (!Array.isArray(list)) return doc;
  return setIn(
    doc,
    path,
    list.filter((_, i) => i !== index),
  );
}

/** Whether `prefix` is the start of (or equal to) `path`. */
export function startsWith(path: Path, prefix: readonly (string | number)[]): boolean {
  return prefix.length <= path.length && prefix.every((k, i) => path[i] === k);
}

/**
 * Moves item `index` of the array at `path` by `delta` places (−1 up, +1 down); a move past
 * either end changes nothing.
 *
 * @example
 * moveIn({ a: [1, 2, 3] }, ['a'], 2, -1) // { a: [1, 3, 2] }
 */
export function moveIn<T>(doc: T, path: readonly (string | number)[], index: number, delta: number): T {
  const list = getIn(doc, path);
  const to = index + delta;
  if (!Array.isArray(list) || to < 0 || to >= list.length || index < 0 || index >= list.length) return doc;
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(to, 0, item);
  return setIn(doc, path, copy);
}
