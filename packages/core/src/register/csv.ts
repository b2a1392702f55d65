/**
 * A streaming CSV reader over text chunks (RFC 4180 quoting, LF or CRLF), fast enough for a
 * province's million-row register: it cuts out only the columns its caller asks for, so a
 * row costs a few string slices, not one string per cell. The caller decodes bytes (the core
 * does no I/O); chunks may end anywhere, even inside a quoted cell.
 */
export interface CsvOptions {
  /** The cell separator; by default guessed from the header: `,`, `;` or tab. */
  delimiter?: string | undefined;
  /** Receives the header's cells; returns the indexes of the columns to cut out of each row. */
  onHeader(cells: string[]): readonly number[];
  /**
   * One data row: `cells[i]` holds the text of each wanted column `i` ('' when the row is
   * short). `row` counts records as a spreadsheet does: the header is row 1. The array is
   * reused between calls: copy what you keep.
   */
  onRow(cells: string[], row: number): void;
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
  let wanted: readonly number[] = [];
  let last = -1;
  const cells: string[] = [];

  const record = (fields: (i: number) => string) => {
    row++;
    for (let k = 0; k < wanted.length; k++) cells[wanted[k]!] = fields(wanted[k]!);
    options.onRow(cells, row);
  };

  const header = (line: string) => {
    row = 1;
    if (!delimiter) delimiter = guessDelimiter(line);
    const names = splitQuoted(line, delimiter.charCodeAt(0));
    if (names[0]?.charCodeAt(0) === 0xfeff) names[0] = names[0].slice(1);
    wanted = options.onHeader(names);
    last = wanted.reduce((a, b) => Math.max(a, b), -1);
    for (const i of wanted) cells[i] = '';
  };

  // Cuts the wanted cells out of an unquoted line with indexOf: the hot path.
  const plain = (line: string) => {
    const d = delimiter;
    let start = 0;
    let i = 0;
    row++;
    for (let k = 0; k < wanted.length; k++) cells[wanted[k]!] = '';
    while (i <= last) {
      let end = line.indexOf(d, start);
      if (end < 0) end = line.length;
      if (wantedSet[i]) cells[i] = line.slice(start, end);
      if (end === line.length) break;
      start = end + 1;
      i++;
    }
    options.onRow(cells, row);
  };
  let wantedSet: boolean[] = [];

  const line = (text: string) => {
    if (row === 0) {
      header(text);
      wantedSet = [];
      for (const i of wanted) wantedSet[i] = true;
      return;
    }
    if (text.length === 0) return; // a blank line is no record
    if (text.indexOf('"') < 0) plain(text);
    else {
      const fields = splitQuoted(text, delimiter.charCodeAt(0));
      record((i) => fields[i] ?? '');
    }
  };

  return {
    push(text: string) {
      const buf = rest + text;
      let pos = 0;
      while (pos < buf.length) {
        const end = recordEnd(buf, pos);
        if (end < 0) break;
        const stop = end > pos && buf.charCodeAt(end - 1) === CR ? end - 1 : end;
        line(buf.slice(pos, stop));
        pos = end + 1;
      }
      rest = buf.slice(pos);
    },
    end() {
      if (rest.length > 0) {
        const text = rest.charCodeAt(rest.length - 1) === CR ? rest.slice(0, -1) : rest;
        rest = '';
        line(text);
      }
    },
  };
}

/** Where the record starting at `pos` ends (its line feed), or -1 if the chunk stops first. */
function recordEnd(buf: string, pos: number): number {
  const lf = buf.indexOf('\n', pos);
  const quote = buf.indexOf('"', pos);
  if (quote < 0 || (lf >= 0 && quote > lf)) return lf;
  // A quote before the line feed: walk, honouring quoted line breaks and doubled quotes.
  let inQuotes = false;
  for (let i = pos; i < buf.length; i++) {
    const c = buf.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (c === LF && !inQuotes) return i;
  }
  return -1;
}

/** Every cell of one record, quotes removed and doubled quotes undone. */
function splitQuoted(line: string, delimiter: number): string[] {
  const out: string[] = [];
  let cell = '';
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (inQuotes) {
      if (c === QUOTE) {
        if (line.charCodeAt(i + 1) === QUOTE) {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else cell += line[i];
    } else if (c === QUOTE) inQuotes = true;
    else if (c === delimiter) {
      out.push(cell);
      cell = '';
    } else cell += line[i];
  }
  out.push(cell);
  return out;
}

/** The separator the header uses most, outside quotes: `,`, `;` or tab. */
function guessDelimiter(header: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let inQuotes = false;
  for (const ch of header) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}
