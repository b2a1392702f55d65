/** The stable codes of the index766 family, in the order the catalogue lists them. */
export const CODES = ['index766.score-over-max', 'index766.total', 'index766.framework'] as const;
