import { Decimal, type DecimalValue } from './decimal.js';

/** The rounding conventions seen in notices. */
export const ROUNDING_MODES = ['half-up', 'half-even', 'truncate'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

const DECIMAL_JS_MODE: Record<RoundingMode, 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  // Truncation toward zero: what a clerk does when copying digits off a calculator.
  truncate: Decimal.ROUND_DOWN,
};

/**
 * Rounds to `scale` decimal places with a named mode.
 *
 * @example
 * roundTo(new Decimal('92.8763'), 2, 'truncate').toFixed(2) // '92.87'
 */
export function roundTo(value: Decimal, scale: number, mode: RoundingMode): Decimal {
  return value.toDecimalPlaces(scale, DECIMAL_JS_MODE[mode]);
}

export interface RateOptions {
  /** Decimal places of the result. */
  precision: number;
  mode: RoundingMode;
}

/**
 * `part ÷ whole × 100`, rounded to `precision` places with `mode`.
 * Returns undefined when the whole is zero (no rate exists).
 *
 * @example
 * rate(5824272835n, 6271000000n, { precision: 2, mode: 'truncate' })?.toFixed(2) // '92.87'
 */
export function rate(
  part: DecimalValue | bigint,
  whole: DecimalValue | bigint,
  options: RateOptions,
): Decimal | undefined {
  const exact = exactRate(part, whole);
  return exact === undefined ? undefined : roundTo(exact, options.precision, options.mode);
}

/**
 * `part ÷ whole × 100` at the working precision, unrounded.
 *
 * @example
 * exactRate(1, 3)?.toSignificantDigits(6).toString() // '33.3333'
 */
export function exactRate(part: DecimalValue | bigint, whole: DecimalValue | bigint): Decimal | undefined {
  const w = new Decimal(typeof whole === 'bigint' ? whole.toString() : whole);
  if (w.isZero()) return undefined;
  const p = new Decimal(typeof part === 'bigint' ? part.toString() : part);
  return p.times(100).div(w);
}

/**
 * Which conventions, at the reported scale, turn the exact value into the reported one.
 *
 * @example
 * matchingModes(new Decimal('92.8763'), new Decimal('92.87'), 2) // ['truncate']
 */
export function matchingModes(
  exact: Decimal,
  reported: Decimal,
  scale: number,
  modes: readonly RoundingMode[] = ROUNDING_MODES,
): RoundingMode[] {
  return modes.filter((mode) => roundTo(exact, scale, mode).eq(reported));
}
