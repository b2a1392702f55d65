import { Decimal } from '../numbers/decimal.js';
import { type IntegerInput, toExactInteger } from './integer.js';
import type { FormatLocale, LocaleOptions } from './locale.js';

/**
 * Options of {@link formatDecimal} and {@link formatPercent}.
 *
 * @example
 * const options: DecimalFormatOptions = { scale: 2, locale: 'vi' };
 */
export interface DecimalFormatOptions extends LocaleOptions {
  /** Exact number of digits after the separator; padded with zeros, never rounded. */
  readonly scale?: number;
}

interface Separators {
  readonly group: string;
  readonly decimal: string;
}

// Vietnamese writes 5.824.272.835 and 92,87; English the other way round.
const SEPARATORS: Readonly<Record<FormatLocale, Separators>> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

const CURRENCY_SUFFIX: Readonly<Record<FormatLocale, string>> = { vi: ' đồng', en: ' VND' };

const DECIMAL_LITERAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

function separatorsOf(options: LocaleOptions | undefined): Separators {
  const locale = options?.locale ?? 'vi';
  const separators = SEPARATORS[locale];
  if (separators === undefined) throw new RangeError(`unknown locale "${String(locale)}"`);
  return separators;
}

/** Groups a string of ASCII digits (no sign) by threes from the right. */
function groupDigits(digits: string, separator: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let start = head; start < digits.length; start += 3) {
    out += separator + digits.slice(start, start + 3);
  }
  return out;
}

function stripLeadingZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}

/**
 * Writes an integer with thousands grouping: dots in Vietnamese, commas in English.
 * Throws a RangeError for a non-integer, an unsafe JavaScript number or a malformed string.
 *
 * @example
 * formatInteger(5824272835n); // '5.824.272.835'
 */
export function formatInteger(n: IntegerInput, options?: LocaleOptions): string {
  const separators = separatorsOf(options);
  const value = toExactInteger(n, 'formatInteger');
  const sign = value < 0n ? '-' : '';
  const digits = (value < 0n ? -value : value).toString();
  return sign + groupDigits(digits, separators.group);
}

/**
 * Writes a decimal with a comma before the decimals and dots grouping the integer part
 * (the English locale swaps them). It never rounds: rounding is the caller's job, with a
 * named mode. Without `scale` the value keeps its own decimals: a string keeps the digits
 * as written ('48.70' → '48,70'), a Decimal has no trailing zeros, so pass `scale` when
 * they matter. With `scale`, zeros are added or trailing zeros dropped; a RangeError is
 * thrown if a non-zero digit would be lost.
 *
 * @example
 * formatDecimal('62.5', { scale: 2 }); // '62,50'
 */
export function formatDecimal(value: Decimal | string, options?: DecimalFormatOptions): string {
  const separators = separatorsOf(options);
  const [sign, integerDigits, fractionDigits] = splitDecimal(value);
  const fraction = applyScale(fractionDigits, options?.scale, value);
  const isZero = /^0+$/.test(integerDigits + fraction);
  const grouped = groupDigits(stripLeadingZeros(integerDigits), separators.group);
  return (isZero ? '' : sign) + grouped + (fraction === '' ? '' : separators.decimal + fraction);
}

/**
 * Writes a value that is already a percentage (92.87, not 0.9287) followed by '%', with no
 * space, as Vietnamese notices write it. Same rules as {@link formatDecimal}: never rounds.
 *
 * @example
 * formatPercent('92.87'); // '92,87%'
 */
export function formatPercent(value: Decimal | string, options?: DecimalFormatOptions): string {
  return `${formatDecimal(value, options)}%`;
}

/**
 * Writes an amount of whole đồng: '5.824.272.835 đồng', or '5,824,272,835 VND' in English.
 * Fractions of a đồng are rejected with a RangeError.
 *
 * @example
 * formatMoney(5824272835n); // '5.824.272.835 đồng'
 */
export function formatMoney(dong: bigint | number | string, options?: LocaleOptions): string {
  const locale = options?.locale ?? 'vi';
  return formatInteger(toExactInteger(dong, 'formatMoney'), { locale }) + CURRENCY_SUFFIX[locale];
}

function splitDecimal(value: Decimal | string): [sign: string, integer: string, fraction: string] {
  let literal: string;
  if (typeof value === 'string') {
    literal = value;
  } else if (Decimal.isDecimal(value) && value.isFinite()) {
    // Decimal#toFixed() without arguments is exact and never uses exponent notation.
    literal = value.toFixed();
  } else {
    throw new RangeError(`formatDecimal: ${String(value)} is not a finite decimal`);
  }
  const match = DECIMAL_LITERAL.exec(literal);
  if (match === null) {
    throw new RangeError(`formatDecimal: "${literal}" is not a plain decimal literal such as "92.87"`);
  }
  return [match[1] ?? '', match[2] ?? '0', match[3] ?? ''];
}

function applyScale(fraction: string, scale: number | undefined, value: Decimal | string): string {
  if (scale === undefined) return fraction;
  if (!Number.isSafeInteger(scale) || scale < 0) {
    throw new RangeError(`formatDecimal: scale must be a non-negative integer, got ${scale}`);
  }
  if (fraction.length <= scale) return fraction.padEnd(scale, '0');
  if (!/^0*$/.test(fraction.slice(scale))) {
    throw new RangeError(
      `formatDecimal: ${String(value)} has more than ${scale} decimals; round it first with a named mode`,
    );
  }
  return fraction.slice(0, scale);
}
