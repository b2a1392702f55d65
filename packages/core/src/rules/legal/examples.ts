import { type Example, example } from '../example.js';
import type { CODES } from './codes.js';

/**
 * A worked example per legal rule: the smallest change to the example supervision that makes
 * the rule speak, and the finding it gives. `diemmac explain` shows it; a test runs it.
 */
export const EXAMPLES: Record<(typeof CODES)[number], Example> = {
  'legal.replaced-term': example('legal.replaced-term', {
    assessment: { strengths: [], limitations: ['Tỷ lệ hồ sơ mức độ 3, 4 chưa cao.'] },
  }),
  'legal.district-abolished': example('legal.district-abolished', {
    year: 2025,
    documents: { conclusion: { number: null, date: '11/2025', place: 'Thanh Bình' } },
    recipients: ['UBND huyện'],
  }),
};
