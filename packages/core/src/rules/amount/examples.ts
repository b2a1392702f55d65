import { type Example, example, figure } from '../example.js';
import type { CODES } from './codes.js';

/**
 * A worked example per amount rule: the smallest change to the example supervision that makes
 * the rule speak, and the finding it gives. `diemmac explain` shows it; a test runs it.
 */
export const EXAMPLES: Record<(typeof CODES)[number], Example> = {
  'amount.words': example(
    'amount.words',
    figure({
      kind: 'amount',
      label: 'Kinh phí cải cách hành chính',
      value: '120.000.000',
      inWords: 'Một trăm hai mươi lăm triệu đồng',
    }),
  ),
};
