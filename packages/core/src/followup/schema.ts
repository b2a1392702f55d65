import * as z from 'zod';
import { CitationInput } from '../citations/schema.js';
import { DateValue } from '../figures/values.js';
import { described } from '../shared/described.js';
import { RECOMMENDATION_STATUSES } from '../supervision/schema.js';

/**
 * One step in carrying out a recommendation: on a date, its status, what was done, the
 * documents that answered it (the commune's report, a decision…) and who recorded it.
 */
export const FollowUpEntry = z
  .strictObject({
    date: DateValue,
    status: described(
      z.enum(RECOMMENDATION_STATUSES),
      'Tình trạng: pending chưa thực hiện, in-progress đang thực hiện, done hoàn thành, partly-done hoàn thành một phần, not-done không thực hiện, unsatisfactory không đạt yêu cầu',
    ),
    note: described(z.string().optional(), 'Kết quả, nội dung đã làm / what was done'),
    responses: described(
      z.array(CitationInput).default([]),
      'Văn bản trả lời, báo cáo kết quả / response documents',
    ),
    recordedBy: described(z.string().optional(), 'Người ghi nhận / who recorded it'),
    part: described(
      z.string().optional(),
      'Phần của kiến nghị mà bước này nói tới / the part of the recommendation concerned',
    ),
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
    recommendation: described(
      z.number().int().nonnegative(),
      'Số thứ tự của kiến nghị trong thông báo, từ 0 / index in the notice',
    ),
    entries: z.array(FollowUpEntry).default([]),
    takenUpBy: described(
      z
        .strictObject({
          supervision: z.string().min(1),
          recommendation: z.number().int().nonnegative().optional(),
        })
        .optional(),
      'Cuộc giám sát sau tiếp tục theo dõi kiến nghị này / the later supervision taking it up',
    ),
  })
  .register(z.globalRegistry, { id: 'FollowUp' });
export type FollowUp = z.output<typeof FollowUp>;
export type FollowUpInput = z.input<typeof FollowUp>;
