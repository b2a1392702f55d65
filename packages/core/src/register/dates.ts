import { daysInMonth } from '../dates/calendar.js';
import { civilDay, epochDay } from '../dates/epoch.js';

/**
 * A register date as one integer, yyyymmdd (20240115), so that dates order as numbers.
 * Blank cells read as `BLANK`; unreadable ones as `UNREADABLE`; days that do not exist
 * (31/02/2024) as `IMPOSSIBLE`.
 */
export type DayNumber = number;
export const BLANK = 0;
export const UNREADABLE = -1;
export const IMPOSSIBLE = -2;

const ZERO = 48;
const NINE = 57;
const COLON = 58;

// Excel's day 1 is 1900-01-01 with its phantom 29/02/1900; serials from 61 on count from
// 1899-12-30. Registers saved from .xlsx to CSV sometimes keep the serial.
const EXCEL_EPOCH_DAYS = epochDay({ year: 1899, month: 12, day: 30 });

/**
 * Reads the date part of a register cell, with or without a time before or after it:
 * "15/01/2024", "5/1/2024", "15-01-2024", "15.01.2024", "2024-01-15", "2024-01-15T08:30:00",
 * "08:30 15/01/2024", "15/01/2024 08:30:00", or an Excel serial such as "45306".
 * Day-month-year is the Vietnamese order; a four-digit first group means year-month-day.
 *
 * @example
 * readRegisterDate('08:30 15/01/2024') // 20240115
 * readRegisterDate('31/02/2024')       // IMPOSSIBLE
 */
export function readRegisterDate(cell: string): DayNumber {
  // Runs of digits; a run next to a colon is part of a time of day and is left out.
  const groups: number[] = [];
  const widths: number[] = [];
  let value = 0;
  let width = 0;
  let before = 0;
  for (let i = 0; i <= cell.length; i++) {
    const c = i < cell.length ? cell.charCodeAt(i) : 0;
    if (c >= ZERO && c <= NINE) {
      if (width === 0) before = i > 0 ? cell.charCodeAt(i - 1) : 0;
      value = value * 10 + (c - ZERO);
      if (++width > 8) return UNREADABLE;
      continue;
    }
    if (width > 0 && before !== COLON && c !== COLON) {
      groups.push(value);
      widths.push(width);
    }
    value = 0;
    width = 0;
  }
  if (groups.length === 0) return cell.trim() === '' ? BLANK : UNREADABLE;
  if (groups.length === 1 && widths[0]! >= 4 && widths[0]! <= 5) return fromExcelSerial(groups[0]!);
  if (groups.length !== 3) return UNREADABLE;
  const [a, b, c] = groups as [number, number, number];
  let year: number;
  let month: number;
  let day: number;
  if (widths[0] === 4) [year, month, day] = [a, b, c];
  else if (widths[2] === 4 && widths[0]! <= 2 && widths[1]! <= 2) [year, month, day] = [c, b, a];
  else return UNREADABLE;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return UNREADABLE;
  if (day > daysInMonth(year, month)) return IMPOSSIBLE;
  return year * 10000 + month * 100 + day;
}

/** "15/01/2024" for a day number. */
export function showDayNumber(day: DayNumber): string {
  const d = day % 100;
  const m = Math.trunc(day / 100) % 100;
  const y = Math.trunc(day / 10000);
  return `${d < 10 ? '0' : ''}${d}/${m < 10 ? '0' : ''}${m}/${y}`;
}

/** The day number of a civil date. */
export function dayNumber(d: { year: number; month: number; day: number }): DayNumber {
  return d.year * 10000 + d.month * 100 + d.day;
}

function fromExcelSerial(serial: number): DayNumber {
  if (serial < 61) return UNREADABLE;
  const { year, month, day } = civilDay(EXCEL_EPOCH_DAYS + serial);
  return year < 1900 || year > 2200 ? UNREADABLE : year * 10000 + month * 100 + day;
}
