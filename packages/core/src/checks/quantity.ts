import type { Decimal } from '../numbers/decimal.js';
import type { Reported } from '../numbers/reported.js';
import type { Quantity, QuantityUnit } from '../shared/types.js';

/** A reported figure as a finding shows it. */
export function reportedQuantity(r: Reported, unit: QuantityUnit): Quantity {
  return { value: r.value.toString(), unit, scale: r.scale, written: r.written };
}

/** A computed figure as a finding shows it. */
export function computedQuantity(value: Decimal | bigint, unit: QuantityUnit, scale?: number): Quantity {
  return { value: value.toString(), unit, scale };
}
