import { describe, expect, it } from 'vitest';
import {
  CountValue,
  DateValue,
  DraftDateValue,
  FIGURE_BOUNDS,
  MoneyValue,
  RateValue,
  ScoreValue,
} from './values.js';

const codeOf = (result: { error?: { issues: readonly object[] } | undefined }) =>
  (result.error?.issues[0] as { params?: { diemmac?: string } } | undefined)?.params?.diemmac;

describe('bounds on written figures', () => {
  it('takes a commune budget up to 10^15 đồng and refuses one đồng more', () => {
    expect(MoneyValue.parse('1.000.000.000.000.000').value.toFixed()).toBe(FIGURE_BOUNDS.money.max);
    expect(codeOf(MoneyValue.safeParse('1.000.000.000.000.001'))).toBe('number.too-large');
    expect(codeOf(MoneyValue.safeParse('1'.repeat(41)))).toBe('number.too-large');
  });

  it('bounds counts at 10^9 and rates and scores at 10^6', () => {
    expect(CountValue.parse('1.000.000.000').value.toFixed()).toBe('1000000000');
    expect(codeOf(CountValue.safeParse('1000000001'))).toBe('number.too-large');
    expect(RateValue.parse('311,84').written).toBe('311,84');
    expect(codeOf(RateValue.safeParse('1000000,1'))).toBe('number.too-large');
    expect(codeOf(ScoreValue.safeParse('9'.repeat(60)))).toBe('number.too-large');
  });

  it('takes every figure up to its bound, whatever its digits, and refuses every figure past it', () => {
    for (const text of ['999.999.999.999.999', '999999999999999', '0', '000.000', '1000000000000000'])
      expect(MoneyValue.safeParse(text).success).toBe(true);
    for (const text of ['1.000.000', '999999,9999999999', '1000000,0', '0,0000000001', '000999999,9'])
      expect(RateValue.safeParse(text).success).toBe(true);
    for (const text of ['1000000,0000000001', '1.000.001', '10000000', '1000001'])
      expect(codeOf(RateValue.safeParse(text))).toBe('number.too-large');
    expect(codeOf(ScoreValue.safeParse('1000000.5'))).toBe('number.too-large');
    expect(codeOf(CountValue.safeParse('1.000.000.001'))).toBe('number.too-large');
  });

  it('refuses more than 10 decimals in a rate or a score', () => {
    expect(RateValue.parse('92,8763010654').scale).toBe(10);
    expect(codeOf(RateValue.safeParse('92,87630106541'))).toBe('number.too-precise');
    expect(codeOf(ScoreValue.safeParse(`0,${'1'.repeat(40)}`))).toBe('number.too-precise');
  });
});

describe('DateValue', () => {
  const read = (text: string) => {
    const r = DateValue.safeParse(text);
    return r.success ? [r.data.year, r.data.month, r.data.day] : undefined;
  };

  it('reads day/month/year with any of its separators, spaces around them, or ISO', () => {
    expect(read('20/7/2023')).toEqual([2023, 7, 20]);
    expect(read('01.12.2024')).toEqual([2024, 12, 1]);
    expect(read('8-1-2024')).toEqual([2024, 1, 8]);
    expect(read('8 / 1 / 2024')).toEqual([2024, 1, 8]);
    expect(read(' 20/7/2023 ')).toEqual([2023, 7, 20]);
    expect(read('2024-01-08')).toEqual([2024, 1, 8]);
  });

  it('keeps the date as written, trimmed, and refuses a month or a year out of range wherever it is written', () => {
    expect(DateValue.parse('20/7/2023')).toStrictEqual({
      year: 2023,
      month: 7,
      day: 20,
      written: '20/7/2023',
    });
    expect(DateValue.parse(' 20/7/2023 ').written).toBe('20/7/2023');
    expect(DraftDateValue.parse('20/11/2024')).toStrictEqual({
      year: 2024,
      month: 11,
      day: 20,
      written: '20/11/2024',
    });
    expect(DraftDateValue.parse('11/2024')).toStrictEqual({
      year: 2024,
      month: 11,
      day: null,
      written: '11/2024',
    });
    expect(read('31/2/2024')).toEqual([2024, 2, 31]);
    for (const text of [
      '1/13/2024',
      '0/1/2024',
      '32/1/2024',
      '1/1/1899',
      '1/1/2201',
      ' 1/13/2024',
      '1/0/2024',
    ])
      expect(codeOf(DateValue.safeParse(text))).toBe('date.out-of-range');
  });

  it("reads a draft's month and year, with any separator, and refuses what is no month of a year", () => {
    const draft = (text: string) => {
      const r = DraftDateValue.safeParse(text);
      return r.success ? [r.data.year, r.data.month, r.data.day, r.data.written] : codeOf(r);
    };
    expect(draft('11/2024')).toEqual([2024, 11, null, '11/2024']);
    expect(draft('1-2024')).toEqual([2024, 1, null, '1-2024']);
    expect(draft('01.2024')).toEqual([2024, 1, null, '01.2024']);
    expect(draft(' 11 / 2024 ')).toEqual([2024, 11, null, '11 / 2024']);
    expect(draft('.../11/2024')).toEqual([2024, 11, null, '.../11/2024']);
    expect(draft('2024-11')).toEqual([2024, 11, null, '2024-11']);
    for (const text of ['13/2024', '0/2024', '11/1899']) expect(draft(text)).toBe('date.out-of-range');
    for (const text of ['111/2024', '11/20245', '11/202', '11//2024', 'a/2024', '11/2024a'])
      expect(draft(text)).toBe('date.unreadable');
    // A date that must have its day takes no month alone.
    expect(codeOf(DateValue.safeParse('11/2024'))).toBe('date.unreadable');
  });

  it('refuses what is not a date as written', () => {
    for (const text of [
      '123/1/2024',
      '1/123/2024',
      '1/2/20245',
      '1/2/202',
      '1/2/',
      '1/2',
      '',
      '1//2024',
      'a/1/2024',
    ])
      expect(read(text)).toBeUndefined();
  });
});
