/** The stable codes of the outline family, in the order the catalogue lists them. */
export const CODES = ['outline.section'] as const;
