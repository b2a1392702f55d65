import * as z from 'zod';
import { RealDay } from '../real-day.js';
import { SUPERVISION_STATUSES } from '../supervisions/status.js';

export const SUMMARY_VIEWS = ['communes', 'rules', 'index766', 'recommendations'] as const;

/** The province's view: filters, the day it is judged as of, and for exports a language and a view. */
export const SummaryQuery = z.strictObject({
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  body: z.string().trim().min(1).max(300).optional(),
  status: z.enum(SUPERVISION_STATUSES).optional(),
  /** "Quá hạn" as of this day, written as the core reads dates (30/06/2025 or 2025-06-30). */
  asOf: RealDay.optional(),
  lang: z.enum(['vi', 'en']).default('vi'),
  view: z.enum(SUMMARY_VIEWS).default('communes'),
});
export type SummaryQuery = z.output<typeof SummaryQuery>;
