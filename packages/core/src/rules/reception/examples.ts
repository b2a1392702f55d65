import { FIGURE_DESCRIPTORS } from '../../figures/descriptors.js';
import { type Example, example, figure } from '../example.js';
import type { CODES } from './codes.js';

const RECEIVED = FIGURE_DESCRIPTORS.citizenReception.examples ?? {};

/**
 * A worked example per reception rule. The figure kind's descriptor carries it (a kind added
 * to the core brings its example along), so it is taken from there.
 */
export const EXAMPLES: Record<(typeof CODES)[number], Example> = {
  'reception.resolved-exceeds-received': example(
    'reception.resolved-exceeds-received',
    figure({ ...RECEIVED['reception.resolved-exceeds-received'] }),
  ),
};
