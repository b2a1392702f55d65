import type { Recommendation, Severity } from '@diemmac/core';
import * as z from 'zod';
import { ROLES } from './roles.js';

// The API's answers, shared by the server (its OpenAPI document) and the client (which parses
// every answer with them: a shape the client did not expect is an error, never a silent cast).
// No node:* and nothing of server/ or client/ here: both import this module.

export const SUPERVISION_STATUSES = ['draft', 'issued', 'closed'] as const;
export const NOTICE_STAGES = ['draft', 'signing', 'issued'] as const;
export const RECOMMENDATION_STATUSES = [
  'pending',
  'in-progress',
  'done',
  'partly-done',
  'not-done',
  'unsatisfactory',
] as const;

/** The core's severities, written here so the client's first page loads without the core. */
export const SEVERITIES = ['error', 'warning', 'info'] as const satisfies readonly Severity[];

// The two lists above copy the core's so that the first page loads without it; these lines
// compile only while each copy names exactly the core's values.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _sameSeverities: Same<Severity, (typeof SEVERITIES)[number]> = true;
const _sameStatuses: Same<Recommendation['status'], (typeof RECOMMENDATION_STATUSES)[number]> = true;
void [_sameSeverities, _sameStatuses];

export const pathKey = z.union([z.string(), z.number().int().min(0)]);
const Path = z.array(pathKey);
const Person = z.object({ id: z.number().int(), name: z.string() });

export const Day = z.object({ year: z.number().int(), month: z.number().int(), day: z.number().int() });
export type Day = z.infer<typeof Day>;
export const Counts = z.object({
  error: z.number().int(),
  warning: z.number().int(),
  info: z.number().int(),
}) satisfies z.ZodType<Record<Severity, number>>;
export type Counts = z.infer<typeof Counts>;

export const User = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  createdAt: z.string(),
  disabled: z.boolean(),
});
export type Account = z.infer<typeof User>;
export const SessionUser = User.pick({ id: true, email: true, name: true, role: true });
export type User = z.infer<typeof SessionUser>;
export const SessionInfo = z.object({
  user: SessionUser.nullable(),
  csrf: z.string(),
  setupRequired: z.boolean(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;
export const SignedIn = z.object({ user: SessionUser, csrf: z.string() });
export const UserList = z.object({ users: z.array(User) });

const Quantity = z.object({
  value: z.string().meta({ description: 'Exact decimal text: "2169", "92.8763"' }),
  unit: z.enum(['count', 'dong', 'percent', 'points']),
  scale: z.number().int().optional(),
  written: z.string().optional(),
});
export const FindingOut = z.object({
  code: z.string(),
  severity: z.enum(SEVERITIES),
  paths: z.array(Path),
  computed: Quantity.optional(),
  reported: Quantity.optional(),
  params: z.record(z.string(), z.union([z.string(), z.number(), Quantity, z.array(z.string())])),
  suggestion: z.object({ path: Path, value: Quantity, field: z.string().optional() }).optional(),
  legalBasis: z.string().optional(),
  message_vi: z.string(),
  message_en: z.string(),
});
export type ServerFinding = z.infer<typeof FindingOut>;

export const PackRef = z.object({ id: z.string(), version: z.string() });
export const SupervisionSummary = z.object({
  id: z.number().int(),
  slug: z.string(),
  year: z.number().int(),
  bodyName: z.string(),
  subject: z.string(),
  status: z.enum(SUPERVISION_STATUSES),
  stage: z
    .enum(NOTICE_STAGES)
    .nullable()
    .meta({ description: 'Where the notice stands after the issuing steps (null: never through them)' }),
  version: z.number().int(),
  updatedAt: z.string(),
  counts: Counts,
  countsAsOf: z
    .string()
    .nullable()
    .meta({ description: 'The day (YYYY-MM-DD) the counts were computed for' }),
  pack: PackRef.nullable().optional().meta({ description: 'The pack the counts were computed under' }),
});
export type SupervisionSummary = z.infer<typeof SupervisionSummary>;
export const SupervisionList = z.object({
  supervisions: z.array(SupervisionSummary),
  total: z.number().int().meta({ description: 'Rows matching the filters, all pages' }),
  limit: z.number().int(),
  offset: z.number().int(),
  today: Day,
});
export type SupervisionListPage = z.infer<typeof SupervisionList>;

export const CheckedPack = z
  .object({
    id: z.string(),
    version: z.string(),
    name: z.string(),
    row: z.number().int().nullable().meta({ description: 'The installed version (null: the default pack)' }),
    pinned: z.boolean(),
    data: z.unknown().optional().meta({ description: 'An installed pack as read from its file' }),
  })
  .meta({ description: 'The pack the findings were checked under' });
export const SupervisionRead = z.object({
  supervision: z.object({
    id: z.number().int(),
    slug: z.string(),
    status: z.enum(SUPERVISION_STATUSES),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    updatedBy: z.string().nullable(),
    document: z.unknown().meta({ description: 'The input document (SupervisionInput), written forms kept' }),
  }),
  findings: z.array(FindingOut),
  counts: Counts,
  pack: CheckedPack,
  today: Day,
});
export type SupervisionRead = z.infer<typeof SupervisionRead>;
export const ActivePack = CheckedPack.omit({ row: true, pinned: true });

export const ApiIssueOut = z.object({
  code: z.string(),
  path: Path,
  message_vi: z.string(),
  message_en: z.string(),
  expected: z.string().optional(),
  received: z.string().optional(),
});
export type ApiIssue = z.infer<typeof ApiIssueOut>;
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message_vi: z.string(),
    message_en: z.string(),
    issues: z.array(ApiIssueOut).optional(),
  }),
  current: z
    .object({
      version: z.number().int(),
      document: z.unknown(),
      updatedAt: z.string(),
      updatedBy: z.string().nullable(),
    })
    .optional()
    .meta({ description: 'On 409: the version that won, so the client can reload it' }),
});
export type ApiErrorBody = z.infer<typeof ErrorBody>;

export const Comment = z.object({
  id: z.number().int(),
  findingCode: z.string(),
  path: Path,
  user: Person,
  body: z.string(),
  createdAt: z.string(),
});
export type CommentView = z.infer<typeof Comment>;
export const CommentList = z.object({ comments: z.array(Comment) });
export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  user: Person.nullable(),
  action: z.string(),
  supervisionId: z.number().int().nullable(),
  detail: z.unknown(),
});
export const AuditList = z.object({ entries: z.array(AuditEntry) });
/** What a supervision's history reads of an entry's detail (other keys pass through unread). */
export const SupervisionAuditList = z.object({
  entries: z.array(
    AuditEntry.extend({
      detail: z.looseObject({
        changes: z
          .array(z.object({ path: Path, before: z.unknown().optional(), after: z.unknown().optional() }))
          .optional(),
        body: z.string().optional(),
        version: z.number().int().optional(),
        number: z.string().optional(),
        date: z.string().optional(),
        reason: z.string().optional(),
      }),
    }),
  ),
});

/** A notice read as written (.docx, .doc, .txt, .md): the draft the editor opens. */
export const NoticeDraft = z.object({
  draft: z.unknown(),
  understood: z.string(),
  remarks: z.array(z.string()),
});

export const StageRead = z.object({ stage: z.enum(NOTICE_STAGES), reason: z.string().nullable() });
export type StageRead = z.infer<typeof StageRead>;
/** POST /api/supervisions/:id/issuing: the stage reached, and the version it concerns. */
export const StageMoved = StageRead.extend({ version: z.number().int() });
/** PATCH /api/users/:id and POST /api/users: the account as it now is. */
export const UserRead = z.object({ user: User });

/** POST /api/supervisions/:id/recount: the register recounted against the notice's block. */
export const RecountRead = z.object({
  block: z.object({
    id: z.string().nullable(),
    path: Path,
    period: z.object({ from: z.string(), to: z.string() }),
  }),
  recount: z.object({
    period: z.object({ from: z.number().int(), to: z.number().int() }).meta({ description: 'Day numbers' }),
    rows: z.number().int(),
    read: z.object({ channel: z.boolean(), status: z.boolean() }),
    received: z.object({
      total: z.number().int(),
      online: z.number().int(),
      direct: z.number().int(),
      postal: z.number().int(),
      carriedOver: z.number().int(),
    }),
    resolved: z.object({
      total: z.number().int(),
      early: z.number().int(),
      onTime: z.number().int(),
      late: z.number().int(),
    }),
    pending: z.object({
      total: z.number().int(),
      withinDeadline: z.number().int(),
      overdue: z.number().int(),
    }),
    withdrawn: z.number().int(),
    suspended: z.number().int(),
    outside: z.object({
      resolvedBefore: z.number().int(),
      receivedAfter: z.number().int(),
      notCounted: z.number().int(),
    }),
  }),
  issues: z.array(
    z.object({
      code: z.string(),
      severity: z.enum(SEVERITIES),
      count: z.number().int(),
      rows: z.array(z.number().int()),
      column: z.string().optional(),
      value: z.string().optional(),
      names: z.array(z.string()).optional(),
      firstRows: z.array(z.number().int()).optional(),
      message_vi: z.string(),
      message_en: z.string(),
    }),
  ),
  findings: z.array(FindingOut),
});
export type RecountRead = z.infer<typeof RecountRead>;
