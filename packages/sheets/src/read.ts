import { Readable } from 'node:stream';
import type { DossierRecount } from '@diemmac/core/register';
import { createRecount, type RecountOptions, type RegisterIssue } from '@diemmac/core/register';
import ExcelJS from 'exceljs';

/** A row of a worksheet as text: its number in the sheet (from 1) and its cells from column A. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** A file that is not an .xlsx workbook, or one exceljs cannot open. */
export class SheetReadError extends Error {
  override readonly name = 'SheetReadError';
  readonly code = 'sheets.unreadable';
  constructor(
    readonly reason: string,
    cause?: unknown,
  ) {
    super(reason, cause === undefined ? undefined : { cause });
  }
}

/** Where an .xlsx comes from: a file's path, its bytes, or a stream of them. */
export type SheetInput = string | Uint8Array | Readable;

/**
 * The rows of a workbook's first worksheet, streamed (exceljs's streaming reader: memory stays
 * bounded by one row and the shared strings), each cell as the text a CSV export would hold:
 * dates as yyyy-mm-dd, numbers as written by JavaScript, formulas as their cached result.
 * Empty rows are skipped; their numbers are kept, so messages point at the sheet's real rows.
 *
 * @example
 * for await (const { row, cells } of readSheetRows('so-theo-doi.xlsx')) console.log(row, cells[0]);
 */
export async function* readSheetRows(input: SheetInput): AsyncGenerator<SheetRow> {
  const stream =
    typeof input === 'string' ? input : input instanceof Readable ? input : Readable.from([input]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell a date from a number: a date cell is a serial with a date format.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let sheets: AsyncGenerator<ExcelJS.stream.xlsx.WorksheetReader>;
  try {
    sheets = reader[Symbol.asyncIterator]();
  } catch (e) {
    throw unreadable(e);
  }
  let first: IteratorResult<ExcelJS.stream.xlsx.WorksheetReader>;
  try {
    first = await sheets.next();
  } catch (e) {
    throw unreadable(e);
  }
  if (first.done) return;
  try {
    for await (const row of first.value) {
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
      if (cells.some((c) => c.trim() !== '')) yield { row: row.number, cells };
    }
  } catch (e) {
    throw unreadable(e);
  }
  // Later sheets are not read.
  await sheets.return(undefined);
}

function unreadable(e: unknown): SheetReadError {
  if (e instanceof SheetReadError) return e;
  return new SheetReadError(e instanceof Error ? e.message : String(e), e);
}

/** One cell's value as text. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    // exceljs gives a date cell as midnight UTC of its day.
    if (Number.isNaN(value.getTime())) return '';
    const p = (n: number) => String(n).padStart(2, '0');
    return `${value.getUTCFullYear()}-${p(value.getUTCMonth() + 1)}-${p(value.getUTCDate())}`;
  }
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error !== undefined) return v.error;
  }
  return '';
}

/**
 * Recounts a register exported as .xlsx: its first worksheet, from the first row with at least
 * two filled cells (the header; title lines above it are skipped), through the core's recount.
 * Rows keep the sheet's numbers. Columns cannot shift in a spreadsheet, so a row is never "too
 * wide" here. Throws `SheetReadError` for a file that is not a workbook.
 *
 * @example
 * const { recount, issues } = await recountRegisterSheet('so.xlsx', { period: { from: 20250101, to: 20250930 } });
 */
export async function recountRegisterSheet(
  input: SheetInput,
  options: RecountOptions,
): Promise<{ recount: DossierRecount | undefined; issues: RegisterIssue[] }> {
  const recount = createRecount(options);
  let header = false;
  for await (const { row, cells } of readSheetRows(input)) {
    if (!header) {
      if (cells.filter((c) => c.trim() !== '').length < 2) continue;
      recount.header(cells, row);
      header = true;
      continue;
    }
    recount.row(cells, row);
  }
  if (!header) recount.header([]);
  return recount.result();
}
