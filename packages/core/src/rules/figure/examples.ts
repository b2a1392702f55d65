import { type Example, example, figure } from '../example.js';
import type { CODES } from './codes.js';

/**
 * A worked example per figure rule: the smallest change to the example supervision that makes
 * the rule speak, and the finding it gives. `diemmac explain` shows it; a test runs it.
 */
export const EXAMPLES: Record<(typeof CODES)[number], Example> = {
  'figure.breakdown-sum': example(
    'figure.breakdown-sum',
    figure({
      kind: 'count',
      label: 'Tuyên truyền viên pháp luật',
      value: '09',
      parts: [
        { label: 'Trình độ đại học', value: '06' },
        { label: 'Trình độ trung cấp', value: '02' },
      ],
    }),
  ),
  'figure.part-exceeds-whole': example(
    'figure.part-exceeds-whole',
    figure({
      kind: 'onlineServices',
      fullProcessDossiers: 68,
      processedOnline: 70,
    }),
  ),
  'staffing.over-quota': example('staffing.over-quota', figure({ kind: 'staffing', quota: 20, present: 22 })),
  'staffing.group-size': example(
    'staffing.group-size',
    figure({
      kind: 'staffing',
      quota: 20,
      present: 18,
      cadres: { total: '09' },
      civilServants: { total: '09' },
      qualifications: [{ group: 'civilServants', label: 'Trình độ đại học', count: '07', of: '10' }],
    }),
  ),
};
