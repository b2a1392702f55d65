/**
 * A streaming CSV reader over text chunks (RFC 4180 quoting, LF or CRLF), fast enough for a
 * province's million-row register: it cuts out only the columns its caller asks for, with
 * `indexOf` and `slice`, so a row costs a few string slices, not one string per cell or a
 * character-by-character walk. The caller decodes bytes (the core does no I/O); chunks may
 * end anywhere, even inside a quoted cell.
 */
export interface CsvOptions {
  /** The cell separator; by default guessed from the header: `,`, `;` or tab. */
  delimiter?: string | undefined;
  /** Receives the header's cells; returns the indexes of the columns to cut out of each row. */
  onHeader(cells: string[]): readonly number[];
  /**
   * One data row: `cells[i]` holds the text of each wanted column `i` ('' when the row is
   * short). `row` counts records as a spreadsheet does: the header is row 1; `width` is the
   * number of cells the row has. The array is reused between calls: copy what you keep.
   */
  onRow(cells: string[], row: number, width: number): void;
}

export interface CsvScanner {
  push(text: string): void;
  /** Reads a last row with no line break after it. */
  end(): void;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * @example
 * const scanner = createCsvScanner({ onHeader: () => [0], onRow: (cells) => codes.push(cells[0]!) });
 * scanner.push('Mã hồ sơ;Ngày\nH1;01/02/2024\n');
 * scanner.end();
 */
export function createCsvScanner(options: CsvOptions): CsvScanner {
  let rest = '';
  let row = 0;
  let delimiter = options.delimiter ?? '';
  let wanted: boolean[] = [];
  let wantedList: readonly number[] = [];
  const cells: string[] = [];
  // Every cell of the header record, which is read whole.
  let header: string[] | undefined;

  const put = (i: number, value: string) => {
    if (header) header.push(value);
    else if (wanted[i]) cells[i] = value;
  };

  const startRecord = () => {
    if (row === 0) header = [];
    else for (const i of wantedList) cells[i] = '';
  };

  const finishRecord = (width: number) => {
    if (row === 0) {
      const names = header!;
      header = undefined;
      if (names[0]?.charCodeAt(0) === 0xfeff) names[0] = names[0].slice(1);
      wantedList = options.onHeader(names);
      wanted = [];
      for (const i of wantedList) wanted[i] = true;
      row = 1;
      return;
    }
    row++;
    options.onRow(cells, row, width);
  };

  /**
   * Reads the record that starts at `pos` and ends before `limit` (or the end of the text
   * when `final`); returns where the next record starts, or -1 if the text stops first.
   */
  // Where the next quote of the text is (its length when there is none): found once and
  // reused by the records before it, so quote-free text is searched for quotes only once.
  let quoteAt = -1;

  const record = (buf: string, pos: number, final: boolean): number => {
    if (!delimiter) delimiter = guessDelimiter(buf, pos);
    const d = delimiter;
    let lf = buf.indexOf('\n', pos);
    if (lf < 0) {
      if (!final) return -1;
      lf = buf.length;
    }
    if (quoteAt < pos) {
      quoteAt = buf.indexOf('"', pos);
      if (quoteAt < 0) quoteAt = buf.length;
    }
    const quote = quoteAt;
    const end = lf > pos && buf.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
    if (end === pos && row > 0) return lf + 1; // a blank line is no record
    startRecord();
    let i = 0;
    let start = pos;
    if (quote > lf) {
      // No quote on this line: the hot path.
      for (;;) {
        let stop = buf.indexOf(d, start);
        if (stop < 0 || stop > end) stop = end;
        put(i, buf.slice(start, stop));
        if (stop === end) break;
        start = stop + 1;
        i++;
      }
      finishRecord(i + 1);
      return lf + 1;
    }
    // A quote on this line: cells may hold separators, doubled quotes and line breaks.
    for (;;) {
      let value: string;
      let after: number;
      if (buf.charCodeAt(start) === QUOTE) {
        value = '';
        let from = start + 1;
        for (;;) {
          const q = buf.indexOf('"', from);
          if (q < 0) {
            if (!final) return -1;
            value += buf.slice(from);
            after = buf.length;
            break;
          }
          value += buf.slice(from, q);
          if (buf.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            from = q + 2;
          } else {
            after = q + 1;
            break;
          }
        }
        if (after >= buf.length && !final) return -1;
      } else {
        const sep = buf.indexOf(d, start);
        const nl = buf.indexOf('\n', start);
        let stop = sep < 0 ? nl : nl < 0 ? sep : Math.min(sep, nl);
        if (stop < 0) {
          if (!final) return -1;
          stop = buf.length;
        }
        value = buf.slice(start, stop > start && buf.charCodeAt(stop - 1) === CR ? stop - 1 : stop);
        after = stop;
      }
      put(i, value);
      // After a cell: a separator, a line end, or (leniently) stray text up to one of them.
      let next = after;
      while (next < buf.length) {
        const c = buf.charCodeAt(next);
        if (c === LF || buf.startsWith(d, next)) break;
        next++;
      }
      if (next >= buf.length) {
        if (!final) return -1;
        finishRecord(i + 1);
        return buf.length;
      }
      if (buf.charCodeAt(next) === LF) {
        finishRecord(i + 1);
        return next + 1;
      }
      start = next + d.length;
      i++;
    }
  };

  const drain = (final: boolean) => {
    let pos = 0;
    quoteAt = -1;
    while (pos < rest.length) {
      const next = record(rest, pos, final);
      if (next < 0) break;
      pos = next;
    }
    rest = rest.slice(pos);
  };

  return {
    push(text: string) {
      rest = rest.length === 0 ? text : rest + text;
      drain(false);
    },
    end() {
      drain(true);
      rest = '';
    },
  };
}

/** The separator the header uses most, outside quotes: `,`, `;` or tab. */
function guessDelimiter(buf: string, pos: number): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (let i = pos; i < buf.length; i++) {
    const ch = buf[i]!;
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === '\n' && !inQuotes) break;
    else if (!inQuotes && ch in counts) counts[ch]!++;
  }
  let best = ',';
  for (const d of [';', '\t']) if (counts[d]! > counts[best]!) best = d;
  return best;
}
