import * as z from 'zod';
import { BudgetCategory, COMMUNE_BUDGET_CATEGORIES } from './budget.js';
import { INDEX766_DECISION_5, INDEX766_PORTAL_6, Index766Framework } from './index766.js';
import { CCHC_XA, OutlineFramework } from './outline.js';

/**
 * Everything a province may replace: the outlines, the 766 index versions and the
 * budget categories. Passed to the checks as configuration, never read from a global.
 */
export const Frameworks = z.object({
  outlines: z.array(OutlineFramework).min(1),
  index766: z.array(Index766Framework).min(1),
  budgetCategories: z.array(BudgetCategory).min(1),
});
export type Frameworks = z.output<typeof Frameworks>;

/** The frameworks diemmac ships. */
export const DEFAULT_FRAMEWORKS: Frameworks = {
  outlines: [CCHC_XA],
  index766: [INDEX766_PORTAL_6, INDEX766_DECISION_5],
  budgetCategories: COMMUNE_BUDGET_CATEGORIES,
};

/**
 * A province's frameworks laid over the defaults: entries with the same id or key win.
 *
 * @example
 * withFrameworks({ outlines: [myOutline] }).outlines.map((o) => o.id) // ['cchc-xa', 'my-outline']
 */
export function withFrameworks(
  extra: Partial<Frameworks>,
  base: Frameworks = DEFAULT_FRAMEWORKS,
): Frameworks {
  return {
    outlines: merge(base.outlines, extra.outlines, (o) => o.id),
    index766: merge(base.index766, extra.index766, (f) => f.id),
    budgetCategories: merge(base.budgetCategories, extra.budgetCategories, (c) => c.key),
  };
}

function merge<T>(base: T[], extra: T[] | undefined, key: (t: T) => string): T[] {
  if (!extra) return base;
  const byKey = new Map(base.map((t) => [key(t), t]));
  for (const t of extra) byKey.set(key(t), t);
  return [...byKey.values()];
}
