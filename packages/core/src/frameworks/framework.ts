import * as z from 'zod';
import { catalogueLabel } from '../catalogue/lookup.js';
import { NATIONAL_DOCUMENTS } from '../catalogue/national.js';
import { CataloguedDocument, DOCUMENT_NUMBERING } from '../catalogue/schema.js';
import { BudgetCategory, COMMUNE_BUDGET_CATEGORIES } from './budget.js';
import { INDEX766_DECISION_5, INDEX766_PORTAL_6, Index766Framework } from './index766.js';
import { CCHC_XA, OutlineFramework } from './outline.js';

/**
 * Everything a province may replace: the outlines, the 766 index versions, the budget
 * categories, the documents notices cite and how documents are numbered. Passed to the checks
 * as configuration, never read from a global.
 */
export const Frameworks = z.object({
  outlines: z.array(OutlineFramework).min(1),
  index766: z.array(Index766Framework).min(1),
  budgetCategories: z.array(BudgetCategory).min(1),
  /** The document catalogue; absent: the national documents diemmac ships. */
  documents: z.array(CataloguedDocument).optional(),
  /**
   * Decree 30/2020 leaves the numbering of administrative documents to the head of each body:
   * one sequence per type (the default, as the seed notice's commune numbers) or one per body.
   */
  documentNumbering: z.enum(DOCUMENT_NUMBERING).optional(),
});
export type Frameworks = z.output<typeof Frameworks>;

/** The frameworks diemmac ships. */
export const DEFAULT_FRAMEWORKS: Frameworks = {
  outlines: [CCHC_XA],
  index766: [INDEX766_PORTAL_6, INDEX766_DECISION_5],
  budgetCategories: COMMUNE_BUDGET_CATEGORIES,
  documents: NATIONAL_DOCUMENTS,
  documentNumbering: 'per-type',
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
    documents: merge(base.documents ?? NATIONAL_DOCUMENTS, extra.documents, catalogueLabel),
    documentNumbering: extra.documentNumbering ?? base.documentNumbering ?? 'per-type',
  };
}

function merge<T>(base: T[], extra: T[] | undefined, key: (t: T) => string): T[] {
  if (!extra) return base;
  const byKey = new Map(base.map((t) => [key(t), t]));
  for (const t of extra) byKey.set(key(t), t);
  return [...byKey.values()];
}
