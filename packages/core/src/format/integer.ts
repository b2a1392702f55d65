import { Decimal } from '../numbers/decimal.js';

/**
 * Values the integer formatters accept: a bigint, a safe-integer number, an integer
 * literal string, or an integral Decimal.
 *
 * @example
 * const amount: IntegerInput = 5824272835n;
 */
export type IntegerInput = bigint | number | string | Decimal;

const INTEGER_LITERAL = /^[+-]?\d+$/;

/**
 * Reads an integer exactly, or throws a RangeError (a programmer error, not bad data).
 * Numbers must be safe integers: beyond 2^53 a float has already lost digits, so the
 * caller must pass a bigint or a string. Strings are plain decimal literals: an optional
 * sign and digits, leading zeros allowed ("007" is 7); no grouping, no exponent.
 *
 * @example
 * toExactInteger('007', 'formatInteger'); // 7n
 */
export function toExactInteger(value: IntegerInput, caller: string): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) {
      throw new RangeError(`${caller}: ${value} is not a safe integer; pass a bigint or a string`);
    }
    return BigInt(value);
  }
  if (typeof value === 'string') {
    if (!INTEGER_LITERAL.test(value)) {
      throw new RangeError(`${caller}: "${value}" is not an integer literal`);
    }
    return BigInt(value);
  }
  if (Decimal.isDecimal(value)) {
    if (!value.isFinite() || !value.isInteger()) {
      throw new RangeError(`${caller}: ${value.toString()} is not a finite integer`);
    }
    // Decimal#toFixed() without arguments is exact and never uses exponent notation.
    return BigInt(value.toFixed());
  }
  throw new RangeError(`${caller}: unsupported value ${String(value)}`);
}
