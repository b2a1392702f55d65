import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createByteScanner } from './bytes.js';
import { createCsvScanner } from './csv.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Every cell of every row read from bytes cut at the given offsets, with row numbers and widths. */
function read(bytes: Uint8Array, cuts: number[] = []): string[][] {
  const rows: string[][] = [];
  let width = 0;
  const scanner = createByteScanner({
    onHeader: (cells) => {
      width = cells.length;
      rows.push(cells);
      return cells.map((_, i) => i);
    },
    onRow: (cells, row, w) =>
      rows.push([`${row}/${w}`, ...Array.from({ length: width }, (_, i) => cells.text(i))]),
  });
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    scanner.push(bytes.subarray(start, cut));
    start = cut;
  }
  scanner.end();
  return rows;
}

/** The same, by the text scanner: the byte scanner must agree with it cell for cell. */
function readText(text: string): string[][] {
  const rows: string[][] = [];
  let width = 0;
  const scanner = createCsvScanner({
    onHeader: (cells) => {
      width = cells.length;
      rows.push(cells);
      return cells.map((_, i) => i);
    },
    onRow: (cells, row, w) => rows.push([`${row}/${w}`, ...cells.slice(0, width)]),
  });
  scanner.push(text);
  scanner.end();
  return rows;
}

describe('createByteScanner', () => {
  it('undoes quoting: separators, doubled quotes and line breaks inside a cell', () => {
    const text = '\uFEFFMã,Ghi chú\r\nH1,"Hồ sơ ""khẩn"", cần gấp"\r\nH2,"hai\ndòng"\r\n\r\nH3,\r\nH4';
    expect(read(utf8(text))).toEqual([
      ['Mã', 'Ghi chú'],
      ['2/2', 'H1', 'Hồ sơ "khẩn", cần gấp'],
      ['3/2', 'H2', 'hai\ndòng'],
      ['4/2', 'H3', ''],
      ['5/1', 'H4', ''],
    ]);
  });

  it('guesses the separator from the header', () => {
    expect(read(utf8('Mã;Ngày\nH1;01/02/2024\n'))).toEqual([
      ['Mã', 'Ngày'],
      ['2/2', 'H1', '01/02/2024'],
    ]);
    expect(read(utf8('Mã\tNgày\nH1\t01/02/2024'))[1]).toEqual(['2/2', 'H1', '01/02/2024']);
  });

  it('reads what the text scanner reads, however the bytes are cut, even inside a character', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ă', 'Đ', 'ệ', ',', '"', '\n', ' ', '1') });
    const table = fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(table, fc.array(fc.nat(), { maxLength: 10 }), fc.boolean(), (rows, cuts, quoteAll) => {
        // Quoted cells as RFC 4180 writes them, or (leniently) unquoted when they need no quotes.
        const q = (s: string) => (quoteAll || /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
        const text = `a,b,c\n${rows.map((r) => r.map(q).join(',')).join('\n')}\n`;
        const bytes = utf8(text);
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((x, y) => x - y);
        expect(read(bytes, points)).toEqual(readText(text));
      }),
    );
  });
});
