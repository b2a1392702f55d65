import { Decimal } from '@diemmac/core';
import ExcelJS from 'exceljs';
import { dayOf, decimalOf, integerOf, isEmpty } from './cells.js';
import { type Column, type Table, TableError } from './table.js';

export interface XlsxOptions {
  /** The workbook's author, shown in its properties (default "diemmac"). */
  readonly creator?: string;
  /** When the workbook was made; give one to get the same file twice. */
  readonly created?: Date;
}

// Excel refuses these in a sheet name and cuts names at 31 characters.
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
const SHEET_NAME_MAX = 31;

export function sheetName(name: string): string {
  const cleaned = name.normalize('NFC').replace(SHEET_NAME_FORBIDDEN, '-').trim();
  return [...cleaned].slice(0, SHEET_NAME_MAX).join('') || 'Sheet';
}

/** The number format of a column; Excel shows the grouping the reader's system uses. */
function numberFormat(column: Column, decimals: number): string | undefined {
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  switch (column.kind) {
    case 'integer':
    case 'money':
      return '#,##0';
    case 'decimal':
      return `#,##0${fraction}`;
    case 'percent':
      return `0${fraction}%`;
    case 'date':
      return 'dd/mm/yyyy';
    default:
      return undefined;
  }
}

function decimalsOf(literal: string): number {
  const dot = literal.indexOf('.');
  return dot < 0 ? 0 : literal.length - dot - 1;
}

/**
 * A spreadsheet number for an exact decimal, or undefined when a binary double cannot hold
 * it exactly enough to read back the same digits (then the cell is written as text, never
 * silently rounded).
 */
function spreadsheetNumber(exact: Decimal): number | undefined {
  const n = Number(exact.toFixed());
  return Number.isFinite(n) && new Decimal(String(n)).equals(exact) ? n : undefined;
}

interface Written {
  value: ExcelJS.CellValue;
  numFmt?: string | undefined;
}

function writeCell(table: Table, column: Column, row: number): Written {
  const value = table.rows[row]?.[column.key];
  if (isEmpty(value)) return { value: null };
  switch (column.kind) {
    case 'text':
      return { value: String(value).normalize('NFC') };
    case 'integer':
    case 'money': {
      const exact = integerOf(value, column, row);
      const n = spreadsheetNumber(new Decimal(exact.toString()));
      return n === undefined ? { value: exact.toString() } : { value: n, numFmt: numberFormat(column, 0) };
    }
    case 'decimal':
    case 'percent': {
      const literal = decimalOf(value, column, row);
      const decimals = column.scale ?? decimalsOf(literal);
      // A percentage (92.87) is stored as the fraction Excel's % format expects (0.9287),
      // divided exactly in decimal before it becomes a spreadsheet number.
      const exact = column.kind === 'percent' ? new Decimal(literal).div(100) : new Decimal(literal);
      const n = spreadsheetNumber(exact);
      return n === undefined ? { value: literal } : { value: n, numFmt: numberFormat(column, decimals) };
    }
    case 'date': {
      const day = dayOf(value, column, row);
      return { value: new Date(Date.UTC(day.year, day.month - 1, day.day)), numFmt: numberFormat(column, 0) };
    }
  }
}

function addSheet(workbook: ExcelJS.Workbook, table: Table, names: Set<string>): void {
  const name = sheetName(table.name);
  const key = name.toLocaleLowerCase('vi');
  if (names.has(key)) throw new TableError(`two sheets are named "${name}"`);
  names.add(key);
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    key: column.key,
    width: column.width ?? Math.min(60, Math.max(10, [...column.header].length + 2)),
  }));
  const header = sheet.getRow(1);
  table.columns.forEach((column, index) => {
    header.getCell(index + 1).value = column.header.normalize('NFC');
  });
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (let row = 0; row < table.rows.length; row++) {
    const line = sheet.getRow(row + 2);
    table.columns.forEach((column, index) => {
      const written = writeCell(table, column, row);
      const cell = line.getCell(index + 1);
      cell.value = written.value;
      if (written.numFmt) cell.numFmt = written.numFmt;
    });
  }
  if (table.columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
}

/**
 * Tables as a workbook, one sheet each: headings in bold in the first row (frozen, with
 * filters), counts and money as numbers grouped by thousands, rates with their decimals as
 * written, days as dates. Resolves to the bytes of the .xlsx file.
 *
 * @example
 * const bytes = await toXlsx([{ name: 'Tổng hợp', columns, rows }]);
 */
export async function toXlsx(tables: readonly Table[], options: XlsxOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator ?? 'diemmac';
  if (options.created) {
    workbook.created = options.created;
    workbook.modified = options.created;
  }
  const names = new Set<string>();
  for (const table of tables) addSheet(workbook, table, names);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
