// @diemmac/sheets: tables (follow-up lists, a province's summary, a recount) written to .xlsx
// and CSV, with Vietnamese headings and numbers. Kept out of the core: exceljs is large.
export type { CsvOptions } from './csv.js';
export { toCsv } from './csv.js';
export type { FollowUpTableOptions } from './followup.js';
export { followUpTable } from './followup.js';
export {
  cellText,
  readSheetRows,
  recountRegisterSheet,
  type SheetInput,
  SheetReadError,
  type SheetRow,
} from './read.js';
export { communeTable, index766Table, recommendationTable, ruleTable, summaryTables } from './summary.js';
export type { Cell, Column, ColumnKind, Day, Table } from './table.js';
export { TableError } from './table.js';
export type { TextOptions } from './text.js';
export { toText } from './text.js';
export type { XlsxOptions } from './xlsx.js';
export { sheetName, toXlsx } from './xlsx.js';
