import * as z from 'zod';
// Metadata goes on with `.register(z.globalRegistry, …)` where `.meta(…)` would copy a schema just
// made (a copy every start pays for); `.meta` stays on a schema used elsewhere too.
import { CitationInput } from '../citations/schema.js';
import { DateValue } from '../figures/values.js';
import { RECOMMENDATION_STATUSES } from '../supervision/schema.js';

/**
 * One step in carrying out a recommendation: on a date, its status, what was done, the
 * documents that answered it (the commune's report, a decision…) and who recorded it.
 */
export const FollowUpEntry = z
  .strictObject({
    date: DateValue,
    status: z.enum(RECOMMENDATION_STATUSES).register(z.globalRegistry, {
      description:
        'Tình trạng: pending chưa thực hiện, in-progress đang thực hiện, done hoàn thành, partly-done hoàn thành một phần, not-done không thực hiện, unsatisfactory không đạt yêu cầu',
    }),
    note: z
      .string()
      .optional()
      .register(z.globalRegistry, { description: 'Kết quả, nội dung đã làm / what was done' }),
    responses: z
      .array(CitationInput)
      .default([])
      .register(z.globalRegistry, { description: 'Văn bản trả lời, báo cáo kết quả / response documents' }),
    recordedBy: z
      .string()
      .optional()
      .register(z.globalRegistry, { description: 'Người ghi nhận / who recorded it' }),
    part: z.string().optional().register(z.globalRegistry, {
      description: 'Phần của kiến nghị mà bước này nói tới / the part of the recommendation concerned',
    }),
  })
  .register(z.globalRegistry, { id: 'FollowUpEntry' });
export type FollowUpEntry = z.output<typeof FollowUpEntry>;
export type FollowUpEntryInput = z.input<typeof FollowUpEntry>;

/**
 * The follow-up of one recommendation of an issued notice, kept beside the notice (which no
 * longer changes): its history, and the later supervision that took it up (giám sát lại).
 * "Overdue" is not stored: it depends on the day one asks (`recommendationState`).
 */
export const FollowUp = z
  .strictObject({
    recommendation: z.number().int().nonnegative().register(z.globalRegistry, {
      description: 'Số thứ tự của kiến nghị trong thông báo, từ 0 / index in the notice',
    }),
    entries: z.array(FollowUpEntry).default([]),
    takenUpBy: z
      .strictObject({
        supervision: z.string().min(1),
        recommendation: z.number().int().nonnegative().optional(),
      })
      .optional()
      .register(z.globalRegistry, {
        description: 'Cuộc giám sát sau tiếp tục theo dõi kiến nghị này / the later supervision taking it up',
      }),
  })
  .register(z.globalRegistry, { id: 'FollowUp' });
export type FollowUp = z.output<typeof FollowUp>;
export type FollowUpInput = z.input<typeof FollowUp>;
