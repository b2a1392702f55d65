import { cellText, type Locale } from './cells.js';
import type { Table } from './table.js';

export interface CsvOptions {
  /** Numbers and dates written the Vietnamese way (default) or the English way. */
  readonly locale?: Locale;
  /**
   * Start with a byte-order mark, so that Excel reads the file as UTF-8 and shows the
   * Vietnamese letters (default true).
   */
  readonly bom?: boolean;
}

// A Vietnamese number has a comma for decimals ("92,87"), so any field may need quotes.
const NEEDS_QUOTES = /[",\r\n]/;

function field(text: string): string {
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A table as CSV (RFC 4180: comma-separated, quoted where needed, CRLF line ends), its
 * headings in the first line, numbers written as the reader writes them.
 *
 * @example
 * toCsv({ name: 'Kiến nghị', columns: [{ key: 'n', header: 'Số hồ sơ', kind: 'integer' }], rows: [{ n: 2175 }] });
 * // '\uFEFFSố hồ sơ\r\n2.175\r\n'
 */
export function toCsv(table: Table, options: CsvOptions = {}): string {
  const locale = options.locale ?? 'vi';
  const lines = [table.columns.map((column) => field(column.header.normalize('NFC'))).join(',')];
  table.rows.forEach((row, index) => {
    const cells = table.columns.map((column) =>
      field(cellText(row[column.key], column, index, locale).normalize('NFC')),
    );
    lines.push(cells.join(','));
  });
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
