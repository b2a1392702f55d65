import { DRAFT_NOTICE, type Example, example, figure, PORTAL_6 } from '../example.js';
import type { CODES } from './codes.js';

/**
 * A worked example per date rule: the smallest change to the example supervision that makes
 * the rule speak, and the finding it gives. `diemmac explain` shows it; a test runs it.
 */
export const EXAMPLES: Record<(typeof CODES)[number], Example> = {
  'period.conflict': example(
    'period.conflict',
    figure({
      kind: 'dossiers',
      period: { from: '15/12/2023', to: '31/10/2024' },
      statedPeriods: [{ from: '15/12/2023', to: '30/9/2024' }],
      received: { total: 120 },
      resolved: { total: 115 },
      pending: { total: 5 },
    }),
  ),
  'period.inverted': example(
    'period.inverted',
    figure({
      kind: 'dossiers',
      period: { from: '31/10/2024', to: '15/12/2023' },
      received: { total: 120 },
      resolved: { total: 115 },
      pending: { total: 5 },
    }),
  ),
  'date.impossible': example('date.impossible', {
    documents: {
      plan: { number: '05', symbol: 'KH-HĐND', date: '30/02/2024' },
      conclusion: DRAFT_NOTICE,
    },
  }),
  'number.stray-separator': example(
    'number.stray-separator',
    figure({
      kind: 'index766',
      framework: 'portal-6',
      total: '93.3',
      components: PORTAL_6({ mdsh: '15.3.' }),
    }),
  ),
};
