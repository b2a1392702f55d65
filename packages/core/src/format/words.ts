import { toExactInteger } from './integer.js';

/**
 * Options of {@link amountInWords}.
 *
 * @example
 * const options: AmountInWordsOptions = { currency: true, even: true, four: 'bốn', zeroTens: 'lẻ' };
 */
export interface AmountInWordsOptions {
  /** Append "đồng" (default true). */
  readonly currency?: boolean;
  /** Append "chẵn", as receipts write a round amount (default false). */
  readonly even?: boolean;
  /** How a final 4 after "mươi" is read: "hai mươi tư" (default) or "hai mươi bốn". */
  readonly four?: 'tư' | 'bốn';
  /** The word for a zero tens digit after the hundreds: "linh" (default) or "lẻ". */
  readonly zeroTens?: 'linh' | 'lẻ';
}

interface Style {
  readonly four: 'tư' | 'bốn';
  readonly zeroTens: 'linh' | 'lẻ';
}

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

function digit(d: number): string {
  const word = DIGITS[d];
  if (word === undefined) throw new RangeError(`not a digit: ${d}`);
  return word;
}

/**
 * Reads one group of three digits. `full` says a higher group was read before it, so the
 * hundreds are said even when zero ("một nghìn không trăm linh một").
 */
function readGroup(group: string, full: boolean, style: Style): string[] {
  const [h, t, u] = [...group].map(Number) as [number, number, number];
  const words: string[] = [];
  const saysHundreds = full || h > 0;
  if (saysHundreds) words.push(digit(h), 'trăm');
  if (t === 0) {
    // "linh"/"lẻ" holds the place of a zero tens digit; the unit keeps its plain form.
    if (u > 0 && saysHundreds) words.push(style.zeroTens);
    if (u > 0) words.push(digit(u));
  } else if (t === 1) {
    // mười (10–19): "mười một" not "mười mốt", "mười lăm" not "mười năm".
    words.push('mười');
    if (u === 5) words.push('lăm');
    else if (u > 0) words.push(digit(u));
  } else {
    // mươi (20–90): "hai mươi mốt", "hai mươi tư" (or "bốn"), "hai mươi lăm".
    words.push(digit(t), 'mươi');
    if (u === 1) words.push('mốt');
    else if (u === 4) words.push(style.four);
    else if (u === 5) words.push('lăm');
    else if (u > 0) words.push(digit(u));
  }
  return words;
}

/** Reads up to nine digits as triệu, nghìn and units, skipping groups that are all zero. */
function readBelowBillion(digits: string, full: boolean, style: Style): string[] {
  const padded = digits.padStart(9, '0');
  const groups: ReadonlyArray<readonly [string, string | null]> = [
    [padded.slice(0, 3), 'triệu'],
    [padded.slice(3, 6), 'nghìn'],
    [padded.slice(6, 9), null],
  ];
  const words: string[] = [];
  let said = full;
  for (const [group, scale] of groups) {
    if (group === '000') continue;
    words.push(...readGroup(group, said, style));
    if (scale !== null) words.push(scale);
    said = true;
  }
  return words;
}

/**
 * Reads a positive integer without leading zeros. Above nine digits the part before the
 * last nine is read on its own and followed by "tỷ", which gives "nghìn tỷ", "triệu tỷ",
 * "tỷ tỷ" for the larger scales.
 */
function readDigits(digits: string, full: boolean, style: Style): string[] {
  if (digits.length <= 9) return readBelowBillion(digits, full, style);
  const high = digits.slice(0, -9);
  const low = digits.slice(-9);
  return [...readDigits(high, full, style), 'tỷ', ...readBelowBillion(low, true, style)];
}

/**
 * Writes an integer amount in Vietnamese words, first letter capitalised, followed by
 * "đồng" (and "chẵn" on request), as the "bằng chữ" line of a notice or a receipt.
 * Negative amounts start with "Âm". Numbers must be safe integers; pass a bigint or a
 * string for larger amounts. Leading zeros in a string are ignored.
 *
 * @example
 * amountInWords(1050000); // 'Một triệu không trăm năm mươi nghìn đồng'
 */
export function amountInWords(n: bigint | number | string, options?: AmountInWordsOptions): string {
  const value = toExactInteger(n, 'amountInWords');
  const style: Style = { four: options?.four ?? 'tư', zeroTens: options?.zeroTens ?? 'linh' };
  if (style.four !== 'tư' && style.four !== 'bốn') {
    throw new RangeError(`amountInWords: four must be 'tư' or 'bốn', got ${String(style.four)}`);
  }
  if (style.zeroTens !== 'linh' && style.zeroTens !== 'lẻ') {
    throw new RangeError(`amountInWords: zeroTens must be 'linh' or 'lẻ', got ${String(style.zeroTens)}`);
  }
  const magnitude = value < 0n ? -value : value;
  const words = magnitude === 0n ? ['không'] : readDigits(magnitude.toString(), false, style);
  if (value < 0n) words.unshift('âm');
  if (options?.currency ?? true) words.push('đồng');
  if (options?.even ?? false) words.push('chẵn');
  const text = words.join(' ').normalize('NFC');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const DIGIT_WORDS: Readonly<Record<string, number>> = {
  không: 0,
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
};
const SCALES: Readonly<Record<string, bigint>> = { nghìn: 1000n, ngàn: 1000n, triệu: 1_000_000n };
const BILLION = ['tỷ', 'tỉ'];

/** One group below a thousand: "chín trăm linh năm", "hai mươi mốt", "mười lăm". */
function groupValue(words: readonly string[]): bigint | undefined {
  if (words.length === 0) return undefined;
  let value = 0;
  let pending: number | undefined;
  for (const w of words) {
    const d = DIGIT_WORDS[w];
    if (d !== undefined) {
      if (pending !== undefined) return undefined;
      pending = d;
    } else if (w === 'trăm' || w === 'mươi') {
      if (pending === undefined) return undefined;
      value += pending * (w === 'trăm' ? 100 : 10);
      pending = undefined;
    } else if (w === 'mười') {
      if (pending !== undefined) return undefined;
      value += 10;
    } else if (w !== 'linh' && w !== 'lẻ') {
      return undefined;
    }
  }
  return BigInt(value + (pending ?? 0));
}

/** Up to "… triệu … nghìn …": each scale word closes the group before it. */
function belowBillion(words: readonly string[]): bigint | undefined {
  if (words.length === 0) return 0n;
  let total = 0n;
  let start = 0;
  for (const [i, w] of words.entries()) {
    const scale = SCALES[w];
    if (scale === undefined) continue;
    const group = groupValue(words.slice(start, i));
    if (group === undefined) return undefined;
    total += group * scale;
    start = i + 1;
  }
  if (start === words.length) return total;
  const rest = groupValue(words.slice(start));
  return rest === undefined ? undefined : total + rest;
}

function wordsValue(words: readonly string[]): bigint | undefined {
  let last = -1;
  for (const [i, w] of words.entries()) if (BILLION.includes(w)) last = i;
  if (last < 0) return belowBillion(words);
  const high = wordsValue(words.slice(0, last));
  const low = belowBillion(words.slice(last + 1));
  if (high === undefined || low === undefined || high === 0n) return undefined;
  return high * 1_000_000_000n + low;
}

/**
 * Reads an amount written in Vietnamese words back as whole đồng: the reader of the
 * "(Bằng chữ: …)" beside a figure. Accepts what notices write: "mốt"/"một", "tư"/"bốn",
 * "lăm"/"năm", "linh"/"lẻ", "nghìn"/"ngàn", "tỷ"/"tỉ", any case, "đồng" and "chẵn" at the end.
 * Returns undefined when the words are not an amount.
 *
 * @example
 * readAmountInWords('Một trăm hai mươi lăm triệu đồng'); // 125000000n
 */
export function readAmountInWords(text: string): bigint | undefined {
  const words = text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/^\s*bằng chữ\s*:?/u, '')
    .replace(/[.,;:!?/()]+/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w !== '');
  while (words.length > 0 && ['đồng', 'chẵn', 'chẳn', 'việt', 'nam'].includes(words.at(-1)!)) {
    // "… đồng chẵn", "… đồng Việt Nam": only after the amount's own last word.
    if (words.at(-1) === 'nam' && words.at(-2) !== 'việt') break;
    words.pop();
  }
  if (words.length === 0) return undefined;
  if (words.length === 1 && words[0] === 'không') return 0n;
  return wordsValue(words);
}
