import { NATIONAL_DOCUMENTS } from '../catalogue/national.js';
import { COMMUNE_BUDGET_CATEGORIES } from '../frameworks/budget.js';
import { INDEX766_DECISION_5, INDEX766_PORTAL_6 } from '../frameworks/index766.js';
import { CCHC_XA } from '../frameworks/outline.js';
import type { Pack } from './schema.js';

/**
 * The pack diemmac ships, in the form every other pack takes: the commune outline, both versions
 * of the 766 index, the commune budget categories and the national catalogue. A province's pack
 * is laid over it.
 *
 * @example
 * DEFAULT_PACK.outlines.map((o) => o.id) // ['cchc-xa']
 */
export const DEFAULT_PACK: Pack = {
  schemaVersion: 1,
  id: 'diemmac',
  name: 'Gói mặc định của diemmac: giám sát cải cách hành chính cấp xã',
  version: '2026.1',
  outlines: [CCHC_XA],
  index766: [INDEX766_PORTAL_6, INDEX766_DECISION_5],
  budgetCategories: COMMUNE_BUDGET_CATEGORIES,
  documents: NATIONAL_DOCUMENTS.map((d) => ({ ...d, level: 'national' as const })),
  numbering: { documents: 'per-type' },
  wording: { findings: {}, fields: {} },
  // "Digitised ≤ received" is said as data in the tests (test/pack.test.ts) but ships as the
  // TypeScript rule digitisation.exceeds-received, which also names both periods: one home.
  rules: [],
};
