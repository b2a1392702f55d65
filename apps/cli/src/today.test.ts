import { describe, expect, it } from 'vitest';
import { CliFailure } from './errors.js';
import { asOf, dayOption, today } from './today.js';

describe('days on the command line', () => {
  it('reads a day the way a council office writes it, day first', () => {
    expect(dayOption('--as-of', '30/11/2026')).toEqual({ year: 2026, month: 11, day: 30 });
    expect(asOf('1/7/2025')).toEqual({ year: 2025, month: 7, day: 1 });
  });

  it('reads the ISO form too, as scripts write it', () => {
    expect(today('2024-11-20', () => new Date(0))).toEqual({ year: 2024, month: 11, day: 20 });
  });

  it('refuses an impossible day or another form, naming the option and both forms', () => {
    for (const value of ['31/02/2025', '2025-02-30', '11/30/2026x', '30-11-2026']) {
      try {
        dayOption('--as-of', value);
        expect.unreachable(`${value} should be refused`);
      } catch (e) {
        expect(e).toBeInstanceOf(CliFailure);
        expect((e as CliFailure).error).toMatchObject({
          code: 'option.invalid',
          option: '--as-of',
          value,
          expected: 'DD/MM/YYYY, YYYY-MM-DD',
        });
      }
    }
  });
});
