/** The stable codes of the date family, in the order the catalogue lists them. */
export const CODES = [
  'period.conflict',
  'period.inverted',
  'date.impossible',
  'number.stray-separator',
] as const;
