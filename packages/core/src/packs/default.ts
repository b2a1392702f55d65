import { NATIONAL_DOCUMENTS } from '../catalogue/national.js';
import { COMMUNE_BUDGET_CATEGORIES } from '../frameworks/budget.js';
import { INDEX766_DECISION_5, INDEX766_PORTAL_6 } from '../frameworks/index766.js';
import { CCHC_XA } from '../frameworks/outline.js';
import type { Pack } from './schema.js';

/**
 * The pack diemmac ships, in the form every other pack takes: the commune outline, both versions
 * of the 766 index, the commune budget categories, the national catalogue, and the rules that
 * can be said as data. A province's pack is laid over it.
 *
 * @example
 * DEFAULT_PACK.rules.map((r) => r.code) // ['dossier.digitised-within-received']
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
  rules: [
    {
      code: 'dossier.digitised-within-received',
      // A note, not a fault: some offices count a dossier's components or its results separately,
      // so more digitised items than dossiers can be honest; the reader should say which.
      severity: 'info',
      instruction: {
        vi: 'Số hồ sơ được số hóa không vượt số hồ sơ tiếp nhận (kể cả kỳ trước chuyển sang) trong cùng kỳ',
        en: 'Dossiers digitised do not exceed dossiers received (carried over included) in the same period',
      },
      left: {
        expression: 'digitisation.total',
        missing: 'skip',
        description: { vi: 'số hồ sơ được tính khi số hóa', en: 'dossiers counted for digitisation' },
      },
      operator: '<=',
      right: {
        expression: 'dossiers.received.total',
        missing: 'skip',
        description: { vi: 'số hồ sơ tiếp nhận', en: 'dossiers received' },
      },
      applies: {},
      legalBasis: 'Biểu II.06a, Thông tư 01/2020/TT-VPCP; Nghị định 45/2020/NĐ-CP (số hóa hồ sơ, kết quả)',
    },
  ],
};
