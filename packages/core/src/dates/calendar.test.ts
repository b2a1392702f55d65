import { describe, expect, it } from 'vitest';
import { daysInMonth, isRealDate } from './calendar.js';

describe('daysInMonth', () => {
  it('gives the days of every month of the Gregorian calendar, leap years by their three rules', () => {
    for (const year of [1900, 2000, 2023, 2024, 2100]) {
      for (let month = 1; month <= 12; month++) {
        // The day before the first of the next month, as JavaScript's own calendar has it.
        expect(daysInMonth(year, month), `${month}/${year}`).toBe(
          new Date(Date.UTC(year, month, 0)).getUTCDate(),
        );
      }
    }
  });
});

describe('isRealDate', () => {
  it('refuses 31/04, 29/02 of a common year and a month past 12, and takes a blank day', () => {
    expect(isRealDate({ year: 2024, month: 4, day: 31 })).toBe(false);
    expect(isRealDate({ year: 2023, month: 2, day: 29 })).toBe(false);
    expect(isRealDate({ year: 2024, month: 2, day: 29 })).toBe(true);
    expect(isRealDate({ year: 2024, month: 13, day: 1 })).toBe(false);
    expect(isRealDate({ year: 2024, month: 11, day: null })).toBe(true);
  });
});
