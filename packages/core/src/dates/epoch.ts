/**
 * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil),
 * in integer arithmetic: the distance between two civil dates without any clock or time zone.
 *
 * @example
 * epochDay({ year: 2024, month: 11, day: 20 }) - epochDay({ year: 2024, month: 11, day: 10 }) // 10
 */
/**
 * ⌊a ÷ n⌋ for integers, without floating-point division: the remainder is taken first, so the
 * division left is exact (its numerator is a multiple of n). Every value here is a small integer.
 */
function floorDiv(a: number, n: number): number {
  return (a - (((a % n) + n) % n)) / n;
}

export function epochDay(d: { year: number; month: number; day: number }): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const doy = floorDiv(153 * (d.month + (d.month > 2 ? -3 : 9)) + 2, 5) + d.day - 1;
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The civil date of a day count since 1970-01-01 (civil_from_days).
 *
 * @example
 * civilDay(19681) // { year: 2023, month: 11, day: 21 }
 */
export function civilDay(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36524) - floorDiv(doe, 146096), 365);
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const day = doy - floorDiv(153 * mp + 2, 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}
