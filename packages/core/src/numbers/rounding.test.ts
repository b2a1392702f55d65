import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from './decimal.js';
import { exactRate, matchingModes, ROUNDING_MODES, rate, roundTo } from './rounding.js';

describe('rate', () => {
  it('computes part ÷ whole × 100 exactly and rounds with the named mode', () => {
    expect(rate(5824272835n, 6271000000n, { precision: 2, mode: 'truncate' })?.toFixed(2)).toBe('92.87');
    expect(rate(5824272835n, 6271000000n, { precision: 2, mode: 'half-up' })?.toFixed(2)).toBe('92.88');
    expect(rate('109598000', '80000000', { precision: 0, mode: 'half-up' })?.toFixed(0)).toBe('137');
    expect(rate('109598000', '80000000', { precision: 0, mode: 'truncate' })?.toFixed(0)).toBe('136');
  });

  it('has no rate when the whole is zero', () => {
    expect(rate(0, 0, { precision: 2, mode: 'half-up' })).toBeUndefined();
  });

  it('tells half-up from half-even only on ties', () => {
    expect(roundTo(new Decimal('62.125'), 2, 'half-up').toFixed(2)).toBe('62.13');
    expect(roundTo(new Decimal('62.125'), 2, 'half-even').toFixed(2)).toBe('62.12');
  });
});

describe('matchingModes', () => {
  it("names the conventions that produce the reported figure (the seed's rates)", () => {
    const cases: [string, string, string, string[]][] = [
      ['5824272835', '6271000000', '92.87', ['truncate']],
      ['41890010', '86000000', '48.70', ['truncate']],
      ['109598000', '80000000', '137', ['half-up', 'half-even']],
      ['3796', '3883', '97.76', ['half-up', 'half-even']],
      ['7500000', '12000000', '62.5', ['half-up', 'half-even', 'truncate']],
    ];
    for (const [part, whole, reported, modes] of cases) {
      const scale = reported.split('.')[1]?.length ?? 0;
      expect(matchingModes(exactRate(part, whole)!, new Decimal(reported), scale)).toEqual(modes);
    }
  });

  it('law: a rate computed under a convention and written back always passes that convention', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 13n }),
        fc.bigInt({ min: 1n, max: 10n ** 13n }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...ROUNDING_MODES),
        (part, whole, precision, mode) => {
          const written = rate(part, whole, { precision, mode })!.toFixed(precision);
          const reread = new Decimal(written);
          expect(matchingModes(exactRate(part, whole)!, reread, precision)).toContain(mode);
        },
      ),
    );
  });
});
