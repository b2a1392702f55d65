import { describe, expect, it } from 'vitest';
import { CountValue, FIGURE_BOUNDS, MoneyValue, RateValue, ScoreValue } from './values.js';

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

  it('refuses more than 10 decimals in a rate or a score', () => {
    expect(RateValue.parse('92,8763010654').scale).toBe(10);
    expect(codeOf(RateValue.safeParse('92,87630106541'))).toBe('number.too-precise');
    expect(codeOf(ScoreValue.safeParse(`0,${'1'.repeat(40)}`))).toBe('number.too-precise');
  });
});
