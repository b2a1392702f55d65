import { MEMO_LIMIT, type Memo, type RowCells } from './cells.js';
import { type DayNumber, readRegisterDate, readRegisterDateBytes, UNREADABLE } from './dates.js';

/**
 * A streaming CSV reader over UTF-8 bytes (RFC 4180 quoting, LF or CRLF), for a province's
 * million-row register: one pass over the bytes marks where each wanted cell starts and ends,
 * and the recount reads dates, codes and values from the bytes in place. No string is made
 * for a cell unless a message needs its text, so a row costs a walk over its bytes and
 * nothing for the garbage collector. Chunks may end anywhere, even inside a character or a
 * quoted cell. The caller reads the bytes (the core does no I/O).
 */
export interface ByteScannerOptions {
  /** The cell separator, one ASCII character; by default guessed from the header: `,`, `;` or tab. */
  delimiter?: string | undefined;
  /** Receives the header's cells; returns the indexes of the columns to mark in each row. */
  onHeader(cells: string[]): readonly number[];
  /**
   * One data row. `row` counts records as a spreadsheet does (the header is row 1); `width` is
   * the number of cells the row has. `cells` is reused between calls and valid only during it.
   */
  onRow(cells: RowCells, row: number, width: number): void;
}

export interface ByteScanner {
  push(bytes: Uint8Array): void;
  /** Bytes held back because the record they start is not complete yet. */
  pending(): number;
  /** Reads a last row with no line break after it. */
  end(): void;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const COMMA = 44;
const SEMICOLON = 59;
const TAB = 9;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * @example
 * const scanner = createByteScanner({ onHeader: () => [0], onRow: (cells) => codes.push(cells.text(0)) });
 * scanner.push(new TextEncoder().encode('Mã hồ sơ;Ngày\nH1;01/02/2024\n'));
 * scanner.end();
 */
export function createByteScanner(options: ByteScannerOptions): ByteScanner {
  let rest: Uint8Array = new Uint8Array(0);
  let row = 0;
  let d = options.delimiter ? options.delimiter.charCodeAt(0) : -1;
  const cells = new ByteCells();
  let wanted = new Uint8Array(0);
  let wantedList: readonly number[] = [];

  /** The header record, read whole into strings; returns where the next record starts, or -1. */
  const header = (buf: Uint8Array, final: boolean): number => {
    const lf = headerEnd(buf);
    if (lf < 0 && !final) return -1;
    const end = lf < 0 ? buf.length : lf;
    if (d < 0) d = guessDelimiter(buf, end);
    const names: string[] = [];
    cells.buf = buf;
    let i = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    for (;;) {
      let start = i;
      let stop: number;
      if (buf[i] === QUOTE) {
        start = i + 1;
        stop = closingQuote(buf, start, end, true);
        i = stop + 1;
        while (i < end && buf[i] !== d) i++;
      } else {
        while (i < end && buf[i] !== d) i++;
        stop = i > start && buf[i - 1] === CR ? i - 1 : i;
      }
      names.push(cells.textOf(start, stop, hasDoubledQuote(buf, start, stop) ? 1 : 0));
      if (i >= end) break;
      i++;
    }
    wantedList = options.onHeader(names);
    wanted = new Uint8Array(Math.max(names.length, ...wantedList) + 1);
    for (const c of wantedList) wanted[c] = 1;
    cells.size(wanted.length);
    row = 1;
    return lf < 0 ? buf.length : lf + 1;
  };

  /**
   * Reads the data record at `pos`; returns where the next one starts, or -1 if the bytes stop
   * first. One loop over the bytes with everything in locals: this is the hot path.
   */
  const record = (buf: Uint8Array, pos: number, final: boolean): number => {
    const n = buf.length;
    // A blank line is no record.
    if (buf[pos] === LF) return pos + 1;
    if (buf[pos] === CR && (pos + 1 < n ? buf[pos + 1] === LF : final))
      return pos + 1 < n ? pos + 2 : pos + 1;
    const sep = d;
    const want = wanted;
    cells.buf = buf;
    cells.clear(wantedList);
    let col = 0;
    let i = pos;
    for (;;) {
      let start = i;
      let stop: number;
      if (i < n && buf[i] === QUOTE) {
        const q = closingQuote(buf, i + 1, n, final);
        if (q < 0) return -1;
        start = i + 1;
        stop = q;
        i = q + 1;
        // Leniently, stray text after the closing quote is skipped up to the cell's end.
        while (i < n && buf[i] !== sep && buf[i] !== LF) i++;
        if (i >= n && !final) return -1;
        if (want[col] === 1) cells.set(col, start, stop, hasDoubledQuote(buf, start, stop) ? 1 : 0);
      } else {
        while (i < n) {
          const c = buf[i]!;
          if (c === sep || c === LF) break;
          i++;
        }
        if (i >= n && !final) return -1;
        if (want[col] === 1) {
          stop = i > start && buf[i - 1] === CR && (i >= n || buf[i] === LF) ? i - 1 : i;
          cells.set(col, start, stop, 0);
        }
      }
      if (i >= n || buf[i] === LF) break;
      i++;
      col++;
    }
    row++;
    options.onRow(cells, row, col + 1);
    return i >= n ? n : i + 1;
  };

  const drain = (buf: Uint8Array, final: boolean) => {
    let pos = 0;
    if (row === 0) {
      pos = header(buf, final);
      if (pos < 0) {
        rest = buf.slice();
        return;
      }
    }
    while (pos < buf.length) {
      const next = record(buf, pos, final);
      if (next < 0) break;
      pos = next;
    }
    // Copied: the caller may reuse its chunk, and a view would keep the whole chunk alive.
    rest = buf.slice(pos);
  };

  return {
    push(chunk: Uint8Array) {
      let bytes = chunk;
      if (rest.length === 0) return drain(bytes, false);
      // The record cut by the last chunk usually ends at the new chunk's first line feed: join
      // only that much, so each megabyte is not copied once more.
      const lf = row === 0 ? -1 : bytes.indexOf(LF);
      if (lf >= 0) {
        const head = new Uint8Array(rest.length + lf + 1);
        head.set(rest);
        head.set(bytes.subarray(0, lf + 1), rest.length);
        drain(head, false);
        if (rest.length === 0) return drain(bytes.subarray(lf + 1), false);
        // A quoted cell goes on past that line feed: `rest` now holds the head, join the rest.
        bytes = bytes.subarray(lf + 1);
      }
      const buf = new Uint8Array(rest.length + bytes.length);
      buf.set(rest);
      buf.set(bytes, rest.length);
      drain(buf, false);
    },
    pending() {
      return rest.length;
    },
    end() {
      if (rest.length > 0 || row === 0) drain(rest, true);
      rest = new Uint8Array(0);
    },
  };
}

/**
 * Where the quoted cell whose content starts at `i` ends (its closing quote; `n` when it is
 * never closed and the bytes are final), or -1 when the bytes stop before it is known.
 */
function closingQuote(buf: Uint8Array, i: number, n: number, final: boolean): number {
  for (;;) {
    while (i < n && buf[i] !== QUOTE) i++;
    if (i >= n) return final ? n : -1;
    if (i + 1 >= n) return final ? i : -1; // a doubled quote may follow in the next chunk
    if (buf[i + 1] !== QUOTE) return i;
    i += 2;
  }
}

function hasDoubledQuote(buf: Uint8Array, start: number, stop: number): boolean {
  for (let i = start; i < stop; i++) if (buf[i] === QUOTE) return true;
  return false;
}

/** Where the header's line feed is (outside quotes), or -1 if the bytes stop first. */
function headerEnd(buf: Uint8Array): number {
  let inQuotes = false;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === QUOTE) inQuotes = !inQuotes;
    else if (buf[i] === LF && !inQuotes) return i;
  }
  return -1;
}

/** The separator the header uses most, outside quotes: `,`, `;` or tab. */
function guessDelimiter(buf: Uint8Array, end: number): number {
  let comma = 0;
  let semicolon = 0;
  let tab = 0;
  let inQuotes = false;
  for (let i = 0; i < end; i++) {
    const c = buf[i];
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (c === COMMA) comma++;
    else if (c === SEMICOLON) semicolon++;
    else if (c === TAB) tab++;
  }
  if (semicolon > comma && semicolon >= tab) return SEMICOLON;
  return tab > comma && tab > semicolon ? TAB : COMMA;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** The wanted cells of the current row, as bounds in the bytes being read. */
class ByteCells implements RowCells {
  buf: Uint8Array = new Uint8Array(0);
  private starts = new Int32Array(0);
  private stops = new Int32Array(0);
  private escaped = new Uint8Array(0);

  size(columns: number): void {
    this.starts = new Int32Array(columns);
    this.stops = new Int32Array(columns);
    this.escaped = new Uint8Array(columns);
  }

  clear(columns: readonly number[]): void {
    for (const c of columns) {
      this.starts[c] = 0;
      this.stops[c] = 0;
      this.escaped[c] = 0;
    }
  }

  set(column: number, start: number, stop: number, escaped: number): void {
    this.starts[column] = start;
    this.stops[column] = stop;
    this.escaped[column] = escaped;
  }

  textOf(start: number, stop: number, escaped: number): string {
    const text = decoder.decode(this.buf.subarray(start, stop));
    return escaped ? text.replace(/""/g, '"') : text;
  }

  text(column: number): string {
    if (column >= this.starts.length) return '';
    return this.textOf(this.starts[column]!, this.stops[column]!, this.escaped[column]!);
  }

  day(column: number): DayNumber {
    if (column >= this.starts.length) return readRegisterDate('');
    if (this.escaped[column]) return readRegisterDate(this.text(column));
    const day = readRegisterDateBytes(this.buf, this.starts[column]!, this.stops[column]!);
    // Not read from bytes: the text decides (a cell of Unicode spaces is blank, not unreadable).
    return day === UNREADABLE ? readRegisterDate(this.text(column)) : day;
  }

  fingerprint(column: number, out: Uint32Array): boolean {
    if (column >= this.starts.length) return false;
    let bytes = this.buf;
    let s = this.starts[column]!;
    let e = this.stops[column]!;
    while (s < e && isSpace(bytes[s]!)) s++;
    while (e > s && isSpace(bytes[e - 1]!)) e--;
    if (s === e) return false;
    if (this.escaped[column] || bytes[s]! >= 0x80 || bytes[e - 1]! >= 0x80) {
      // Quotes to undo or perhaps a Unicode space to trim: hash the trimmed text's bytes.
      const code = this.text(column).trim();
      if (code === '') return false;
      bytes = encoder.encode(code);
      s = 0;
      e = bytes.length;
    }
    let a = 0x811c9dc5;
    let b = 0x01000193;
    for (let i = s; i < e; i++) {
      const c = bytes[i]!;
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    out[0] = a;
    out[1] = b;
    return true;
  }

  classify(column: number, memo: Memo, meaning: (text: string) => number): number {
    if (column >= this.starts.length || this.escaped[column]) return meaning(this.text(column));
    const { buf } = this;
    const s = this.starts[column]!;
    const e = this.stops[column]!;
    for (const k of memo.few) if (sameBytes(k.bytes, buf, s, e)) return k.meaning;
    let h = 0;
    let known: { bytes: Uint8Array; meaning: number }[] | undefined;
    if (memo.few.length >= FEW) {
      h = 0x811c9dc5;
      for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i]!, 0x01000193);
      known = memo.byHash.get(h);
      if (known) for (const k of known) if (sameBytes(k.bytes, buf, s, e)) return k.meaning;
    }
    const m = meaning(this.text(column));
    if (memo.size < MEMO_LIMIT) {
      memo.size++;
      const entry = { bytes: buf.slice(s, e), meaning: m };
      if (memo.few.length < FEW) memo.few.push(entry);
      else if (known) known.push(entry);
      else memo.byHash.set(h, [entry]);
    }
    return m;
  }
}

/** How many distinct values a memo compares one by one before it hashes. */
const FEW = 8;

function sameBytes(a: Uint8Array, buf: Uint8Array, s: number, e: number): boolean {
  if (a.length !== e - s) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== buf[s + i]) return false;
  return true;
}
