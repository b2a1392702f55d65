import * as z from 'zod';
// Metadata goes on with `.register(z.globalRegistry, …)` where `.meta(…)` would copy a schema just
// made (a copy every start pays for); `.meta` stays on a schema used elsewhere too.
import { ROUNDING_MODES } from '../numbers/rounding.js';
import { SEVERITIES } from '../shared/types.js';

/**
 * What a council or province may set without code: rules switched off or re-graded, and
 * the rounding conventions a reported rate may follow.
 */
export const CheckConfig = z.strictObject({
  rules: z
    .record(z.string(), z.union([z.literal('off'), z.enum(SEVERITIES)]))
    .default({})
    .register(z.globalRegistry, {
      description: 'Tắt ("off") hoặc đổi mức (error/warning/info) theo mã quy tắc',
    }),
  conventions: z
    .array(z.enum(ROUNDING_MODES))
    .min(1)
    .default([...ROUNDING_MODES])
    .register(z.globalRegistry, {
      description: 'Các cách làm tròn được chấp nhận / accepted rounding conventions',
    }),
});
export type CheckConfig = z.output<typeof CheckConfig>;
export type CheckConfigInput = z.input<typeof CheckConfig>;
