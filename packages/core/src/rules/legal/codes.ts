/** The stable codes of the legal family, in the order the catalogue lists them. */
export const CODES = ['legal.replaced-term', 'legal.district-abolished'] as const;
