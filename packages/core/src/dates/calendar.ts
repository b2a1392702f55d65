/** A day on the civil calendar; a draft may leave the day blank. */
export interface DayParts {
  year: number;
  month: number;
  day: number | null;
}

/**
 * Days in a month of the proleptic Gregorian calendar.
 *
 * @example
 * daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether the date exists: 31/02 and 29/02/2023 do not.
 *
 * @example
 * isRealDate({ year: 2024, month: 2, day: 31 }) // false
 */
export function isRealDate(d: DayParts): boolean {
  if (d.month < 1 || d.month > 12) return false;
  return d.day === null || (d.day >= 1 && d.day <= daysInMonth(d.year, d.month));
}

/**
 * Orders two dates; a blank day compares by month only, so a draft dated "11/2024" is
 * neither before nor after 20/11/2024 (returns 0).
 *
 * @example
 * compareDates({ year: 2024, month: 1, day: 10 }, { year: 2024, month: 1, day: 11 }) // -1
 */
export function compareDates(a: DayParts, b: DayParts): -1 | 0 | 1 {
  if (a.year !== b.year) return a.year < b.year ? -1 : 1;
  if (a.month !== b.month) return a.month < b.month ? -1 : 1;
  if (a.day === null || b.day === null || a.day === b.day) return 0;
  return a.day < b.day ? -1 : 1;
}
