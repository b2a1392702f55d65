/** The stable codes of the name family, in the order the catalogue lists them. */
export const CODES = ['name.variant'] as const;
