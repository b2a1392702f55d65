/**
 * The common ranges of Vietnamese text: Latin to U+02FF, Latin Extended Additional and general
 * punctuation. V8 compiles and runs the full Unicode classes (\p{L}: hundreds of ranges) slowly,
 * milliseconds the first time and some 20 ns a character after; within these ranges the same
 * classes are a few ranges, and \p{M} none. A text with nothing outside them is read with the
 * small classes below, any other with the full ones. Tests beside the users of these classes ask
 * every code point of the ranges.
 */

/** Whether a code point is in the common ranges. */
export const isCommon = (cp: number): boolean =>
  cp < 0x300 || (cp >= 0x1e00 && cp < 0x1f00) || (cp >= 0x2000 && cp < 0x20d0);

/**
 * Every character of the common ranges, one UTF-16 unit each (the same ranges as `isCommon`):
 * what the tests beside the small classes ask, each against the full Unicode class.
 */
export function* commonCharacters(): Generator<string> {
  for (const [from, to] of [
    [0, 0x2ff],
    [0x1e00, 0x1eff],
    [0x2000, 0x20cf],
  ] as const) {
    for (let code = from; code <= to; code++) yield String.fromCharCode(code);
  }
}

/** The body of a character class: the common ranges. */
export const COMMON_RANGES = '\\0-\\u02ff\\u1e00-\\u1eff\\u2000-\\u20cf';

const UNCOMMON = /[^\0-\u02ff\u1e00-\u1eff\u2000-\u20cf]/;

/** Whether every character of a text is in the common ranges. */
export function isCommonText(text: string): boolean {
  return !UNCOMMON.test(text);
}

/** The body of a character class: [\p{L}\p{M}] within the common ranges (it holds no mark). */
export const COMMON_LETTERS =
  '\\u0041-\\u005a\\u0061-\\u007a\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u1e00-\\u1eff\\u2071\\u207f\\u2090-\\u209c';

/** The body of a character class: \p{N} within the common ranges. */
export const COMMON_NUMBERS =
  '\\u0030-\\u0039\\u00b2-\\u00b3\\u00b9\\u00bc-\\u00be\\u2070\\u2074-\\u2079\\u2080-\\u2089';
