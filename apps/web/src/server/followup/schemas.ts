import { CitationInput } from '@diemmac/core';
import { FollowUp, FollowUpEntry } from '@diemmac/core/followup';
import * as z from 'zod';
import { RealDay } from '../real-day.js';

// The follow-up API's requests: the core's schemas, with what the server fills in itself
// (who recorded the entry: the signed-in user) left out, and lengths bounded.

/** A response recorded for one recommendation: POST /api/supervisions/:id/followups. */
export const RecordEntry = FollowUpEntry.omit({ recordedBy: true }).extend({
  recommendation: FollowUp.shape.recommendation,
  date: RealDay,
  note: z.string().trim().max(4000).optional(),
  responses: z.array(CitationInput).max(20).default([]),
  part: z.string().trim().min(1).max(100).optional(),
});
export type RecordEntry = z.output<typeof RecordEntry>;

/** The later supervision taking a recommendation up (giám sát lại), or null to undo it. */
export const TakeUp = z.strictObject({
  recommendation: FollowUp.shape.recommendation,
  takenUpBy: z
    .strictObject({
      supervision: z.number().int().positive().meta({ description: 'Mã số (id) của cuộc giám sát sau' }),
      recommendation: z.number().int().nonnegative().optional(),
    })
    .nullable(),
});

/** The day asked ("quá hạn" is as of it), dd/mm/yyyy or yyyy-mm-dd; today when absent. */
export const AsOfQuery = z.object({ asOf: RealDay.optional() });

/** The list exported (every row, no paging), headed and worded in a language. */
export const ExportQuery = AsOfQuery.extend({
  addressee: z.string().trim().max(200).optional(),
  lang: z.enum(['vi', 'en']).default('vi'),
});

/** The list of open recommendations across supervisions. */
export const OpenQuery = AsOfQuery.extend({
  addressee: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
