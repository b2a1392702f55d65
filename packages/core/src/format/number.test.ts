import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../numbers/decimal.js';
import { formatDecimal, formatInteger, formatMoney, formatPercent } from './number.js';

describe('formatInteger', () => {
  it('groups thousands with dots, as Vietnamese notices write them', () => {
    expect(formatInteger(5824272835)).toBe('5.824.272.835');
    expect(formatInteger(5824272835n)).toBe('5.824.272.835');
    expect(formatInteger('5824272835')).toBe('5.824.272.835');
    expect(formatInteger(new Decimal('5824272835'))).toBe('5.824.272.835');
  });

  it('leaves numbers below a thousand alone', () => {
    expect(formatInteger(0)).toBe('0');
    expect(formatInteger(7)).toBe('7');
    expect(formatInteger(999)).toBe('999');
    expect(formatInteger(1000)).toBe('1.000');
  });

  it('puts the minus sign before the digits and never writes -0', () => {
    expect(formatInteger(-1234)).toBe('-1.234');
    expect(formatInteger(-0)).toBe('0');
    expect(formatInteger('-0')).toBe('0');
    expect(formatInteger(new Decimal('-0'))).toBe('0');
  });

  it('ignores leading zeros and a plus sign in a string', () => {
    expect(formatInteger('007')).toBe('7');
    expect(formatInteger('+0012345')).toBe('12.345');
  });

  it('writes integers beyond 2^53 exactly from a bigint, a string or a Decimal', () => {
    expect(formatInteger(12345678901234567890n)).toBe('12.345.678.901.234.567.890');
    expect(formatInteger(new Decimal('1e25'))).toBe('10.000.000.000.000.000.000.000.000');
  });

  it('uses commas in English', () => {
    expect(formatInteger(5824272835n, { locale: 'en' })).toBe('5,824,272,835');
    expect(formatInteger(-1234, { locale: 'en' })).toBe('-1,234');
  });

  it('rejects what is not an exact integer with a RangeError', () => {
    expect(() => formatInteger(1.5)).toThrow(RangeError);
    expect(() => formatInteger(Number.NaN)).toThrow(RangeError);
    expect(() => formatInteger(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => formatInteger(2 ** 53)).toThrow(RangeError);
    expect(() => formatInteger(new Decimal('1.5'))).toThrow(RangeError);
    expect(() => formatInteger(new Decimal('NaN'))).toThrow(RangeError);
    expect(() => formatInteger('1.5')).toThrow(RangeError);
    expect(() => formatInteger('1.000')).toThrow(RangeError);
    expect(() => formatInteger('1e3')).toThrow(RangeError);
    expect(() => formatInteger(' 12')).toThrow(RangeError);
    expect(() => formatInteger('')).toThrow(RangeError);
    expect(() => formatInteger(1.5)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: formatInteger: 1.5 is not a safe integer; pass a bigint or a string]`,
    );
  });

  it('round-trips: removing the dots gives back the integer', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (n) => {
        const text = formatInteger(n);
        expect(BigInt(text.replaceAll('.', ''))).toBe(n);
        expect(text).toMatch(/^-?\d{1,3}(\.\d{3})*$/);
      }),
    );
  });
});

describe('formatDecimal', () => {
  it('writes a comma before the decimals', () => {
    expect(formatDecimal('92.87')).toBe('92,87');
    expect(formatDecimal(new Decimal('92.87'))).toBe('92,87');
  });

  it('groups the integer part with dots', () => {
    expect(formatDecimal('1234567.5')).toBe('1.234.567,5');
    expect(formatDecimal('-1234.25')).toBe('-1.234,25');
  });

  it('pads to the requested scale', () => {
    expect(formatDecimal('62.5', { scale: 2 })).toBe('62,50');
    expect(formatDecimal(new Decimal('48.70'), { scale: 2 })).toBe('48,70');
    expect(formatDecimal('100', { scale: 2 })).toBe('100,00');
    expect(formatDecimal('7.25', { scale: 2 })).toBe('7,25');
  });

  it('keeps the decimals as written in a string, but a Decimal has no trailing zeros', () => {
    expect(formatDecimal('48.70')).toBe('48,70');
    expect(formatDecimal(new Decimal('48.70'))).toBe('48,7');
    expect(formatDecimal('100')).toBe('100');
  });

  it('never rounds: a scale smaller than the decimals throws a RangeError', () => {
    expect(() => formatDecimal('92.875', { scale: 2 })).toThrow(RangeError);
    expect(() => formatDecimal(new Decimal('0.125'), { scale: 2 })).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: formatDecimal: 0.125 has more than 2 decimals; round it first with a named mode]`,
    );
  });

  it('drops trailing zeros beyond the scale, since that loses nothing', () => {
    expect(formatDecimal('62.500', { scale: 1 })).toBe('62,5');
    expect(formatDecimal('62.00', { scale: 0 })).toBe('62');
  });

  it('writes small and large Decimals in plain notation, never with an exponent', () => {
    expect(formatDecimal(new Decimal('1e-7'))).toBe('0,0000001');
    expect(formatDecimal(new Decimal('1.5e21'))).toBe('1.500.000.000.000.000.000.000');
  });

  it('ignores leading zeros and never writes a negative zero', () => {
    expect(formatDecimal('007.50')).toBe('7,50');
    expect(formatDecimal('-0.00')).toBe('0,00');
    expect(formatDecimal(new Decimal('-0'), { scale: 1 })).toBe('0,0');
  });

  it('uses a decimal point and comma grouping in English', () => {
    expect(formatDecimal('1234.5', { locale: 'en', scale: 2 })).toBe('1,234.50');
  });

  it('rejects malformed input and scales with a RangeError', () => {
    for (const bad of ['', '92,87', '1.234,5', '.5', '5.', '1e3', 'NaN', ' 1.5', '0x10']) {
      expect(() => formatDecimal(bad), bad).toThrow(RangeError);
    }
    expect(() => formatDecimal(new Decimal('Infinity'))).toThrow(RangeError);
    expect(() => formatDecimal('1.5', { scale: -1 })).toThrow(RangeError);
    expect(() => formatDecimal('1.5', { scale: 1.5 })).toThrow(RangeError);
  });

  it('round-trips: swapping the separators back gives the same value', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }))
      .map(([units, places]) => new Decimal(`${units}e-${places}`));
    fc.assert(
      fc.property(decimal, (value) => {
        const text = formatDecimal(value);
        expect(new Decimal(text.replaceAll('.', '').replace(',', '.')).equals(value)).toBe(true);
        expect(text).toMatch(/^-?\d{1,3}(\.\d{3})*(,\d+)?$/);
      }),
    );
  });
});

describe('formatPercent', () => {
  it('appends % with no space, as Vietnamese notices write it', () => {
    expect(formatPercent('92.87')).toBe('92,87%');
    expect(formatPercent(new Decimal('100'))).toBe('100%');
    expect(formatPercent(new Decimal('48.7'), { scale: 2 })).toBe('48,70%');
  });

  it('writes a decimal point in English', () => {
    expect(formatPercent('92.87', { locale: 'en' })).toBe('92.87%');
  });

  it('never rounds', () => {
    expect(() => formatPercent('92.875', { scale: 2 })).toThrow(RangeError);
  });
});

describe('formatMoney', () => {
  it('writes whole đồng with dot grouping and the word "đồng"', () => {
    expect(formatMoney(5824272835)).toBe('5.824.272.835 đồng');
    expect(formatMoney(5824272835n)).toBe('5.824.272.835 đồng');
    expect(formatMoney('5824272835')).toBe('5.824.272.835 đồng');
    expect(formatMoney(0)).toBe('0 đồng');
  });

  it('writes VND in English', () => {
    expect(formatMoney(5824272835n, { locale: 'en' })).toBe('5,824,272,835 VND');
  });

  it('rejects fractions of a đồng', () => {
    expect(() => formatMoney(1.5)).toThrow(RangeError);
    expect(() => formatMoney('1000.5')).toThrow(RangeError);
  });

  it('writes NFC text', () => {
    const text = formatMoney(1);
    expect(text).toBe(text.normalize('NFC'));
  });
});
