import { type Example, example, figure } from '../example.js';
import type { CODES } from './codes.js';

/**
 * A worked example per dossier rule: the smallest change to the example supervision that makes
 * the rule speak, and the finding it gives. `diemmac explain` shows it; a test runs it.
 */
export const EXAMPLES: Record<(typeof CODES)[number], Example> = {
  'dossier.received-breakdown': example(
    'dossier.received-breakdown',
    figure({
      kind: 'dossiers',
      received: { total: 120, online: 80, direct: 30, carriedOver: 5 },
      resolved: { total: 115 },
      pending: { total: 5 },
    }),
  ),
  'dossier.resolved-breakdown': example(
    'dossier.resolved-breakdown',
    figure({
      kind: 'dossiers',
      received: { total: 120 },
      resolved: { total: 116, early: 60, onTime: 50, late: 5 },
      pending: { total: 4 },
      apologies: 5,
    }),
  ),
  'dossier.pending-breakdown': example(
    'dossier.pending-breakdown',
    figure({
      kind: 'dossiers',
      received: { total: 120 },
      resolved: { total: 115 },
      pending: { total: 5, withinDeadline: 3, overdue: 1 },
    }),
  ),
  'dossier.balance': example(
    'dossier.balance',
    figure({
      kind: 'dossiers',
      received: { total: 120 },
      resolved: { total: 110 },
      pending: { total: 5 },
    }),
  ),
  'dossier.apologies': example(
    'dossier.apologies',
    figure({
      kind: 'dossiers',
      received: { total: 120 },
      resolved: { total: 115, early: 60, onTime: 52, late: 3 },
      pending: { total: 5 },
      apologies: 1,
    }),
  ),
};
