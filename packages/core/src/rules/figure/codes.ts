/** The stable codes of the figure family, in the order the catalogue lists them. */
export const CODES = [
  'figure.breakdown-sum',
  'figure.part-exceeds-whole',
  'staffing.over-quota',
  'staffing.group-size',
] as const;
