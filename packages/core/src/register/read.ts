import { createByteScanner } from './bytes.js';
import { createRecount, type RecountOptions } from './recount.js';

export interface RegisterReaderOptions extends RecountOptions {
  /** The CSV separator, one ASCII character; guessed from the header by default. */
  delimiter?: string | undefined;
}

const encoder = new TextEncoder();

/**
 * Recounts a register given as CSV, in chunks of any size: UTF-8 bytes (`pushBytes`, the fast
 * way: the scanner reads dates and codes in place) or decoded text (`push`). Memory does not
 * grow with the file, only with its distinct codes (12 bytes each). The adapter reads the file.
 *
 * @example
 * const reader = createRegisterReader({ period: { from: 20240101, to: 20240930 } });
 * for await (const chunk of stream) reader.pushBytes(chunk);
 * const { recount, issues } = reader.end();
 */
export function createRegisterReader(options: RegisterReaderOptions) {
  const recount = createRecount(options);
  const scanner = createByteScanner({
    delimiter: options.delimiter,
    onHeader: (cells) => recount.header(cells),
    onRow: (cells, row, width) => recount.rowCells(cells, row, width),
  });
  // A text chunk may end between the two halves of a surrogate pair: the first waits.
  let high = '';
  return {
    pushBytes(bytes: Uint8Array): void {
      scanner.push(bytes);
    },
    push(text: string): void {
      let t = high + text;
      high = '';
      const last = t.charCodeAt(t.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) {
        high = t.slice(-1);
        t = t.slice(0, -1);
      }
      scanner.push(encoder.encode(t));
    },
    /**
     * Whether everything pushed so far ends with a complete record: a register cut in two at a
     * line feed inside a quoted cell would not.
     */
    complete(): boolean {
      return high === '' && scanner.pending() === 0;
    },
    /** The dossier codes seen so far (see `mergeRecounts`). */
    codes() {
      return recount.codes();
    },
    end() {
      if (high) scanner.push(encoder.encode(high));
      scanner.end();
      return recount.result();
    },
  };
}
