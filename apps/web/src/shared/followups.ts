import * as z from 'zod';
import { Day, RECOMMENDATION_STATUSES } from './api.js';

// The follow-up API's answers (server/routes/followups.ts).

const Status = z.enum(RECOMMENDATION_STATUSES);
export type RecommendationStatus = z.infer<typeof Status>;
const WrittenDate = z.object({ written: z.string(), iso: z.string() });
const Person = z.object({ id: z.number().int(), name: z.string() });

/** GET /api/followups/open: one page of the open recommendations. */
export const OpenItem = z.object({
  supervision: z.object({
    id: z.number().int(),
    slug: z.string(),
    subject: z.string(),
    commune: z.string(),
    year: z.number().int(),
  }),
  index: z.number().int(),
  number: z.string().nullable(),
  addressee: z.string(),
  content: z.string(),
  status: Status,
  deadline: WrittenDate.nullable(),
  /** The part whose deadline is counted ("a)"), when it is a part's. */
  deadlinePart: z.string().nullable(),
  daysToDeadline: z.number().int().nullable(),
  overdue: z.boolean(),
  latest: z.object({ vi: z.string(), en: z.string() }).nullable(),
  takenUpBy: z.object({ supervision: z.string(), recommendation: z.number().int().optional() }).nullable(),
});
export type OpenItem = z.infer<typeof OpenItem>;
export const OpenList = z.object({
  asOf: Day,
  addressee: z.string().nullable(),
  total: z.number().int(),
  overdue: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(OpenItem),
});
export type OpenList = z.infer<typeof OpenList>;

export const EntryView = z.object({
  id: z.number().int(),
  date: z.string(),
  status: Status,
  note: z.string().optional(),
  responses: z.array(z.unknown()),
  part: z.string().optional(),
  recordedBy: Person.nullable(),
  recordedAt: z.string(),
});
export type EntryView = z.infer<typeof EntryView>;

/** GET /api/supervisions/:id/followups. */
export const FollowUpRead = z.object({
  supervision: z.object({
    id: z.number().int(),
    slug: z.string(),
    subject: z.string(),
    followable: z.boolean(),
  }),
  asOf: Day.extend({ iso: z.string() }),
  recommendations: z.array(
    z.object({
      index: z.number().int(),
      number: z.string().nullable(),
      title: z.string().nullable(),
      addressee: z.string(),
      content: z.string(),
      deadline: WrittenDate.nullable(),
      parts: z.array(
        z.object({
          label: z.string(),
          content: z.string(),
          deadline: WrittenDate.nullable(),
          status: Status,
          daysToDeadline: z.number().int().nullable(),
          open: z.boolean(),
          overdue: z.boolean(),
        }),
      ),
      status: Status,
      deadlineCounted: WrittenDate.nullable().meta({
        description: "The deadline the status counts: the earliest open part's, else the recommendation's",
      }),
      deadlinePart: z.string().nullable(),
      daysToDeadline: z.number().int().nullable(),
      open: z.boolean(),
      overdue: z.boolean(),
      entries: z.array(EntryView),
      takenUpBy: z
        .object({
          id: z.number().int(),
          slug: z.string(),
          subject: z.string().nullable(),
          recommendation: z.number().int().nullable(),
        })
        .nullable(),
    }),
  ),
  takesUp: z.array(
    z.object({
      supervision: z.object({ id: z.number().int(), slug: z.string(), subject: z.string().nullable() }),
      recommendation: z.number().int(),
      into: z.number().int().nullable(),
    }),
  ),
});
export type FollowUpRead = z.infer<typeof FollowUpRead>;

/** POST /api/supervisions/:id/followups: the entry just recorded, and the follow-ups after it. */
export const FollowUpRecorded = FollowUpRead.extend({ entryId: z.number().int() });
