/**
 * Results remembered while one document is read: the reader folds, masks and cites the same
 * paragraph many times. The memo lives only for one synchronous `withMemo` call, so nothing
 * is kept between documents and every reading starts cold.
 */
interface Memo {
  fold: Map<string, string>;
  mask: Map<string, string>;
  spans: Map<string, unknown>;
}

let current: Memo | undefined;

/** Runs `work` with a fresh memo; the memo is gone when it returns. */
export function withMemo<T>(work: () => T): T {
  const outer = current;
  current = { fold: new Map(), mask: new Map(), spans: new Map() };
  try {
    return work();
  } finally {
    current = outer;
  }
}

/** `compute(key)`, remembered in the current memo's table when there is one. */
export function remember<T>(table: keyof Memo, key: string, compute: (key: string) => T): T {
  const map = current?.[table] as Map<string, T> | undefined;
  if (!map) return compute(key);
  const known = map.get(key);
  if (known !== undefined) return known;
  const value = compute(key);
  map.set(key, value);
  return value;
}
