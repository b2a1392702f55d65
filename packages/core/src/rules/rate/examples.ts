import { type Example, example, figure } from '../example.js';
import type { CODES } from './codes.js';

/**
 * A worked example per rate rule: the smallest change to the example supervision that makes
 * the rule speak, and the finding it gives. `diemmac explain` shows it; a test runs it.
 */
export const EXAMPLES: Record<(typeof CODES)[number], Example> = {
  'rate.mismatch': example(
    'rate.mismatch',
    figure({ kind: 'digitisation', done: 3796, total: 3883, rate: '98,76' }),
  ),
  'rounding.mixed': example('rounding.mixed', {
    sections: [
      {
        key: 'direction',
        title: 'Công tác chỉ đạo điều hành',
        figures: [
          { kind: 'digitisation', done: 3796, total: 3883, rate: '97,76' },
          { kind: 'budget', revenue: { actual: '5.824.272.835', plan: '6.271.000.000', rate: '92,87' } },
        ],
      },
    ],
  }),
};
