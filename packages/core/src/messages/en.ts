import { followUpIssuesEn } from '../followup/issues.js';
import { formatInteger } from '../format/number.js';
import { en as amountEn } from '../rules/amount/wording.js';
import { en as budgetEn } from '../rules/budget/wording.js';
import { en as citationEn } from '../rules/citation/wording.js';
import { en as dateEn } from '../rules/date/wording.js';
import { en as digitisationEn } from '../rules/digitisation/wording.js';
import { en as dossierEn } from '../rules/dossier/wording.js';
import { en as figureEn } from '../rules/figure/wording.js';
import { en as index766En } from '../rules/index766/wording.js';
import { en as legalEn } from '../rules/legal/wording.js';
import { en as lifecycleEn } from '../rules/lifecycle/wording.js';
import { en as nameEn } from '../rules/name/wording.js';
import { en as outlineEn } from '../rules/outline/wording.js';
import { en as rateEn } from '../rules/rate/wording.js';
import { en as receptionEn } from '../rules/reception/wording.js';
import { engineEn, packIssuesEn } from './packs.js';
import type { MessageCatalog } from './types.js';

/** Names of the fields a suggestion may speak of. */
const FIELD: Record<string, string> = { 'dossiers.resolved.total': 'dossiers resolved' };

/** English messages. */
export const en: MessageCatalog = {
  lang: 'en',
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  findings: {
    ...dossierEn,
    ...index766En,
    ...digitisationEn,
    ...rateEn,
    ...budgetEn,
    ...figureEn,
    ...dateEn,
    ...lifecycleEn,
    ...outlineEn,
    ...amountEn,
    ...legalEn,
    ...receptionEn,
    ...citationEn,
    ...nameEn,
  },
  issues: {
    required: (i, s) => `${s.path(i.path)}: required field is missing (expected ${i.expected ?? 'a value'}).`,
    type: (i, s) => `${s.path(i.path)}: wrong type, expected ${i.expected ?? '?'}, received ${i.received}.`,
    value: (i, s) =>
      `${s.path(i.path)}: invalid value, expected one of ${i.expected}, received ${i.received}.`,
    format: (i, s) => `${s.path(i.path)}: wrong format (${i.expected}), received ${i.received}.`,
    'too-small': (i, s) =>
      `${s.path(i.path)}: too small or too few, expected ${i.expected}, received ${i.received}.`,
    'too-big': (i, s) =>
      `${s.path(i.path)}: too big or too many, expected ${i.expected}, received ${i.received}.`,
    'unknown-keys': (i, s) => `${s.path(i.path) || '(root)'}: fields not in the model: ${i.received}.`,
    'number.unreadable': (i, s) =>
      `${s.path(i.path)}: cannot read the number ${i.received} (${
        {
          empty: 'it is empty',
          'not-a-number': 'it is not a number',
          'several-decimal-commas': 'it has more than one decimal comma',
          'bad-grouping': 'its thousands dots are misplaced',
          'unsafe-number': 'it is too large; write it in quotes',
        }[String(i.params.reason)] ?? String(i.params.reason)
      }); expected a number written the Vietnamese way, such as "5.824.272.835" or "92,87".`,
    'number.not-integer': (i, s) =>
      `${s.path(i.path)}: expected a whole number (a count or đồng), received ${i.received}.`,
    'number.negative': (i, s) =>
      `${s.path(i.path)}: expected a number that is not negative, received ${i.received}.`,
    'number.too-large': (i, s) =>
      `${s.path(i.path)}: number too large, expected at most ${formatInteger(String(i.params.max), { locale: 'en' })}, received ${i.received}.`,
    'number.too-precise': (i, s) =>
      `${s.path(i.path)}: too many decimals, expected at most ${i.params.maxScale} after the decimal mark, received ${i.received}.`,
    'date.unreadable': (i, s) =>
      `${s.path(i.path)}: cannot read the date ${i.received}; expected "dd/mm/yyyy" or "yyyy-mm-dd"${i.params.draft ? ' (a draft may write "mm/yyyy")' : ''}.`,
    'date.out-of-range': (i, s) =>
      `${s.path(i.path)}: day, month or year out of range, received ${i.received}.`,
    invalid: (i, s) => `${s.path(i.path)}: invalid value, received ${i.received}.`,
    'too-deep': (i, s) =>
      `${s.path(i.path) || '(root)'}: data nested more than ${String(i.params.limit)} levels deep; a supervision file never needs that many.`,
    ...packIssuesEn,
    ...followUpIssuesEn,
  },
  suggestion: (f, s) =>
    f.suggestion
      ? `Suggestion: with ${FIELD[f.suggestion.field ?? ''] ?? s.path(f.suggestion.path)} at ${s.q(f.suggestion.value)} the figures agree.`
      : '',
  expectedReceived: (e, r) => `expected ${e ?? '?'}, received ${r ?? '?'}`,
  unknownRule: (code) => `Rule "${code}" is not in the catalogue.`,
  engine: engineEn,
};
