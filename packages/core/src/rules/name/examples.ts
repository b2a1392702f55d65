import { cited, type Example, example } from '../example.js';
import type { CODES } from './codes.js';

/**
 * A worked example per name rule: the smallest change to the example supervision that makes
 * the rule speak, and the finding it gives. `diemmac explain` shows it; a test runs it.
 */
export const EXAMPLES: Record<(typeof CODES)[number], Example> = {
  'name.variant': example(
    'name.variant',
    cited([], ['UBND xã Thanh Binh đã ban hành kế hoạch cải cách hành chính năm 2024.']),
  ),
};
