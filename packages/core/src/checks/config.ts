import * as z from 'zod';
import { ROUNDING_MODES } from '../numbers/rounding.js';
import { described } from '../shared/described.js';
import { SEVERITIES } from '../shared/types.js';

/**
 * What a council or province may set without code: rules switched off or re-graded, and
 * the rounding conventions a reported rate may follow.
 */
export const CheckConfig = z.strictObject({
  rules: described(
    z.record(z.string(), z.union([z.literal('off'), z.enum(SEVERITIES)])).default({}),
    'Tắt ("off") hoặc đổi mức (error/warning/info) theo mã quy tắc',
  ),
  conventions: described(
    z
      .array(z.enum(ROUNDING_MODES))
      .min(1)
      .default([...ROUNDING_MODES]),
    'Các cách làm tròn được chấp nhận / accepted rounding conventions',
  ),
});
export type CheckConfig = z.output<typeof CheckConfig>;
export type CheckConfigInput = z.input<typeof CheckConfig>;
