/** The stable codes of the budget family, in the order the catalogue lists them. */
export const CODES = [
  'budget.item-direction',
  'budget.items-exceed-total',
  'budget.unknown-category',
] as const;
