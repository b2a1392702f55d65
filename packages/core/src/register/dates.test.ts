import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLANK, IMPOSSIBLE, readRegisterDate, showDayNumber, UNREADABLE } from './dates.js';

describe('readRegisterDate', () => {
  it.each([
    ['15/01/2024', 20240115],
    ['5/1/2024', 20240105],
    ['15-01-2024', 20240115],
    ['15.01.2024', 20240115],
    ['2024-01-15', 20240115],
    ['2024-01-15T08:30:00', 20240115],
    ['08:30 15/01/2024', 20240115],
    ['15/01/2024 08:30:00', 20240115],
    [' 15/01/2024 ', 20240115],
    ['45306', 20240115], // an Excel serial kept by a .xlsx saved as CSV
    ['29/02/2024', 20240229],
  ])('reads %s', (cell, day) => {
    expect(readRegisterDate(cell)).toBe(day);
  });

  it('tells a blank cell from an unreadable one and from a day that does not exist', () => {
    expect(readRegisterDate('')).toBe(BLANK);
    expect(readRegisterDate('   ')).toBe(BLANK);
    expect(readRegisterDate('chưa có')).toBe(UNREADABLE);
    expect(readRegisterDate('13/13/2024')).toBe(UNREADABLE);
    expect(readRegisterDate('15/01/24')).toBe(UNREADABLE);
    expect(readRegisterDate('31/02/2024')).toBe(IMPOSSIBLE);
    expect(readRegisterDate('29/02/2023')).toBe(IMPOSSIBLE);
  });

  it('reads back every real date it shows, and orders days as numbers', () => {
    const day = fc
      .date({
        min: new Date(Date.UTC(1990, 0, 1)),
        max: new Date(Date.UTC(2100, 11, 31)),
        noInvalidDate: true,
      })
      .map((d) => d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate());
    fc.assert(
      fc.property(day, day, (a, b) => {
        const ra = readRegisterDate(showDayNumber(a));
        const rb = readRegisterDate(showDayNumber(b));
        return ra === a && rb === b && Math.sign(ra - rb) === Math.sign(a - b);
      }),
    );
  });

  it('never throws, whatever the cell', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof readRegisterDate(s) === 'number'));
  });
});
