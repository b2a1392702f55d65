import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDecimals, sameDecimal } from './compare.js';
import { Decimal } from './decimal.js';
import { readPlain } from './reported.js';

// Digits as a notice writes them: up to 25 before the mark and 12 after, zeros anywhere.
const digits = (max: number) =>
  fc
    .array(fc.constantFrom('0', '0', '1', '2', '5', '9'), { minLength: 0, maxLength: max })
    .map((d) => d.join(''));
const text = fc
  .tuple(fc.boolean(), digits(25), digits(12))
  .map(([negative, int, fraction]) => `${negative ? '-' : ''}${int || '0'}${fraction ? `.${fraction}` : ''}`);

// The same value reached the ways a check meets them: read by decimal.js, read by the core's own
// quick reader (which writes decimal.js's fields itself), and computed.
const decimals = text.chain((t) => {
  const plain = t.startsWith('-') ? undefined : readPlain(t.replace('.', ','), 'decimal')?.value;
  const read = new Decimal(t);
  return fc.constantFrom(
    read,
    plain ?? read,
    read.plus('0.5').minus('0.5'),
    read.times(3).div(3),
    read.div(7),
    read.negated(),
  );
});

describe('compareDecimals', () => {
  it('orders any two values as decimal.js does', () => {
    fc.assert(
      fc.property(decimals, decimals, (a, b) => {
        expect(compareDecimals(a, b)).toBe(a.cmp(b));
        expect(sameDecimal(a, b)).toBe(a.eq(b));
      }),
      { numRuns: 3000 },
    );
  });

  it('orders a value against itself written otherwise', () => {
    fc.assert(
      fc.property(decimals, (a) => {
        const copy = new Decimal(a.toFixed());
        expect(compareDecimals(a, copy)).toBe(0);
        expect(compareDecimals(a, a.plus('0.0000001'))).toBe(-1);
        expect(compareDecimals(a.plus(10_000_000), a)).toBe(1);
      }),
    );
  });

  it('reads trailing zeros, zero of either sign and the figures of a notice', () => {
    expect(sameDecimal(new Decimal('48.70'), new Decimal('48.7'))).toBe(true);
    expect(compareDecimals(new Decimal('-0'), new Decimal('0'))).toBe(0);
    expect(compareDecimals(new Decimal('0'), new Decimal('-0.001'))).toBe(1);
    expect(compareDecimals(new Decimal('2176'), new Decimal('2175'))).toBe(1);
    expect(compareDecimals(new Decimal('5824272835'), new Decimal('6271000000'))).toBe(-1);
    expect(compareDecimals(new Decimal('10000000'), new Decimal('9999999.9999999'))).toBe(1);
  });

  it('gives decimal.js its own answer for NaN and the infinities', () => {
    const odd = [new Decimal(NaN), new Decimal(Infinity), new Decimal(-Infinity), new Decimal(1)];
    for (const a of odd) for (const b of odd) expect(Object.is(compareDecimals(a, b), a.cmp(b))).toBe(true);
  });
});
