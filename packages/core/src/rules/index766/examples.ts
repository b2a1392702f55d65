import { type Example, example, figure, PORTAL_6 } from '../example.js';
import type { CODES } from './codes.js';

/**
 * A worked example per index766 rule: the smallest change to the example supervision that makes
 * the rule speak, and the finding it gives. `diemmac explain` shows it; a test runs it.
 */
export const EXAMPLES: Record<(typeof CODES)[number], Example> = {
  'index766.score-over-max': example(
    'index766.score-over-max',
    figure({
      kind: 'index766',
      framework: 'portal-6',
      total: 101,
      components: PORTAL_6({ ckmb: 19 }),
    }),
  ),
  'index766.total': example(
    'index766.total',
    figure({
      kind: 'index766',
      framework: 'portal-6',
      total: '90.5',
      components: PORTAL_6({ ckmb: '17.6', tdgq: '19.4', mdsh: '15.3', clgq: '7.5' }),
    }),
  ),
  'index766.framework': example(
    'index766.framework',
    figure({
      kind: 'index766',
      framework: 'portal-6',
      total: 98,
      components: PORTAL_6({ mdsh: 20 }, { mdsh: 20 }),
    }),
  ),
};
