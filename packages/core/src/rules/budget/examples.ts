import { type Example, example, figure } from '../example.js';
import type { CODES } from './codes.js';

/**
 * A worked example per budget rule: the smallest change to the example supervision that makes
 * the rule speak, and the finding it gives. `diemmac explain` shows it; a test runs it.
 */
export const EXAMPLES: Record<(typeof CODES)[number], Example> = {
  'budget.item-direction': example(
    'budget.item-direction',
    figure({
      kind: 'budget',
      expenditure: {
        actual: '4.536.681.442',
        items: [{ label: 'Thuế giá trị gia tăng', category: 'vat', actual: '41.890.010' }],
      },
    }),
  ),
  'budget.items-exceed-total': example(
    'budget.items-exceed-total',
    figure({
      kind: 'budget',
      revenue: {
        actual: '100.000.000',
        items: [
          { label: 'Thu phí, lệ phí', category: 'fees-charges', actual: '60.000.000' },
          { label: 'Lệ phí môn bài', category: 'business-licence-fee', actual: '50.000.000' },
        ],
      },
    }),
  ),
  'budget.unknown-category': example(
    'budget.unknown-category',
    figure({
      kind: 'budget',
      revenue: {
        actual: '100.000.000',
        items: [{ label: 'Thu đóng góp', category: 'dong-gop', actual: '10.000.000' }],
      },
    }),
  ),
};
