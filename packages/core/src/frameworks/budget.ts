import * as z from 'zod';
import { BUDGET_DIRECTIONS } from '../figures/schema.js';
import { nonEmptyText as nonEmpty } from '../shared/text-schemas.js';

/** A category of commune revenue or expenditure, and which way the money goes. */
export const BudgetCategory = z.object({
  key: nonEmpty,
  title: nonEmpty,
  titleEn: nonEmpty,
  direction: z.enum(BUDGET_DIRECTIONS),
});
export type BudgetCategory = z.output<typeof BudgetCategory>;

/** Revenue categories of form 104 of the budget-publicity circular, and the usual expenditure ones. */
export const COMMUNE_BUDGET_CATEGORIES: BudgetCategory[] = [
  { key: 'fees-charges', title: 'Thu phí, lệ phí', titleEn: 'Fees and charges', direction: 'revenue' },
  {
    key: 'business-licence-fee',
    title: 'Lệ phí môn bài',
    titleEn: 'Business licence fee',
    direction: 'revenue',
  },
  {
    key: 'non-agricultural-land-tax',
    title: 'Thuế sử dụng đất phi nông nghiệp',
    titleEn: 'Non-agricultural land use tax',
    direction: 'revenue',
  },
  { key: 'vat', title: 'Thuế giá trị gia tăng', titleEn: 'Value added tax', direction: 'revenue' },
  { key: 'pit', title: 'Thuế thu nhập cá nhân', titleEn: 'Personal income tax', direction: 'revenue' },
  { key: 'land-use-fees', title: 'Thu tiền sử dụng đất', titleEn: 'Land use fees', direction: 'revenue' },
  { key: 'other-revenue', title: 'Thu khác ngân sách', titleEn: 'Other revenue', direction: 'revenue' },
  {
    key: 'transfers',
    title: 'Thu bổ sung từ ngân sách cấp trên',
    titleEn: 'Transfers from above',
    direction: 'revenue',
  },
  { key: 'recurrent', title: 'Chi thường xuyên', titleEn: 'Recurrent expenditure', direction: 'expenditure' },
  { key: 'investment', title: 'Chi đầu tư phát triển', titleEn: 'Investment', direction: 'expenditure' },
  { key: 'reserve', title: 'Dự phòng ngân sách', titleEn: 'Budget reserve', direction: 'expenditure' },
  { key: 'other-expenditure', title: 'Chi khác', titleEn: 'Other expenditure', direction: 'expenditure' },
];
