/** The stable codes of the rate family, in the order the catalogue lists them. */
export const CODES = ['rate.mismatch', 'rounding.mixed'] as const;
