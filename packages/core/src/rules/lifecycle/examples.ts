import { DRAFT_NOTICE, type Example, example } from '../example.js';
import type { CODES } from './codes.js';

/**
 * A worked example per lifecycle rule: the smallest change to the example supervision that makes
 * the rule speak, and the finding it gives. `diemmac explain` shows it; a test runs it.
 */
export const EXAMPLES: Record<(typeof CODES)[number], Example> = {
  'lifecycle.order': example('lifecycle.order', {
    documents: {
      plan: { number: '05', symbol: 'KH-HĐND', date: '10/10/2024' },
      delegationDecision: { number: '07', symbol: 'QĐ-HĐND', date: '05/10/2024' },
      conclusion: DRAFT_NOTICE,
    },
  }),
  'lifecycle.report-late': example('lifecycle.report-late', {
    documents: {
      reports: [{ from: 'Ủy ban nhân dân xã Thanh Bình', due: '15/10/2024', received: '25/10/2024' }],
      conclusion: DRAFT_NOTICE,
    },
  }),
  'recommendation.overdue': example('recommendation.overdue', {
    recommendations: [
      {
        addressee: 'Lãnh đạo UBND xã',
        content: 'Mở sổ theo dõi tiếp nhận và trả kết quả theo đúng quy định.',
        deadline: '30/06/2024',
        status: 'in-progress',
      },
    ],
  }),
};
