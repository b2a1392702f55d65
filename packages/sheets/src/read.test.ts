import { createRegisterReader } from '@diemmac/core/register';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheetRows, recountRegisterSheet, SheetReadError } from './read.js';

const PERIOD = { from: 20250101, to: 20250930 };
const HEADER = [
  'STT',
  'Mã hồ sơ',
  'Ngày tiếp nhận',
  'Ngày hẹn trả',
  'Ngày có kết quả',
  'Hình thức nộp',
  'Trạng thái',
];
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

// Dossiers as an office exports them: dates as date cells (and one typed as text), a title
// line above the header, a duplicated code, a due date before the received date.
const ROWS: unknown[][] = [
  [1, 'H-1', day(2025, 3, 15), day(2025, 3, 20), day(2025, 3, 18), 'Trực tuyến', 'Đã trả kết quả'],
  [2, 'H-2', day(2025, 3, 15), day(2025, 3, 20), day(2025, 3, 20), 'Trực tiếp', 'Đã trả kết quả'],
  [3, 'H-3', '16/03/2025', day(2025, 3, 20), day(2025, 3, 25), 'Bưu chính công ích', 'Đã trả kết quả'],
  [4, 'H-4', day(2024, 12, 20), day(2025, 1, 5), null, 'Trực tiếp', 'Đang xử lý'],
  [5, 'H-2', day(2025, 3, 15), day(2025, 3, 20), day(2025, 3, 19), 'Trực tiếp', 'Đã trả kết quả'],
  [6, 'H-6', day(2025, 4, 10), day(2025, 4, 1), day(2025, 4, 9), 'Trực tuyến', 'Đã trả kết quả'],
  [
    7,
    { richText: [{ text: 'H-' }, { text: '7' }] },
    day(2025, 10, 2),
    day(2025, 10, 9),
    null,
    'Trực tuyến',
    '',
  ],
];

async function workbook(rows: unknown[][] = ROWS): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sổ theo dõi');
  sheet.addRow(['SỔ THEO DÕI HỒ SƠ']);
  sheet.addRow(HEADER);
  for (const r of rows) sheet.addRow(r);
  sheet.getColumn(3).numFmt = 'dd/mm/yyyy';
  book.addWorksheet('Ghi chú').addRow(['Không đọc trang này']);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The same register as CSV, as the core's CSV reader takes it. */
function csv(rows: unknown[][] = ROWS): string {
  const text = (v: unknown): string => {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (v && typeof v === 'object')
      return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
    return v === null ? '' : String(v);
  };
  return `${[HEADER, ...rows].map((r) => r.map(text).join(',')).join('\n')}\n`;
}

describe('readSheetRows', () => {
  it('gives the first sheet row by row as text, dates as yyyy-mm-dd, with the sheet row numbers', async () => {
    const rows = [];
    for await (const r of readSheetRows(await workbook())) rows.push(r);
    expect(rows[0]).toEqual({ row: 1, cells: ['SỔ THEO DÕI HỒ SƠ'] });
    expect(rows[1]).toEqual({ row: 2, cells: HEADER });
    expect(rows[2]).toEqual({
      row: 3,
      cells: ['1', 'H-1', '2025-03-15', '2025-03-20', '2025-03-18', 'Trực tuyến', 'Đã trả kết quả'],
    });
    expect(rows.at(-1)?.cells.slice(0, 2)).toEqual(['7', 'H-7']);
    expect(rows).toHaveLength(9);
  });

  it('refuses a file that is not a workbook with a SheetReadError', async () => {
    const read = async () => {
      for await (const _ of readSheetRows(new TextEncoder().encode('Mã hồ sơ,Ngày\n'))) {
        // nothing
      }
    };
    await expect(read()).rejects.toBeInstanceOf(SheetReadError);
  });
});

describe('recountRegisterSheet', () => {
  it('counts an .xlsx register as the same register in CSV, rows numbered as in the sheet', async () => {
    const { recount, issues } = await recountRegisterSheet(await workbook(), { period: PERIOD });
    const reader = createRegisterReader({ period: PERIOD });
    reader.push(csv());
    const fromCsv = reader.end();
    expect(recount).toMatchObject({
      rows: 7,
      received: { total: 5, online: 2, direct: 1, postal: 1, carriedOver: 1 },
      resolved: { total: 4, early: 1, onTime: 1, late: 2 },
      pending: { total: 1, withinDeadline: 0, overdue: 1 },
    });
    expect(recount).toEqual(fromCsv.recount);
    // The CSV has no title line: its rows are one lower.
    expect(issues.map((i) => [i.code, i.rows])).toEqual(
      fromCsv.issues.map((i) => [i.code, i.rows.map((r) => r + 1)]),
    );
    expect(issues.find((i) => i.code === 'register.duplicate-code')).toMatchObject({
      rows: [7],
      firstRows: [4],
      value: 'H-2',
    });
    expect(issues.find((i) => i.code === 'register.due-before-received')?.rows).toEqual([8]);
    expect(issues.find((i) => i.code === 'register.received-after-period')?.rows).toEqual([9]);
  });

  it('says which column is missing when the header lacks one', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('S').addRows([
      ['Mã hồ sơ', 'Ngày tiếp nhận'],
      ['H-1', day(2025, 3, 15)],
    ]);
    const { recount, issues } = await recountRegisterSheet(new Uint8Array(await book.xlsx.writeBuffer()), {
      period: PERIOD,
    });
    expect(recount).toBeUndefined();
    expect(issues.filter((i) => i.code === 'register.missing-column').map((i) => i.column)).toEqual([
      'due',
      'resolved',
    ]);
  });
});
