import { Decimal } from '../numbers/decimal.js';
import type { Reported } from '../numbers/reported.js';

/** Sums reported figures exactly; absent ones count as nothing. */
export function sum(values: readonly (Reported | undefined)[]): Decimal {
  let total = new Decimal(0);
  for (const v of values) if (v) total = total.plus(v.value);
  return total;
}

/** True when at least one of the figures was written. */
export function anyGiven(values: readonly (Reported | undefined)[]): boolean {
  return values.some((v) => v !== undefined);
}
