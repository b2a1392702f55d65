/**
 * The common ranges of Vietnamese text: Latin to U+02FF, Latin Extended Additional and general
 * punctuation. V8 compiles and runs the full Unicode classes (\p{L}: hundreds of ranges) slowly,
 * milliseconds the first time and some 20 ns a character after; within these ranges the same
 * classes are a few ranges, and \p{M} none. A text with nothing outside them is read with the
 * small classes below, any other with the full ones. Tests beside the users of these classes ask
 * every code point of the ranges.
 */

/** The common ranges, first and last code point of each: what every form below is made from. */
const RANGES = [
  [0, 0x2ff],
  [0x1e00, 0x1eff],
  [0x2000, 0x20cf],
] as const;

/** Whether a code point is in the common ranges (RANGES, compared in place: it is asked per character). */
export const isCommon = (cp: number): boolean =>
  cp < 0x300 || (cp >= 0x1e00 && cp < 0x1f00) || (cp >= 0x2000 && cp < 0x20d0);

/**
 * Every character of the common ranges, one UTF-16 unit each: what the tests beside the small
 * classes ask, each against the full Unicode class.
 */
export function* commonCharacters(): Generator<string> {
  for (const [from, to] of RANGES) {
    for (let code = from; code <= to; code++) yield String.fromCharCode(code);
  }
}

const unit = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/** The body of a character class: the common ranges. */
export const COMMON_RANGES = RANGES.map(([from, to]) => `${unit(from)}-${unit(to)}`).join('');

const UNCOMMON = new RegExp(`[^${COMMON_RANGES}]`);

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
