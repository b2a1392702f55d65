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
