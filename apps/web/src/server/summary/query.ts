import { isRealDate } from '@diemmac/core/adapters';
import * as z from 'zod';
import { SUPERVISION_STATUSES } from '../supervisions/status.js';

export const SUMMARY_VIEWS = ['communes', 'rules', 'index766', 'recommendations'] as const;

/** "2025-12-31": a real day, or the query is refused with the field named. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .transform((text, ctx) => {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    const date = { year, month, day };
    if (!isRealDate(date)) {
      ctx.addIssue({ code: 'custom', message: 'YYYY-MM-DD', input: text });
      return z.NEVER;
    }
    return date;
  });

/** The province's view: filters, the day it is judged as of, and for exports a language and a view. */
export const SummaryQuery = z.strictObject({
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  body: z.string().trim().min(1).max(300).optional(),
  status: z.enum(SUPERVISION_STATUSES).optional(),
  asOf: isoDate.optional(),
  lang: z.enum(['vi', 'en']).default('vi'),
  view: z.enum(SUMMARY_VIEWS).default('communes'),
});
export type SummaryQuery = z.output<typeof SummaryQuery>;
