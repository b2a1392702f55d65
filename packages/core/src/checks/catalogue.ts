import { CODES as AMOUNT_CODES } from '../rules/amount/codes.js';
import { amountInWordsMatches } from '../rules/amount/rules.js';
import { CODES as BUDGET_CODES } from '../rules/budget/codes.js';
import { itemDirection, itemsWithinTotal, unknownCategory } from '../rules/budget/rules.js';
import { CODES as CITATION_CODES } from '../rules/citation/codes.js';
import { CITATION_RULES } from '../rules/citation/rules.js';
import { CODES as DATE_CODES } from '../rules/date/codes.js';
import { impossibleDate, invertedPeriod, periodConflict, strayNumberMark } from '../rules/date/rules.js';
import { CODES as DIGITISATION_CODES } from '../rules/digitisation/codes.js';
import { digitisedWithinReceived } from '../rules/digitisation/rules.js';
import { CODES as DOSSIER_CODES } from '../rules/dossier/codes.js';
import {
  dossierApologies,
  dossierBalance,
  pendingBreakdown,
  receivedBreakdown,
  resolvedBreakdown,
} from '../rules/dossier/rules.js';
import { CODES as FIGURE_CODES } from '../rules/figure/codes.js';
import { breakdownSum, overQuota, partWithinWhole, qualificationGroup } from '../rules/figure/rules.js';
import { CODES as INDEX766_CODES } from '../rules/index766/codes.js';
import { componentsMatchFramework, scoreOverMax, totalMatchesComponents } from '../rules/index766/rules.js';
import { CODES as LEGAL_CODES } from '../rules/legal/codes.js';
import { districtAbolished, replacedTerm } from '../rules/legal/rules.js';
import { CODES as LIFECYCLE_CODES } from '../rules/lifecycle/codes.js';
import { lifecycleOrder, recommendationOverdue, reportLate } from '../rules/lifecycle/rules.js';
import { CODES as NAME_CODES } from '../rules/name/codes.js';
import { nameVariant } from '../rules/name/rules.js';
import { CODES as OUTLINE_CODES } from '../rules/outline/codes.js';
import { outlineSections } from '../rules/outline/rules.js';
import { CODES as RATE_CODES } from '../rules/rate/codes.js';
import { mixedRounding, rateMismatch } from '../rules/rate/rules.js';
import { CODES as RECEPTION_CODES } from '../rules/reception/codes.js';
import { receptionResolvedWithinReceived } from '../rules/reception/rules.js';
import type { Rule } from './types.js';

/**
 * The stable codes of the rules diemmac ships, gathered from the families in `src/rules/<family>/codes.ts`.
 * Never renamed; retired codes are not reused.
 */
export const FINDING_CODES = [
  ...DOSSIER_CODES,
  ...DIGITISATION_CODES,
  ...INDEX766_CODES,
  ...RATE_CODES,
  ...BUDGET_CODES,
  ...FIGURE_CODES,
  ...DATE_CODES,
  ...LIFECYCLE_CODES,
  ...OUTLINE_CODES,
  ...AMOUNT_CODES,
  ...LEGAL_CODES,
  ...RECEPTION_CODES,
  ...CITATION_CODES,
  ...NAME_CODES,
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

/**
 * Legal currency of the citation rules, said in the catalogue: a notice dated from 01/3/2026
 * that cites Law 87/2015/QH13 as in force is reported by `citation.expired`, whose dates come
 * from the document catalogue (87/2015/QH13 until 28/02/2026, 121/2025/QH15 from 01/3/2026).
 */
const CURRENCY: Partial<Record<string, Pick<Rule, 'legalBasis' | 'applies'>>> = {
  'citation.expired': {
    legalBasis:
      'Hiệu lực của văn bản theo danh mục văn bản quốc gia; Luật 121/2025/QH15 thay Luật 87/2015/QH13 từ 01/3/2026',
    applies: { from: '01/7/2016' },
  },
};
const withCurrency = (rule: Rule): Rule => {
  const currency = CURRENCY[rule.code];
  return currency ? { ...rule, ...currency } : rule;
};

/** The catalogue: every rule diemmac ships, in the order findings are listed. */
export const RULES: readonly Rule[] = [
  receivedBreakdown,
  resolvedBreakdown,
  pendingBreakdown,
  dossierBalance,
  dossierApologies,
  digitisedWithinReceived,
  scoreOverMax,
  totalMatchesComponents,
  componentsMatchFramework,
  rateMismatch,
  mixedRounding,
  itemDirection,
  itemsWithinTotal,
  unknownCategory,
  breakdownSum,
  partWithinWhole,
  overQuota,
  qualificationGroup,
  periodConflict,
  invertedPeriod,
  impossibleDate,
  strayNumberMark,
  lifecycleOrder,
  reportLate,
  recommendationOverdue,
  outlineSections,
  amountInWordsMatches,
  replacedTerm,
  districtAbolished,
  receptionResolvedWithinReceived,
  ...CITATION_RULES.map(withCurrency),
  nameVariant,
];
