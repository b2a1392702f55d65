import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvScanner } from './csv.js';

/** Every cell of every row, read in the given chunks. */
function read(chunks: string[], delimiter?: string): string[][] {
  const rows: string[][] = [];
  let width = 0;
  const scanner = createCsvScanner({
    delimiter,
    onHeader: (cells) => {
      width = cells.length;
      rows.push(cells);
      return cells.map((_, i) => i);
    },
    onRow: (cells) => rows.push(cells.slice(0, width)),
  });
  for (const c of chunks) scanner.push(c);
  scanner.end();
  return rows;
}

describe('createCsvScanner', () => {
  it('undoes quoting: separators, doubled quotes and line breaks inside a cell', () => {
    const text = 'Mã,Ghi chú\r\nH1,"Hồ sơ ""khẩn"", cần gấp"\r\nH2,"hai\ndòng"\r\nH3,\r\n';
    expect(read([text])).toEqual([
      ['Mã', 'Ghi chú'],
      ['H1', 'Hồ sơ "khẩn", cần gấp'],
      ['H2', 'hai\ndòng'],
      ['H3', ''],
    ]);
  });

  it('guesses the separator from the header (Excel in Vietnamese saves with semicolons)', () => {
    expect(read(['Mã;Ngày\nH1;01/02/2024\n'])).toEqual([
      ['Mã', 'Ngày'],
      ['H1', '01/02/2024'],
    ]);
    expect(read(['Mã\tNgày\nH1\t01/02/2024'])).toEqual([
      ['Mã', 'Ngày'],
      ['H1', '01/02/2024'],
    ]);
  });

  it('drops a byte-order mark, skips blank lines and gives short rows empty cells', () => {
    expect(read(['\uFEFFMã,Ngày,Kênh\n\nH1,01/02/2024\n'])).toEqual([
      ['Mã', 'Ngày', 'Kênh'],
      ['H1', '01/02/2024', ''],
    ]);
  });

  it('numbers rows as a spreadsheet does, counting a record with a line break once', () => {
    const numbers: number[] = [];
    const scanner = createCsvScanner({ onHeader: () => [0], onRow: (_c, row) => numbers.push(row) });
    scanner.push('Mã\nH1\n"H\n2"\nH3\n');
    scanner.end();
    expect(numbers).toEqual([2, 3, 4]);
  });

  it('reads the same rows however the text is cut into chunks', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ă', 'Đ', ',', '"', '\n', ' ', '1') });
    const table = fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(table, fc.array(fc.nat(), { maxLength: 10 }), (rows, cuts) => {
        const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const text = `${['a', 'b', 'c'].join(',')}\n${rows.map((r) => r.map(q).join(',')).join('\n')}\n`;
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((x, y) => x - y);
        const chunks: string[] = [];
        let start = 0;
        for (const p of points) {
          chunks.push(text.slice(start, p));
          start = p;
        }
        chunks.push(text.slice(start));
        expect(read(chunks)).toEqual(read([text]));
        expect(read(chunks).slice(1)).toEqual(rows);
      }),
    );
  });
});
