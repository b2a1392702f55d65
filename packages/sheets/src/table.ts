import type { Decimal } from '@diemmac/core';

/**
 * What a column holds, which decides how a cell is written:
 * - `text`: as given;
 * - `integer`: a count, grouped by thousands (2.175);
 * - `money`: whole đồng, grouped (5.824.272.835);
 * - `decimal` / `percent`: a rate or score, with its decimals as written ("48,70" keeps two);
 *   a percent is already a percentage (92,87, not 0,9287);
 * - `date`: a civil day, written dd/mm/yyyy.
 */
export type ColumnKind = 'text' | 'integer' | 'money' | 'decimal' | 'percent' | 'date';

/** A civil day, as the core's dates are: no time, no zone. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * One cell. Integers and money come as bigint, a safe integer or a string of digits; rates as
 * a Decimal or a decimal literal ("92.87"); days as {@link Day}. `null` and `undefined` leave
 * the cell empty.
 */
export type Cell = string | bigint | number | Decimal | Day | null | undefined;

export interface Column {
  /** The key of the cell in each row. */
  readonly key: string;
  /** The heading, already in the reader's language (Vietnamese first). */
  readonly header: string;
  readonly kind: ColumnKind;
  /** Digits after the decimal separator for `decimal`/`percent`; default: each value's own. */
  readonly scale?: number;
  /** Width in characters in the .xlsx; default from the heading. */
  readonly width?: number;
}

/** One sheet of a workbook, or the whole of a CSV file. */
export interface Table {
  /** The sheet's name (at most 31 characters in a workbook; Vietnamese letters are kept). */
  readonly name: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Readonly<Record<string, Cell>>[];
}

/** A mistake in the table given (not in the user's data): a wrong kind of value for a column. */
export class TableError extends Error {
  override readonly name = 'TableError';
}
