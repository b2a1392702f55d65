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
  // Ties go to the commune first in Vietnamese order (then the supervision id), whatever order
  // the caller listed them in: the same question always names the same commune.
  const sorted = [...samples].sort(
    (a, b) =>
      a.value.value.comparedTo(b.value.value) ||
      a.commune.localeCompare(b.commune, 'vi') ||
      a.supervision.localeCompare(b.supervision),
  );
  // An index into the list, not a figure: the median itself is an exact Decimal below.
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1
      ? sorted[mid]!.value.value
      : sorted[mid - 1]!.value.value.plus(sorted[mid]!.value.value).div(2);
  const top = sorted[sorted.length - 1]!.value.value;
  const max = sorted.find((s) => s.value.value.eq(top))!;
  return { count: sorted.length, min: sorted[0]!, median: new Decimal(median), max };
}
