import type { RuleWording } from '../../messages/types.js';
import type { CODES } from './codes.js';

type Code = (typeof CODES)[number];

/** Tiếng Việt: what each budget rule checks and the sentence of its finding. */
export const vi: Record<Code, RuleWording> = {
  'budget.item-direction': {
    title: 'Khoản mục chi tiết nằm đúng chiều thu hoặc chi',
    text: (f, s) =>
      `${s.param(f.params.count)} khoản thu được liệt kê dưới mục ${f.params.side === 'expenditure' ? 'tổng chi' : 'tổng thu'}: ${s.param(f.params.items)}.`,
  },
  'budget.items-exceed-total': {
    title: 'Tổng các khoản chi tiết không vượt tổng thu (chi)',
    text: (f, s) =>
      `Các khoản ${f.params.side === 'revenue' ? 'thu' : 'chi'} chi tiết cộng lại ${s.q(f.computed)}, vượt tổng ${s.q(f.reported)}.`,
  },
  'budget.unknown-category': {
    title: 'Loại thu, chi có trong danh mục',
    text: (f, s) => `Loại "${s.param(f.params.category)}" không có trong danh mục thu, chi.`,
  },
};

/** English: what each budget rule checks and the sentence of its finding. */
export const en: Record<Code, RuleWording> = {
  'budget.item-direction': {
    title: 'Budget lines sit under the right direction (revenue or expenditure)',
    text: (f, s) =>
      `${s.param(f.params.count)} revenue lines are listed under ${f.params.side === 'expenditure' ? 'expenditure' : 'revenue'}: ${s.param(f.params.items)}.`,
  },
  'budget.items-exceed-total': {
    title: 'Budget lines do not exceed their total',
    text: (f, s) =>
      `The ${f.params.side === 'revenue' ? 'revenue' : 'expenditure'} lines add up to ${s.q(f.computed)}, above the total ${s.q(f.reported)}.`,
  },
  'budget.unknown-category': {
    title: 'Budget categories are in the catalogue',
    text: (f, s) => `Category "${s.param(f.params.category)}" is not in the budget catalogue.`,
  },
};
