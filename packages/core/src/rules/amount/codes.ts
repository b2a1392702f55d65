/** The stable codes of the amount family, in the order the catalogue lists them. */
export const CODES = ['amount.words'] as const;
