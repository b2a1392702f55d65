import { cellText, type Locale } from './cells.js';
import type { Table } from './table.js';

export interface TextOptions {
  /** Numbers and dates written the Vietnamese way (default) or the English way. */
  readonly locale?: Locale;
}

// Letters as a terminal shows them: a composed "ế" is one column wide.
const width = (s: string) => [...s.normalize('NFC')].length;

/**
 * A table as plain text for a terminal: its name, the headings, a rule, then the rows, numbers
 * aligned right, everything written as the reader writes it (2.175; 92,87).
 *
 * @example
 * toText({ name: 'Theo xã', columns: [{ key: 'n', header: 'Hồ sơ', kind: 'integer' }], rows: [{ n: 2175 }] });
 * // 'Theo xã\nHồ sơ\n-----\n2.175\n'
 */
export function toText(table: Table, options: TextOptions = {}): string {
  const locale = options.locale ?? 'vi';
  const cells = table.rows.map((row, index) =>
    table.columns.map((column) => cellText(row[column.key], column, index, locale).normalize('NFC')),
  );
  const widths = table.columns.map((column, i) =>
    Math.max(width(column.header), ...cells.map((row) => width(row[i]!))),
  );
  const right = table.columns.map((c) => c.kind !== 'text');
  const line = (texts: readonly string[]) =>
    texts
      .map((t, i) => {
        const pad = ' '.repeat(widths[i]! - width(t));
        return right[i] ? pad + t : t + pad;
      })
      .join('  ')
      .trimEnd();
  return [
    table.name,
    line(table.columns.map((c) => c.header.normalize('NFC'))),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.map(line),
    '',
  ].join('\n');
}
