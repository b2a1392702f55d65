/**
 * A value made at its first use instead of at import, then kept. For what only some texts or
 * commands need: a pattern with the full Unicode classes (\p{L}: hundreds of ranges) costs V8 a
 * fraction of a millisecond to read when it is created, even if no text ever asks it, and a
 * command checking one file of Vietnamese text never does.
 *
 * @example
 * const ANY_MARK = once(() => /\p{M}/u);
 * ANY_MARK().test('a\u0301') // true, the pattern made now
 */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
