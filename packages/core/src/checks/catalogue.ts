import { amountInWordsMatches } from '../rules/amount/rules.js';
import { itemDirection, itemsWithinTotal, unknownCategory } from '../rules/budget/rules.js';
import { CITATION_RULES } from '../rules/citation/rules.js';
import { impossibleDate, invertedPeriod, periodConflict, strayNumberMark } from '../rules/date/rules.js';
import { digitisedWithinReceived } from '../rules/digitisation/rules.js';
import {
  dossierApologies,
  dossierBalance,
  pendingBreakdown,
  receivedBreakdown,
  resolvedBreakdown,
} from '../rules/dossier/rules.js';
import { breakdownSum, overQuota, partWithinWhole, qualificationGroup } from '../rules/figure/rules.js';
import { componentsMatchFramework, scoreOverMax, totalMatchesComponents } from '../rules/index766/rules.js';
import { districtAbolished, replacedTerm } from '../rules/legal/rules.js';
import { lifecycleOrder, recommendationOverdue, reportLate } from '../rules/lifecycle/rules.js';
import { nameVariant } from '../rules/name/rules.js';
import { outlineSections } from '../rules/outline/rules.js';
import { mixedRounding, rateMismatch } from '../rules/rate/rules.js';
import { receptionResolvedWithinReceived } from '../rules/reception/rules.js';
import type { Rule } from './types.js';

/** The stable codes of the rules diemmac ships. Never renamed; retired codes are not reused. */
export const FINDING_CODES = [
  'dossier.received-breakdown',
  'dossier.resolved-breakdown',
  'dossier.pending-breakdown',
  'dossier.balance',
  'dossier.apologies',
  'digitisation.exceeds-received',
  'index766.score-over-max',
  'index766.total',
  'index766.framework',
  'rate.mismatch',
  'rounding.mixed',
  'budget.item-direction',
  'budget.items-exceed-total',
  'budget.unknown-category',
  'figure.breakdown-sum',
  'figure.part-exceeds-whole',
  'staffing.over-quota',
  'staffing.group-size',
  'period.conflict',
  'period.inverted',
  'date.impossible',
  'number.stray-separator',
  'lifecycle.order',
  'lifecycle.report-late',
  'recommendation.overdue',
  'outline.section',
  'amount.words',
  'legal.replaced-term',
  'legal.district-abolished',
  'reception.resolved-exceeds-received',
  // Citations and names
  'citation.number-reused',
  'citation.symbol-issuer',
  'citation.relation-order',
  'citation.impossible-date',
  'citation.after-notice',
  'citation.number-order',
  'citation.catalogue-number',
  'citation.catalogue-date',
  'citation.catalogue-subject',
  'citation.expired',
  'citation.text-differs',
  'citation.same-subject',
  'citation.unreadable',
  'name.variant',
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
