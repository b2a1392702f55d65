import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, decimalFromNumber } from './decimal.js';
import { readNumber, readWritten, whole } from './reported.js';

function read(text: string | number, context: 'integer' | 'decimal' = 'decimal') {
  const r = readNumber(text, context);
  if (!r.ok) return { error: r.error };
  return {
    value: r.value.value.toString(),
    scale: r.value.scale,
    notes: r.value.notes,
    written: r.value.written,
  };
}

describe('readNumber', () => {
  it('reads a Vietnamese decimal comma and keeps the written scale', () => {
    expect(read('48,70')).toEqual({ value: '48.7', scale: 2, notes: [], written: '48,70' });
    expect(read('62,5')).toMatchObject({ value: '62.5', scale: 1 });
  });

  it('reads dot-grouped money as an integer', () => {
    expect(read('5.824.272.835', 'integer')).toMatchObject({ value: '5824272835', scale: 0 });
  });

  it('reads one dot as thousands in an integer figure and as a decimal point in a score', () => {
    expect(read('2.175', 'integer')).toMatchObject({ value: '2175', scale: 0 });
    expect(read('87.81', 'decimal')).toMatchObject({ value: '87.81', scale: 2, notes: ['dot-decimal'] });
  });

  it('reads the seed\'s "15.3." as 15.3 and says so', () => {
    expect(read('15.3.')).toMatchObject({
      value: '15.3',
      scale: 1,
      notes: ['trailing-separator', 'dot-decimal'],
    });
  });

  it('keeps leading zeros in the written form only', () => {
    expect(read('02', 'integer')).toMatchObject({ value: '2', written: '02' });
  });

  it('accepts a percent sign', () => {
    expect(read('92,87%')).toMatchObject({ value: '92.87', notes: ['percent-sign'] });
  });

  it('reads both separators in either order', () => {
    expect(read('1.234,5')).toMatchObject({ value: '1234.5', scale: 1 });
    expect(read('1,234.5')).toMatchObject({ value: '1234.5', scale: 1 });
  });

  it('refuses two decimal commas, bad grouping and words', () => {
    expect(read('92,8,7')).toEqual({ error: 'several-decimal-commas' });
    expect(read('1.23.4', 'integer')).toEqual({ error: 'bad-grouping' });
    expect(read('mười')).toEqual({ error: 'not-a-number' });
    expect(read('  ')).toEqual({ error: 'empty' });
  });

  it('takes JSON numbers through the validated door', () => {
    expect(read(87.81)).toMatchObject({ value: '87.81', scale: 2, written: '87.81' });
    expect(read(2175, 'integer')).toMatchObject({ value: '2175', scale: 0 });
    expect(read(Number.NaN)).toEqual({ error: 'not-a-number' });
    expect(read(2 ** 60, 'integer')).toEqual({ error: 'unsafe-number' });
  });

  it('keeps negative signs so the schema can refuse negative counts', () => {
    expect(read('-3', 'integer')).toMatchObject({ value: '-3' });
  });
});

describe('readNumber, quick and general', () => {
  // The common forms are read in one scan; every text gives exactly what the general reading
  // gives it: the same value (the same Decimal, digit group for digit group), scale, notes, error.
  const written = fc
    .array(fc.constantFrom(...'0123456789', '0', '.', ',', ' ', '%', '-'), { maxLength: 24 })
    .map((cs) => cs.join(''));
  const context = fc.constantFrom('integer' as const, 'decimal' as const);

  it('reads every text as the general reading does', () => {
    fc.assert(
      fc.property(written, context, (text, ctx) => {
        expect(readNumber(text, ctx)).toStrictEqual(readWritten(text, ctx));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the forms notices write as the general reading does', () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{1,${n}}$`));
    const forms = fc.oneof(
      digits(16),
      fc
        .tuple(digits(3), fc.array(fc.stringMatching(/^[0-9]{3}$/), { minLength: 1, maxLength: 5 }))
        .map(([head, groups]) => [head, ...groups].join('.')),
      fc.tuple(digits(9), digits(6)).map(([i, f]) => `${i},${f}`),
      fc.tuple(digits(9), digits(6)).map(([i, f]) => `${i}.${f}`),
      // With stray separators after it, as the seed's "15.3.".
      fc
        .tuple(digits(4), fc.option(digits(3)), fc.constantFrom('.', ',', '..', ',.'))
        .map(([i, f, stray]) => `${i}${f === null ? '' : `.${f}`}${stray}`),
    );
    fc.assert(
      fc.property(forms, context, (text, ctx) => {
        expect(readNumber(text, ctx)).toStrictEqual(readWritten(text, ctx));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('whole', () => {
  it('builds the Decimal decimal.js builds from the same digits, for whole numbers of any length', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,24}$/), (digits) => {
        expect(whole(digits)).toStrictEqual(new Decimal(digits));
      }),
      { numRuns: 5000 },
    );
    for (const digits of ['0', '0000', '10000000', '12345678900000', '5824272835', '1000000000000000'])
      expect(whole(digits)).toStrictEqual(new Decimal(digits));
  });

  it('reads a number a file holds as decimalFromNumber reads it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.nat(), fc.maxSafeNat(), fc.constant(-0), fc.integer()), (n) => {
        const r = readNumber(n, 'integer');
        expect(r.ok && r.value.value).toStrictEqual(decimalFromNumber(n));
      }),
    );
  });

  it('reads a figure with decimals as decimal.js reads its text', () => {
    const digits = fc.stringMatching(/^[0-9]{1,20}$/);
    fc.assert(
      fc.property(digits, digits, (integer, fraction) => {
        const r = readNumber(`${integer},${fraction}`, 'decimal');
        expect(r.ok && r.value.value).toStrictEqual(new Decimal(`${integer}.${fraction}`));
      }),
      { numRuns: 5000 },
    );
    for (const text of ['0,5', '0,00', '00,000001', '92,87', '1234567,1234567', '10000000,5', '0,0000000012'])
      expect((readNumber(text, 'decimal') as { value: { value: Decimal } }).value.value).toStrictEqual(
        new Decimal(text.replace(',', '.')),
      );
  });

  it('gives a Decimal that computes as any other', () => {
    expect(whole('5824272835').div('6271000000').times(100).toFixed(2)).toBe('92.88');
  });
});
