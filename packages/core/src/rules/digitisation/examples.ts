import { type Example, example } from '../example.js';
import type { CODES } from './codes.js';

/**
 * A worked example per digitisation rule: the smallest change to the example supervision that makes
 * the rule speak, and the finding it gives. `diemmac explain` shows it; a test runs it.
 */
export const EXAMPLES: Record<(typeof CODES)[number], Example> = {
  'digitisation.exceeds-received': example('digitisation.exceeds-received', {
    sections: [
      {
        key: 'direction',
        title: 'Công tác chỉ đạo điều hành',
        figures: [
          {
            kind: 'dossiers',
            period: { from: '01/01/2024', to: '30/9/2024' },
            received: { total: 100 },
            resolved: { total: 95 },
            pending: { total: 5 },
          } as never,
          {
            kind: 'digitisation',
            period: { from: '01/01/2024', to: '30/9/2024' },
            done: 150,
            total: 150,
          } as never,
        ],
      },
    ],
  }),
};
