import { Decimal } from '../numbers/decimal.js';
import type { Reported } from '../numbers/reported.js';

/** A figure as one supervision reported it, and whose it is. */
export interface Sample {
  value: Reported;
  supervision: string;
  commune: string;
}

/**
 * How a figure spreads across supervisions: the lowest and highest as written (with the
 * supervision that wrote them) and the median, exact. With an even count the median is the mean
 * of the two middle values, which a division by two keeps exact.
 */
export interface Spread {
  count: number;
  min: Sample;
  median: Decimal;
  max: Sample;
}

/**
 * The spread of reported figures; undefined when there are none.
 *
 * @example
 * spreadOf(samples)?.median.toString() // '90.5' for totals 87,81 / 90,5 / 95,42
 */
export function spreadOf(samples: readonly Sample[]): Spread | undefined {
  if (samples.length === 0) return undefined;
  // Ties keep the input order (Array.prototype.sort is stable): the first commune listed wins.
  const sorted = [...samples].sort((a, b) => a.value.value.comparedTo(b.value.value));
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? sorted[mid]!.value.value
      : sorted[mid - 1]!.value.value.plus(sorted[mid]!.value.value).div(2);
  return {
    count: sorted.length,
    min: sorted[0]!,
    median: new Decimal(median),
    max: sorted[sorted.length - 1]!,
  };
}
