import { Decimal } from '@diemmac/core';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';
import { type Table, TableError } from './table.js';

const table: Table = {
  name: 'Tổng hợp',
  columns: [
    { key: 'commune', header: 'Xã', kind: 'text' },
    { key: 'received', header: 'Hồ sơ tiếp nhận', kind: 'integer' },
    { key: 'spent', header: 'Chi (đồng)', kind: 'money' },
    { key: 'rate', header: 'Tỷ lệ đúng hạn (%)', kind: 'percent' },
    { key: 'score', header: 'Điểm', kind: 'decimal' },
    { key: 'due', header: 'Hạn', kind: 'date' },
  ],
  rows: [
    {
      commune: 'Điềm Mặc',
      received: 2175,
      spent: 5824272835n,
      rate: '92.87',
      score: '48.70',
      due: { year: 2025, month: 9, day: 3 },
    },
    {
      commune: 'Phú Đình, "xóm" Đồng',
      received: '12',
      spent: null,
      rate: new Decimal('100'),
      score: undefined,
    },
  ],
};

describe('toCsv', () => {
  it('writes Vietnamese headings and numbers the Vietnamese way, decimals as written', () => {
    const lines = toCsv(table).split('\r\n');
    expect(lines[0]).toBe('\uFEFFXã,Hồ sơ tiếp nhận,Chi (đồng),Tỷ lệ đúng hạn (%),Điểm,Hạn');
    expect(lines[1]).toBe('Điềm Mặc,2.175,5.824.272.835,"92,87","48,70",03/09/2025');
  });

  it('quotes fields with commas or quotes and leaves empty cells empty', () => {
    expect(toCsv(table).split('\r\n')[2]).toBe('"Phú Đình, ""xóm"" Đồng",12,,100,,');
  });

  it('writes the English way when asked, without a byte-order mark', () => {
    const csv = toCsv(table, { locale: 'en', bom: false });
    expect(csv.startsWith('Xã,')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe('Điềm Mặc,"2,175","5,824,272,835",92.87,48.70,03/09/2025');
  });

  it('ends every line with CRLF and writes the headings of an empty table', () => {
    expect(toCsv({ ...table, rows: [] })).toBe(
      '\uFEFFXã,Hồ sơ tiếp nhận,Chi (đồng),Tỷ lệ đúng hạn (%),Điểm,Hạn\r\n',
    );
  });

  it('refuses a value of the wrong kind for its column, naming the column and row', () => {
    const bad: Table = { ...table, rows: [{ received: 1.5 }] };
    expect(() => toCsv(bad)).toThrow(TableError);
    expect(() => toCsv(bad)).toThrow('column "received", row 1: expected an integer, got 1.5');
  });
});
