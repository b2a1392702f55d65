import { describe, expect, it } from 'vitest';
import * as format from './index.js';

describe('format public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(format).sort()).toEqual([
      'DRAFT_DAY_BLANK',
      'amountInWords',
      'formatDateLong',
      'formatDateShort',
      'formatDecimal',
      'formatInteger',
      'formatMoney',
      'formatPercent',
      'formatPlaceDate',
      'readAmountInWords',
    ]);
  });

  it('keeps the promises of its @example lines', () => {
    expect(format.formatInteger(5824272835n)).toBe('5.824.272.835');
    expect(format.formatDecimal('62.5', { scale: 2 })).toBe('62,50');
    expect(format.formatPercent('92.87')).toBe('92,87%');
    expect(format.formatMoney(5824272835n)).toBe('5.824.272.835 đồng');
    expect(format.formatDateShort({ year: 2024, month: 1, day: 8 })).toBe('08/01/2024');
    expect(format.formatDateLong({ year: 2024, month: 10, day: 10 })).toBe('ngày 10 tháng 10 năm 2024');
    expect(format.formatPlaceDate('Điềm Mặc', { year: 2024, month: 1, day: 5 })).toBe(
      'Điềm Mặc, ngày 05 tháng 01 năm 2024',
    );
    expect(format.formatPlaceDate('Điềm Mặc', { year: 2024, month: 11 })).toContain(format.DRAFT_DAY_BLANK);
    expect(format.amountInWords(1050000)).toBe('Một triệu không trăm năm mươi nghìn đồng');
  });
});
