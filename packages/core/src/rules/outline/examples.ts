import { type Example, example } from '../example.js';
import type { CODES } from './codes.js';

/**
 * A worked example per outline rule: the smallest change to the example supervision that makes
 * the rule speak, and the finding it gives. `diemmac explain` shows it; a test runs it.
 */
export const EXAMPLES: Record<(typeof CODES)[number], Example> = {
  'outline.section': example('outline.section', {
    sections: [
      { key: 'direction', number: '1.', title: 'Công tác chỉ đạo điều hành' },
      { key: 'reform', number: '3.', title: 'Cải cách hành chính' },
    ],
  }),
};
