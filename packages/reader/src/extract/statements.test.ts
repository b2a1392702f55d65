import { describe, expect, it } from 'vitest';
import { coverage, readStatements } from './statements.js';

const brief = (text: string) =>
  readStatements(text).map((s) => {
    switch (s.kind) {
      case 'ratio':
        return [s.kind, s.label, s.part.written, s.whole.written, s.rate?.written, s.unit];
      case 'score':
        return [s.kind, s.label, s.score.written, s.max.written];
      case 'count':
        return [s.kind, s.label, s.value.written, s.unit];
      case 'money':
        return [s.kind, s.label, s.value.written, s.words];
      case 'points':
        return [s.kind, s.label, s.value.written];
      default:
        return [s.kind, s.label, s.rate.written];
    }
  });

describe('readStatements', () => {
  it('reads a part of a whole with its rate', () => {
    expect(brief('Thuế giá trị gia tăng: 41.890.010 đồng/86.000.000 đồng đạt 48,70%;')).toEqual([
      ['ratio', 'Thuế giá trị gia tăng', '41.890.010', '86.000.000', '48,70', 'đồng'],
    ]);
  });

  it('reads a score out of its maximum, keeping a stray mark as written', () => {
    expect(brief('- + Số hóa hồ sơ: 15.3./22 điểm.')).toEqual([['score', 'Số hóa hồ sơ', '15.3.', '22']]);
    expect(brief('Công khai, minh bạch: 16,2/18 điểm')).toEqual([
      ['score', 'Công khai, minh bạch', '16,2', '18'],
    ]);
  });

  it('reads counts with their unit and the words before them', () => {
    expect(
      brief('Số hồ sơ giải quyết trước hạn: 1362 hồ sơ; Số hồ sơ giải quyết quá hạn: 01 hồ sơ.'),
    ).toEqual([
      ['count', 'Số hồ sơ giải quyết trước hạn', '1362', 'hồ sơ'],
      ['count', 'Số hồ sơ giải quyết quá hạn', '01', 'hồ sơ'],
    ]);
  });

  it('reads money with its amount in words', () => {
    expect(brief('Tổng thu: 1.500.000 đồng (Bằng chữ: Một triệu năm trăm nghìn đồng).')).toEqual([
      ['money', 'Tổng thu', '1.500.000', 'Một triệu năm trăm nghìn đồng'],
    ]);
  });

  it('never takes dates, document numbers, years or section numbers for figures', () => {
    const text = '2.2. Kế hoạch số 08/KH-UBND ngày 10/01/2024 về kiểm soát thủ tục hành chính năm 2024';
    expect(readStatements(text)).toEqual([]);
    expect(coverage(text, [])).toEqual({ numbers: 0, placed: 0 });
  });

  it('says which figures it could not place', () => {
    const text = 'xóm Bản Bắc 1, 2 với 128 người tham gia';
    expect(coverage(text, readStatements(text))).toEqual({ numbers: 3, placed: 1 });
  });
});
