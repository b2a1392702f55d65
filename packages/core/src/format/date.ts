import type { LocaleOptions } from './locale.js';

/**
 * A civil (calendar) date with no time and no time zone, proleptic Gregorian.
 * Months and days count from 1.
 *
 * @example
 * const issued: CivilDateParts = { year: 2024, month: 11, day: 10 };
 */
export interface CivilDateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The date of a draft whose day is left blank, to be written in by hand on signing.
 *
 * @example
 * const draft: DraftDateParts = { year: 2024, month: 11, day: null };
 */
export interface DraftDateParts {
  readonly year: number;
  readonly month: number;
  readonly day?: null;
}

/**
 * What a draft's place-and-date line prints where the day goes: four plain spaces
 * (U+0020, not non-breaking), between the usual single spaces around the field, so the
 * line reads "ngày" + 6 spaces + "tháng".
 *
 * @example
 * formatPlaceDate('Điềm Mặc', { year: 2024, month: 11 }).includes(DRAFT_DAY_BLANK); // true
 */
export const DRAFT_DAY_BLANK = '    ';

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function assertYearMonth(year: number, month: number, caller: string): void {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`${caller}: year must be an integer from 1 to 9999, got ${year}`);
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`${caller}: month must be an integer from 1 to 12, got ${month}`);
  }
}

// The formatters write the day the document wrote, even one the calendar does not have
// (31/02/2024): whether a date exists is a check (`date.impossible`), and a notice that
// really printed 31/02 must be shown as it is, never refused by its own renderer.
function assertCivilDate(date: CivilDateParts, caller: string): void {
  assertYearMonth(date.year, date.month, caller);
  if (!Number.isInteger(date.day) || date.day < 1 || date.day > 31) {
    throw new RangeError(`${caller}: day must be an integer from 1 to 31, got ${date.day}`);
  }
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

// Decree 30/2020/NĐ-CP, Appendix I (địa danh và thời gian ban hành văn bản): days below 10
// and months 1 and 2 take a leading zero, so that no digit can be added in front of them
// later (05 cannot become 15, 01 cannot become 11). Months 3 to 12 are written as they are.
function decreeDay(day: number): string {
  return day < 10 ? twoDigits(day) : String(day);
}

function decreeMonth(month: number): string {
  return month <= 2 ? twoDigits(month) : String(month);
}

/**
 * Writes a date as dd/mm/yyyy, day and month always on two digits, as notices cite dates
 * in running text ("ngày 08/01/2024").
 *
 * @example
 * formatDateShort({ year: 2024, month: 1, day: 8 }); // '08/01/2024'
 */
export function formatDateShort(date: CivilDateParts): string {
  assertCivilDate(date, 'formatDateShort');
  return `${twoDigits(date.day)}/${twoDigits(date.month)}/${String(date.year).padStart(4, '0')}`;
}

/**
 * Writes a date in full. Vietnamese follows Decree 30/2020/NĐ-CP: a leading zero for days
 * below 10 and for months 1 and 2 only ("ngày 05 tháng 01 năm 2024", "ngày 10 tháng 3 năm
 * 2024"). English writes "5 January 2024".
 *
 * @example
 * formatDateLong({ year: 2024, month: 10, day: 10 }); // 'ngày 10 tháng 10 năm 2024'
 */
export function formatDateLong(date: CivilDateParts, options?: LocaleOptions): string {
  assertCivilDate(date, 'formatDateLong');
  const locale = options?.locale ?? 'vi';
  if (locale === 'en') return `${date.day} ${ENGLISH_MONTHS[date.month - 1]} ${date.year}`;
  if (locale !== 'vi') throw new RangeError(`formatDateLong: unknown locale "${String(locale)}"`);
  return `ngày ${decreeDay(date.day)} tháng ${decreeMonth(date.month)} năm ${date.year}`;
}

/**
 * Writes the place-and-date line of an administrative document (Decree 30/2020/NĐ-CP,
 * Appendix I). A draft without a day keeps a blank ({@link DRAFT_DAY_BLANK}) for the day.
 *
 * @example
 * formatPlaceDate('Điềm Mặc', { year: 2024, month: 1, day: 5 }); // 'Điềm Mặc, ngày 05 tháng 01 năm 2024'
 */
export function formatPlaceDate(place: string, date: CivilDateParts | DraftDateParts): string {
  const name = place.normalize('NFC').trim();
  if (name === '') throw new RangeError('formatPlaceDate: the place name is empty');
  const { year, month, day } = date;
  let dayText: string;
  if (day === null || day === undefined) {
    assertYearMonth(year, month, 'formatPlaceDate');
    dayText = DRAFT_DAY_BLANK;
  } else {
    assertCivilDate({ year, month, day }, 'formatPlaceDate');
    dayText = decreeDay(day);
  }
  return `${name}, ngày ${dayText} tháng ${decreeMonth(month)} năm ${year}`;
}
