import { spellingKey, words } from '../names/normalize.js';
import { COMMON_NUMBERS, COMMON_RANGES, isCommonText } from '../shared/common-text.js';
import { once } from '../shared/once.js';

// Vietnamese words are mostly two syllables ("thi hành", "pháp luật"), so a subject is compared
// by its pairs of neighbouring syllables. Years and other numbers, and the filler "về việc", say
// nothing about what a document is about and are left out.
const FILLER = new Set(['về', 'việc'].map(spellingKey));
const NUMBER = once(() => /^\p{N}+$/u);
/** A character of the common ranges (see shared/common-text.ts) that is not a number. */
const COMMON_NOT_NUMBER = new RegExp(`(?![${COMMON_NUMBERS}])[${COMMON_RANGES}]`);

/**
 * Whether a word is all digits or other numbers: /^\p{N}+$/u.test(word). A word with a character
 * of the common ranges that is not a number is not (the spelling keys of Vietnamese words carry
 * combining marks, beyond those ranges); only a word of numbers and other characters asks the
 * full class.
 */
export function isNumberWord(word: string): boolean {
  if (word === '' || COMMON_NOT_NUMBER.test(word)) return false;
  return isCommonText(word) || NUMBER().test(word);
}

/**
 * The syllable pairs of a subject: "theo dõi thi hành pháp luật năm 2024" gives
 * {"theo dõi", "dõi thi", "thi hành", "hành pháp", "pháp luật"}.
 *
 * @example
 * [...subjectPairs('theo dõi thi hành pháp luật năm 2024')].length // 5
 */
export function subjectPairs(subject: string): Set<string> {
  const kept = subjectWords(subject);
  const pairs = new Set<string>();
  for (let i = 1; i < kept.length; i++) pairs.add(`${kept[i - 1]} ${kept[i]}`);
  // A one-word subject is its own pair, so that it can still match itself.
  if (kept.length === 1) pairs.add(kept[0]!);
  return pairs;
}

/** The words of a subject its pairs are made of: numbers and the filler left out. */
function subjectWords(subject: string): string[] {
  return words(subject).filter((w) => !isNumberWord(w) && !FILLER.has(w));
}

/**
 * A subject's pairs as sorted whole numbers, so that two subjects are compared by one merge of two
 * short lists instead of a set lookup per pair. A pair is coded from the numbers of its two words
 * (see `subjectCodes`), exact in a double: no pair is written out as a string.
 */
export type PairCodes = Float64Array;

/** Word numbers are below this, and a pair is its first word's number × this + its second's. */
const WORD_SPAN = 2 ** 26;
/** The second "word" of a one-word subject, which is its own pair: no word has this number. */
const ALONE = WORD_SPAN - 1;
/** The bound on `numbers.size + subject.length` of `subjectCodes`. */
const MAX_WORDS = ALONE;

/**
 * `subjectPairs` of a subject as `PairCodes`, with each word numbered in `numbers` (handed out as
 * words are met). A `RangeError` when `numbers.size + subject.length` reaches `MAX_WORDS` (some
 * sixty million): the caller starts afresh between checks (`TextReadings.beginCheck`). Two
 * subjects share a code exactly when they share a pair, when both were coded with the same numbers.
 *
 * @example
 * const numbers = new Map<string, number>();
 * subjectCodes('thi hành pháp luật', numbers).length // 3
 */
export function subjectCodes(subject: string, numbers: Map<string, number>): PairCodes {
  const kept = subjectWords(subject);
  // A subject adds at most as many words as it has characters: below MAX_WORDS (ALONE) here, no
  // number handed out below reaches ALONE.
  if (numbers.size + subject.length >= MAX_WORDS) throw new RangeError('too many words to number');
  const numberOf = (word: string): number => {
    let n = numbers.get(word);
    if (n === undefined) {
      n = numbers.size;
      numbers.set(word, n);
    }
    return n;
  };
  if (kept.length === 0) return new Float64Array(0);
  if (kept.length === 1) return Float64Array.of(numberOf(kept[0]!) * WORD_SPAN + ALONE);
  const codes = new Float64Array(kept.length - 1);
  let before = numberOf(kept[0]!);
  for (let i = 1; i < kept.length; i++) {
    const n = numberOf(kept[i]!);
    codes[i - 1] = before * WORD_SPAN + n;
    before = n;
  }
  // Sorted as numbers (a typed array's sort), each pair once, as a set of pairs has it.
  codes.sort();
  let unique = 1;
  for (let i = 1; i < codes.length; i++) if (codes[i] !== codes[unique - 1]) codes[unique++] = codes[i]!;
  return unique === codes.length ? codes : codes.slice(0, unique);
}

/**
 * How many pairs two subjects share; with `need`, the count so far (below `need`) as soon as the
 * pairs left cannot bring it to `need`.
 */
function shared(a: PairCodes, b: PairCodes, need = 0): number {
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (n + Math.min(a.length - i, b.length - j) < need) return n;
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

/**
 * Whether two subjects of one number and date are one document, one of them shortened: at least
 * half of the shorter subject's pairs are found in the other ("… năm 2024 trên địa bàn xã" and
 * "… năm 2024"). Counted in whole numbers: shared / smaller ≥ 1/2.
 *
 * @example
 * oneDocumentSubject(codes('cải cách hành chính năm 2024'), codes('cải cách hành chính')) // true
 */
export function oneDocumentSubject(a: PairCodes, b: PairCodes): boolean {
  const smaller = Math.min(a.length, b.length);
  return smaller > 0 && shared(a, b) * 2 >= smaller;
}

/**
 * Whether two documents of one issuer and year have the same subject: pairs in common over pairs
 * in either (Jaccard) at least 3/5, counted in whole numbers. Two documents on the same subject
 * are alike; two plans that share a phrase are not.
 *
 * @example
 * sameSubjectOf(codes('theo dõi thi hành pháp luật năm 2024'), codes('theo dõi tình hình thi hành pháp luật năm 2024')) // false (1/2)
 */
export function sameSubjectOf(a: PairCodes, b: PairCodes): boolean {
  // Shared ≤ smaller and union ≥ larger: most pairs of subjects are told apart by their sizes.
  const smaller = Math.min(a.length, b.length);
  const larger = Math.max(a.length, b.length);
  if (smaller * 5 < larger * 3) return false;
  // common / (a + b − common) ≥ 3/5 is common × 8 ≥ (a + b) × 3, that is common ≥ need below
  // (the least whole number that many): the merge stops as soon as the pairs left cannot bring
  // it there. Most subjects of one series are unlike, and are told so after a quarter of their
  // pairs (the example's 109 merges took 3,966 steps in full).
  const total = a.length + b.length;
  if (total === 0) return false;
  // ⌈3 × total / 8⌉ in whole numbers.
  const need = (total * 3 + 7) >> 3;
  return shared(a, b, need) >= need;
}
