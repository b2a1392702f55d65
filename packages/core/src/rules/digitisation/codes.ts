/** The stable codes of the digitisation family, in the order the catalogue lists them. */
export const CODES = ['digitisation.exceeds-received'] as const;
