import { describe, expect, it } from 'vitest';
import { DRAFT_DAY_BLANK, formatDateLong, formatDateShort, formatPlaceDate } from './date.js';

describe('formatDateShort', () => {
  it('writes dd/mm/yyyy', () => {
    expect(formatDateShort({ year: 2024, month: 10, day: 10 })).toBe('10/10/2024');
  });

  it('always writes day and month on two digits, as in "ngày 08/01/2024"', () => {
    expect(formatDateShort({ year: 2024, month: 1, day: 8 })).toBe('08/01/2024');
    expect(formatDateShort({ year: 2024, month: 3, day: 5 })).toBe('05/03/2024');
  });

  it('writes a day the calendar lacks as the document wrote it: existence is a check, not a crash', () => {
    expect(formatDateShort({ year: 2024, month: 2, day: 29 })).toBe('29/02/2024');
    expect(formatDateShort({ year: 2023, month: 2, day: 29 })).toBe('29/02/2023');
    expect(formatDateShort({ year: 2024, month: 2, day: 31 })).toBe('31/02/2024');
    expect(formatDateShort({ year: 2024, month: 4, day: 31 })).toBe('31/04/2024');
  });

  it('rejects a day, month or year no date can have with a RangeError', () => {
    expect(() => formatDateShort({ year: 2024, month: 4, day: 32 })).toThrow(RangeError);
    expect(() => formatDateShort({ year: 2024, month: 13, day: 1 })).toThrow(RangeError);
    expect(() => formatDateShort({ year: 2024, month: 0, day: 1 })).toThrow(RangeError);
    expect(() => formatDateShort({ year: 2024, month: 1, day: 0 })).toThrow(RangeError);
    expect(() => formatDateShort({ year: 2024, month: 1, day: 1.5 })).toThrow(RangeError);
    expect(() => formatDateShort({ year: 0, month: 1, day: 1 })).toThrow(RangeError);
    expect(() => formatDateShort({ year: 2024, month: 4, day: 32 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: formatDateShort: day must be an integer from 1 to 31, got 32]`,
    );
  });
});

describe('formatDateLong', () => {
  it('writes "ngày … tháng … năm …"', () => {
    expect(formatDateLong({ year: 2024, month: 10, day: 10 })).toBe('ngày 10 tháng 10 năm 2024');
    expect(formatDateLong({ year: 2024, month: 12, day: 31 })).toBe('ngày 31 tháng 12 năm 2024');
  });

  it('puts a leading zero before days below 10 (Decree 30/2020, Appendix I)', () => {
    expect(formatDateLong({ year: 2024, month: 11, day: 5 })).toBe('ngày 05 tháng 11 năm 2024');
    expect(formatDateLong({ year: 2024, month: 11, day: 9 })).toBe('ngày 09 tháng 11 năm 2024');
  });

  it('puts a leading zero before months 1 and 2 only (Decree 30/2020, Appendix I)', () => {
    expect(formatDateLong({ year: 2024, month: 1, day: 5 })).toBe('ngày 05 tháng 01 năm 2024');
    expect(formatDateLong({ year: 2024, month: 2, day: 20 })).toBe('ngày 20 tháng 02 năm 2024');
    expect(formatDateLong({ year: 2024, month: 3, day: 20 })).toBe('ngày 20 tháng 3 năm 2024');
    expect(formatDateLong({ year: 2024, month: 9, day: 2 })).toBe('ngày 02 tháng 9 năm 2024');
    expect(formatDateLong({ year: 2024, month: 12, day: 1 })).toBe('ngày 01 tháng 12 năm 2024');
  });

  it('writes the English long form "10 October 2024", with no leading zero', () => {
    expect(formatDateLong({ year: 2024, month: 10, day: 10 }, { locale: 'en' })).toBe('10 October 2024');
    expect(formatDateLong({ year: 2024, month: 1, day: 5 }, { locale: 'en' })).toBe('5 January 2024');
  });

  it('writes 31 June as written and rejects a 32nd day', () => {
    expect(formatDateLong({ year: 2024, month: 6, day: 31 })).toBe('ngày 31 tháng 6 năm 2024');
    expect(() => formatDateLong({ year: 2024, month: 6, day: 32 })).toThrow(RangeError);
  });
});

describe('formatPlaceDate', () => {
  it('writes the place-and-date line of a document', () => {
    expect(formatPlaceDate('Điềm Mặc', { year: 2024, month: 11, day: 10 })).toBe(
      'Điềm Mặc, ngày 10 tháng 11 năm 2024',
    );
  });

  it('follows the leading-zero rule of Decree 30/2020', () => {
    expect(formatPlaceDate('Điềm Mặc', { year: 2024, month: 1, day: 5 })).toBe(
      'Điềm Mặc, ngày 05 tháng 01 năm 2024',
    );
    expect(formatPlaceDate('Điềm Mặc', { year: 2024, month: 12, day: 5 })).toBe(
      'Điềm Mặc, ngày 05 tháng 12 năm 2024',
    );
  });

  it('leaves a blank of four plain spaces for the day of a draft', () => {
    expect(DRAFT_DAY_BLANK).toBe('    ');
    const expected = 'Điềm Mặc, ngày      tháng 11 năm 2024';
    expect(formatPlaceDate('Điềm Mặc', { year: 2024, month: 11 })).toBe(expected);
    expect(formatPlaceDate('Điềm Mặc', { year: 2024, month: 11, day: null })).toBe(expected);
    expect(formatPlaceDate('Điềm Mặc', { year: 2024, month: 2 })).toBe(
      'Điềm Mặc, ngày      tháng 02 năm 2024',
    );
    expect(expected).not.toMatch(/\u00a0/);
  });

  it('writes the place in NFC and without surrounding spaces', () => {
    const decomposed = 'Điềm Mặc'.normalize('NFD');
    const text = formatPlaceDate(` ${decomposed} `, { year: 2024, month: 11, day: 10 });
    expect(text).toBe('Điềm Mặc, ngày 10 tháng 11 năm 2024');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('rejects an empty place and a day no month has, and writes 31/11 as written', () => {
    expect(() => formatPlaceDate('  ', { year: 2024, month: 11, day: 10 })).toThrow(RangeError);
    expect(() => formatPlaceDate('Điềm Mặc', { year: 2024, month: 11, day: 32 })).toThrow(RangeError);
    expect(formatPlaceDate('Điềm Mặc', { year: 2024, month: 11, day: 31 })).toBe(
      'Điềm Mặc, ngày 31 tháng 11 năm 2024',
    );
    expect(() => formatPlaceDate('Điềm Mặc', { year: 2024, month: 13 })).toThrow(RangeError);
  });
});
