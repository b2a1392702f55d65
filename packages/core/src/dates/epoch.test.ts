import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth } from './calendar.js';
import { civilDay, epochDay } from './epoch.js';

describe('epochDay and civilDay', () => {
  it('count 1970-01-01 as day 0 and go back and forth without loss, before 1970 too', () => {
    expect(epochDay({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(epochDay({ year: 2024, month: 3, day: 1 }) - epochDay({ year: 2024, month: 2, day: 28 })).toBe(2);
    const date = fc
      .record({ year: fc.integer({ min: 1600, max: 2400 }), month: fc.integer({ min: 1, max: 12 }) })
      .chain(({ year, month }) =>
        fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day) => ({ year, month, day })),
      );
    fc.assert(
      fc.property(date, (d) => {
        expect(civilDay(epochDay(d))).toEqual(d);
        expect(civilDay(epochDay(d) + 1)).not.toEqual(d);
      }),
    );
  });
});
