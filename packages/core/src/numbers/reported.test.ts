import { describe, expect, it } from 'vitest';
import { readNumber } from './reported.js';

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
