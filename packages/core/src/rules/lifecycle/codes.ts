/** The stable codes of the lifecycle family, in the order the catalogue lists them. */
export const CODES = ['lifecycle.order', 'lifecycle.report-late', 'recommendation.overdue'] as const;
