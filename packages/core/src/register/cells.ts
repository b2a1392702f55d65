import { type DayNumber, readRegisterDate } from './dates.js';

/**
 * One data row as the recount reads it, whatever it came from: CSV bytes (read in place,
 * without a string per cell) or a spreadsheet's cells. Columns are indexed like the header.
 */
export interface RowCells {
  /** The cell as written ('' when the row is short). */
  text(column: number): string;
  /** The cell read as a date (see `readRegisterDate`). */
  day(column: number): DayNumber;
  /**
   * A 64-bit fingerprint of the trimmed cell, in `out[0]` and `out[1]`; false when the cell
   * is blank. Equal texts give equal fingerprints within one source.
   */
  fingerprint(column: number, out: Uint32Array): boolean;
  /**
   * What the cell means by `meaning` (a small integer, 0 for nothing), remembered per distinct
   * cell in `memo`: a register repeats a handful of channel and status values a million times.
   */
  classify(column: number, memo: Memo, meaning: (text: string) => number): number;
}

/** Meanings of cells already seen, kept by the row source that made them (a few hundred at most). */
export interface Memo {
  byText: Map<string, number>;
  /** The first few distinct byte values, compared directly (a register has a handful). */
  few: { bytes: Uint8Array; meaning: number }[];
  /** Further ones, by a hash of their bytes. */
  byHash: Map<number, { bytes: Uint8Array; meaning: number }[]>;
  size: number;
}

/** Distinct cell values a memo keeps; more (a free-text column) are worked out each time. */
export const MEMO_LIMIT = 1000;

export function newMemo(): Memo {
  return { byText: new Map(), few: [], byHash: new Map(), size: 0 };
}

/**
 * A row given as strings (a spreadsheet's cells, or a test's), reused from row to row.
 *
 * @example
 * const cells = new StringCells();
 * cells.cells = ['H1', '15/01/2024'];
 * cells.day(1) // 20240115
 */
export class StringCells implements RowCells {
  cells: readonly string[] = [];

  text(column: number): string {
    return this.cells[column] ?? '';
  }

  day(column: number): DayNumber {
    return readRegisterDate(this.text(column));
  }

  fingerprint(column: number, out: Uint32Array): boolean {
    const code = this.text(column).trim();
    if (code === '') return false;
    let a = 0x811c9dc5;
    let b = 0x01000193;
    for (let i = 0; i < code.length; i++) {
      const c = code.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    out[0] = a;
    out[1] = b;
    return true;
  }

  classify(column: number, memo: Memo, meaning: (text: string) => number): number {
    const cell = this.text(column);
    let m = memo.byText.get(cell);
    if (m === undefined) {
      m = meaning(cell);
      if (memo.size < MEMO_LIMIT) {
        memo.byText.set(cell, m);
        memo.size++;
      }
    }
    return m;
  }
}
