/**
 * Letters, marks and words at the start of a text, read character by character. Patterns such as
 * /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+){5}/u cost V8 milliseconds to compile (each repetition copies a
 * class of hundreds of ranges), which a command checking one file pays before its first finding;
 * here one class is compiled once and each code point is asked about once.
 */
import { COMMON_LETTERS, COMMON_NUMBERS, COMMON_RANGES, isCommon, isCommonText } from './common-text.js';
import { once } from './once.js';

// The full Unicode classes, asked only of code points outside the common ranges: made at their
// first use (once.ts), as reading each costs V8 a fraction of a millisecond.
const LETTER_OR_MARK = once(() => /^[\p{L}\p{M}]$/u);
const NUMBER = once(() => /^\p{N}$/u);
const letterOrMark = new Map<number, boolean>();
const number = new Map<number, boolean>();
// Vietnamese text meets a few hundred code points; a text of every code point is not let grow the memo.
const MEMO_LIMIT = 4096;

// The same classes within the common ranges (see common-text.ts).
const COMMON_LETTER_OR_MARK = new RegExp(`^[${COMMON_LETTERS}]$`);
const COMMON_NUMBER = new RegExp(`^[${COMMON_NUMBERS}]$`);

function asked(memo: Map<number, boolean>, pattern: RegExp, cp: number): boolean {
  let known = memo.get(cp);
  if (known === undefined) {
    known = pattern.test(String.fromCodePoint(cp));
    if (memo.size < MEMO_LIMIT) memo.set(cp, known);
  }
  return known;
}

/** Whether the code point is a letter or a combining mark (\p{L} or \p{M}). */
export function isLetterOrMark(cp: number): boolean {
  if (cp < 0x80) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return asked(letterOrMark, isCommon(cp) ? COMMON_LETTER_OR_MARK : LETTER_OR_MARK(), cp);
}

const UPPER_LETTER = once(() => /^\p{Lu}$/u);
const upperLetter = new Map<number, boolean>();

/**
 * Whether the code point is an upper-case letter (\p{Lu}). In the common ranges that is a letter
 * that lower case changes and upper case keeps (the test beside this file asks each one).
 */
export function isUpperLetter(cp: number): boolean {
  if (cp < 0x80) return cp >= 65 && cp <= 90;
  if (isCommon(cp)) {
    const ch = String.fromCharCode(cp);
    return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
  }
  return asked(upperLetter, UPPER_LETTER(), cp);
}

/**
 * How long a run of capitalised words is at `at`: the same as
 * /^(?: [\p{Lu}][\p{L}\p{M}]*)+/u on the text from there, 0 where that finds none.
 *
 * @example
 * capitalWordsAt('UBND huyện Định Hoá về', 10) // 9 (" Định Hoá")
 */
export function capitalWordsAt(text: string, at: number): number {
  let i = at;
  let end = at;
  while (text.charCodeAt(i) === 32) {
    const first = text.codePointAt(i + 1);
    if (first === undefined || !isUpperLetter(first)) break;
    i += first > 0xffff ? 3 : 2;
    for (let cp = text.codePointAt(i); cp !== undefined && isLetterOrMark(cp); cp = text.codePointAt(i)) {
      i += cp > 0xffff ? 2 : 1;
    }
    end = i;
  }
  return end - at;
}

/** Whether the code point is a letter, a mark or a number (\p{L}, \p{M} or \p{N}). */
export function isWordCharacter(cp: number): boolean {
  if (cp < 0x80) return isLetterOrMark(cp) || (cp >= 48 && cp <= 57);
  return isLetterOrMark(cp) || asked(number, isCommon(cp) ? COMMON_NUMBER : NUMBER(), cp);
}

/**
 * Where each of the first words of `text` ends: words of letters and marks, separated by single
 * spaces, at most `max` of them; the same as /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+){0,max-1}/u.
 *
 * @example
 * wordEnds('Kế hoạch số 10', 6) // [2, 8, 11]
 */
export function wordEnds(text: string, max: number): number[] {
  const ends: number[] = [];
  let k = 0;
  while (ends.length < max) {
    if (ends.length > 0) {
      // A word follows only a single space and starts with a letter.
      if (text.charCodeAt(k) !== 32) break;
      const next = text.codePointAt(k + 1);
      if (next === undefined || !isLetterOrMark(next)) break;
      k++;
    }
    const start = k;
    while (k < text.length) {
      const cp = text.codePointAt(k)!;
      if (!isLetterOrMark(cp)) break;
      k += cp > 0xffff ? 2 : 1;
    }
    if (k === start) break;
    ends.push(k);
  }
  return ends;
}

/**
 * The first `count` words of `text` when they are followed by no letter, mark or number: the same
 * as /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+){count-1}(?![\p{L}\p{M}\p{N}])/u.
 *
 * @example
 * leadingWords('Kế hoạch số 10', 2) // { text: 'Kế hoạch', end: 8 }
 */
export function leadingWords(text: string, count: number): { text: string; end: number } | undefined {
  const ends = wordEnds(text, count);
  if (ends.length < count) return undefined;
  const end = ends[count - 1]!;
  const after = text.codePointAt(end);
  if (after !== undefined && isWordCharacter(after)) return undefined;
  return { text: text.slice(0, end), end };
}

/** [\p{L}\p{M}\p{N}]+ within the common ranges. */
const COMMON_WORD = new RegExp(`[${COMMON_LETTERS}${COMMON_NUMBERS}]+`, 'g');
const ANY_WORD = once(() => /[\p{L}\p{M}\p{N}]+/gu);
const ANY_MARK = once(() => /\p{M}/u);

/**
 * The combining diacritical marks, U+0300–U+036F, every one of them \p{M}: the tones and hats of
 * decomposed Vietnamese, which the spelling keys (names/normalize.ts) are written in. A text of the
 * common ranges and these marks is read with small classes too.
 */
const COMBINING = '\\u0300-\\u036f';
/** A character beyond the common ranges that is not a combining diacritical mark. */
const NOT_COMMON_NOR_COMBINING = new RegExp(`[^${COMMON_RANGES}${COMBINING}]`);
/** [\p{L}\p{M}\p{N}]+ within the common ranges and the combining diacritical marks. */
const MARKED_WORD = new RegExp(`[${COMMON_LETTERS}${COMMON_NUMBERS}${COMBINING}]+`, 'g');

/** Whether every character of a text is in the common ranges or a combining diacritical mark. */
const isMarkedCommonText = (text: string): boolean => !NOT_COMMON_NOR_COMBINING.test(text);

/** Whether the unit at `i` is a letter or a mark (false past either end). */
export function letterAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isLetterOrMark(text.charCodeAt(i));
}

/**
 * Whether a text has a combining mark (\p{M}); none of the common ranges is one, so a text of them
 * and the combining diacritical marks that is not all common has one.
 */
export function hasMark(text: string): boolean {
  if (isCommonText(text)) return false;
  return isMarkedCommonText(text) || ANY_MARK().test(text);
}

/** The runs of letters, marks and numbers of a text: `text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []`. */
export function wordRuns(text: string): string[] {
  if (isCommonText(text)) return text.match(COMMON_WORD) ?? [];
  return text.match(isMarkedCommonText(text) ? MARKED_WORD : ANY_WORD()) ?? [];
}
