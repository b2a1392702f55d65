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
const SLASH = 47;
const DASH = 45;
const DOT = 46;

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
  // Runs of digits; a run next to a colon is part of a time of day and is left out. Only the
  // first three runs are kept (a date has three, or one for an Excel serial).
  let count = 0;
  let a = 0;
  let b = 0;
  let c = 0;
  let wa = 0;
  let wb = 0;
  let wc = 0;
  let value = 0;
  let width = 0;
  let before = 0;
  for (let i = 0; i <= cell.length; i++) {
    const ch = i < cell.length ? cell.charCodeAt(i) : 0;
    if (ch >= ZERO && ch <= NINE) {
      if (width === 0) before = i > 0 ? cell.charCodeAt(i - 1) : 0;
      value = value * 10 + (ch - ZERO);
      if (++width > 8) return UNREADABLE;
      continue;
    }
    if (width > 0 && before !== COLON && ch !== COLON) {
      count++;
      if (count === 1) {
        a = value;
        wa = width;
      } else if (count === 2) {
        b = value;
        wb = width;
      } else if (count === 3) {
        c = value;
        wc = width;
      }
    }
    value = 0;
    width = 0;
  }
  if (count === 0) return cell.trim() === '' ? BLANK : UNREADABLE;
  return dayOfGroups(count, a, wa, b, wb, c, wc);
}

/**
 * `readRegisterDate` over the UTF-8 bytes `bytes[start..end)` of a cell, without making a
 * string: the same reading, for the byte scanner. Digits and separators are ASCII; a cell
 * without digits that holds other than ASCII spaces is read as text (it may be a Unicode space).
 *
 * @example
 * readRegisterDateBytes(new TextEncoder().encode('15/01/2024'), 0, 10) // 20240115
 */
export function readRegisterDateBytes(bytes: Uint8Array, start: number, end: number): DayNumber {
  // Most cells are dd/mm/yyyy exactly: read those by position.
  if (end - start === 10) {
    const s = bytes[start + 2]!;
    if ((s === SLASH || s === DASH || s === DOT) && bytes[start + 5] === s) {
      const day = twoDigits(bytes, start);
      const month = twoDigits(bytes, start + 3);
      const year = twoDigits(bytes, start + 6) * 100 + twoDigits(bytes, start + 8);
      if (day >= 0 && month >= 0 && year >= 0) return dayOf(year, month, day);
    }
  }
  let count = 0;
  let a = 0;
  let b = 0;
  let c = 0;
  let wa = 0;
  let wb = 0;
  let wc = 0;
  let value = 0;
  let width = 0;
  let before = 0;
  let other = false;
  for (let i = start; i <= end; i++) {
    const ch = i < end ? bytes[i]! : 0;
    if (ch >= ZERO && ch <= NINE) {
      if (width === 0) before = i > start ? bytes[i - 1]! : 0;
      value = value * 10 + (ch - ZERO);
      if (++width > 8) return UNREADABLE;
      continue;
    }
    if (ch > 32 && i < end) other = true;
    if (width > 0 && before !== COLON && ch !== COLON) {
      count++;
      if (count === 1) {
        a = value;
        wa = width;
      } else if (count === 2) {
        b = value;
        wb = width;
      } else if (count === 3) {
        c = value;
        wc = width;
      }
    }
    value = 0;
    width = 0;
  }
  if (count === 0) return other ? UNREADABLE : BLANK;
  return dayOfGroups(count, a, wa, b, wb, c, wc);
}

/** The day that the digit runs of a cell (their values and widths) stand for. */
function dayOfGroups(count: number, a: number, wa: number, b: number, wb: number, c: number, wc: number) {
  if (count === 1 && wa >= 4 && wa <= 5) return fromExcelSerial(a);
  if (count !== 3) return UNREADABLE;
  let year: number;
  let month: number;
  let day: number;
  if (wa === 4) [year, month, day] = [a, b, c];
  else if (wc === 4 && wa <= 2 && wb <= 2) [year, month, day] = [c, b, a];
  else return UNREADABLE;
  return dayOf(year, month, day);
}

function dayOf(year: number, month: number, day: number): DayNumber {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return UNREADABLE;
  if (day > 28 && day > daysInMonth(year, month)) return IMPOSSIBLE;
  return year * 10000 + month * 100 + day;
}

/** The two ASCII digits at `i` as a number, or -1. */
function twoDigits(bytes: Uint8Array, i: number): number {
  const a = bytes[i]! - ZERO;
  const b = bytes[i + 1]! - ZERO;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
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
