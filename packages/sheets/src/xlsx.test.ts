import { Decimal } from '@diemmac/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Table } from './table.js';
import { sheetName, toXlsx } from './xlsx.js';

const table: Table = {
  name: 'Kiến nghị quá hạn',
  columns: [
    { key: 'commune', header: 'Xã, phường', kind: 'text' },
    { key: 'received', header: 'Hồ sơ tiếp nhận', kind: 'integer' },
    { key: 'spent', header: 'Chi (đồng)', kind: 'money' },
    { key: 'rate', header: 'Tỷ lệ (%)', kind: 'percent' },
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
      due: { year: 2025, month: 9, day: 30 },
    },
    { commune: 'Thị trấn Chợ Chu', rate: new Decimal('0.1234567890123456789'), score: '7' },
  ],
};

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('toXlsx', () => {
  it('keeps Vietnamese sheet names and headings, bold and frozen', async () => {
    const book = await read(await toXlsx([table, { ...table, name: 'Tổng hợp theo xã' }]));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Kiến nghị quá hạn', 'Tổng hợp theo xã']);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'Xã, phường',
      'Hồ sơ tiếp nhận',
      'Chi (đồng)',
      'Tỷ lệ (%)',
      'Điểm',
      'Hạn',
    ]);
    expect(sheet?.getRow(1).font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('writes counts and money as numbers, rates with the decimals they were written with', async () => {
    const sheet = (await read(await toXlsx([table]))).worksheets[0];
    const row = sheet?.getRow(2);
    expect(row?.getCell(2).value).toBe(2175);
    expect(row?.getCell(2).numFmt).toBe('#,##0');
    expect(row?.getCell(3).value).toBe(5824272835);
    expect(row?.getCell(4).value).toBe(0.9287);
    expect(row?.getCell(4).numFmt).toBe('0.00%');
    expect(row?.getCell(5).value).toBe(48.7);
    expect(row?.getCell(5).numFmt).toBe('#,##0.00');
    expect(row?.getCell(6).value).toEqual(new Date(Date.UTC(2025, 8, 30)));
    expect(row?.getCell(6).numFmt).toBe('dd/mm/yyyy');
  });

  it('writes as text a decimal a spreadsheet number cannot hold, rather than rounding it', async () => {
    const sheet = (await read(await toXlsx([table]))).worksheets[0];
    expect(sheet?.getRow(3).getCell(4).value).toBe('0.1234567890123456789');
    expect(sheet?.getRow(3).getCell(2).value).toBeNull();
  });

  it('refuses two sheets with one name', async () => {
    await expect(toXlsx([table, { ...table, name: 'kiến nghị quá hạn' }])).rejects.toThrow(
      'two sheets are named',
    );
  });
});

describe('sheetName', () => {
  it('replaces what Excel forbids and cuts at 31 characters', () => {
    expect(sheetName('Kỳ 1/2025: [tổng hợp]')).toBe('Kỳ 1-2025- -tổng hợp-');
    expect([...sheetName('Tổng hợp kiến nghị chưa thực hiện của các xã')].length).toBe(31);
  });
});
