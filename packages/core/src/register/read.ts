import { createCsvScanner } from './csv.js';
import { createRecount, type RecountOptions } from './recount.js';

export interface RegisterReaderOptions extends RecountOptions {
  /** The CSV separator; guessed from the header by default. */
  delimiter?: string | undefined;
}

/**
 * Recounts a register given as CSV text, in chunks of any size: the CSV scanner feeds the
 * recount row by row, so memory does not grow with the file (only with its distinct codes).
 * The adapter reads and decodes the bytes and pushes the text.
 *
 * @example
 * const reader = createRegisterReader({ period: { from: 20240101, to: 20240930 } });
 * for await (const chunk of stream) reader.push(chunk);
 * const { recount, issues } = reader.end();
 */
export function createRegisterReader(options: RegisterReaderOptions) {
  const recount = createRecount(options);
  const scanner = createCsvScanner({
    delimiter: options.delimiter,
    onHeader: (cells) => recount.header(cells),
    onRow: (cells, row, width) => recount.row(cells, row, width),
  });
  return {
    push(text: string): void {
      scanner.push(text);
    },
    end() {
      scanner.end();
      return recount.result();
    },
  };
}
