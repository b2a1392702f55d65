/** The stable codes of the reception family, in the order the catalogue lists them. */
export const CODES = ['reception.resolved-exceeds-received'] as const;
