import { SEVERITIES } from '@diemmac/core';
import * as z from 'zod';
import { passwordProblem, problemIssue } from './auth/strength.js';
import { ROLES } from './db/schema.js';
import { SUPERVISION_STATUSES } from './supervisions/status.js';

// The API's own request and response shapes. Requests are validated with them; the
// OpenAPI document is generated from them and from the core's Supervision schema.

const email = z
  .string()
  .trim()
  .min(3)
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+$/, 'email');
// Length in characters and strength (zxcvbn score ≥ 3); the value never enters the issue.
const password = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (!problem) return;
  const { code, params } = problemIssue(problem);
  ctx.addIssue({ code: 'custom', message: code, params: { diemmac: code, ...params } });
});
const pathKey = z.union([z.string(), z.number().int().min(0)]);

export const SignIn = z.strictObject({ email, password: z.string().min(1).max(200) });
export const Setup = z.strictObject({
  token: z.string().min(1),
  email,
  name: z.string().trim().min(1).max(200),
  password,
});
export const NewUser = z.strictObject({
  email,
  name: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  password,
});
export const UserChange = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  role: z.enum(ROLES).optional(),
  password: password.optional(),
  disabled: z.boolean().optional(),
});
/** A save: the version the editor started from, and the whole input document. */
export const SaveSupervision = z.strictObject({
  version: z.number().int().min(1),
  document: z.unknown(),
});
export const NewSupervision = z.strictObject({ document: z.unknown() });
/** The list's query: a page, and optional filters. */
export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  status: z.enum(SUPERVISION_STATUSES).optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});
export const NewComment = z.strictObject({
  findingCode: z.string().min(1).max(100),
  path: z.array(pathKey).max(50).default([]),
  body: z.string().trim().min(1).max(4000),
});

// Responses (documentation only).
export const User = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  createdAt: z.string(),
  disabled: z.boolean(),
});
export const SessionInfo = z.object({
  user: User.pick({ id: true, email: true, name: true, role: true }).nullable(),
  csrf: z.string(),
  setupRequired: z.boolean(),
});
const Day = z.object({ year: z.number().int(), month: z.number().int(), day: z.number().int() });
const Counts = z.object(Object.fromEntries(SEVERITIES.map((s) => [s, z.number().int()])));
const Quantity = z.object({
  value: z.string().meta({ description: 'Exact decimal text: "2169", "92.8763"' }),
  unit: z.enum(['count', 'dong', 'percent', 'points']),
  scale: z.number().int().optional(),
  written: z.string().optional(),
});
export const FindingOut = z.object({
  code: z.string(),
  severity: z.enum(SEVERITIES),
  paths: z.array(z.array(pathKey)),
  computed: Quantity.optional(),
  reported: Quantity.optional(),
  params: z.record(z.string(), z.unknown()),
  suggestion: z.object({ path: z.array(pathKey), value: Quantity }).optional(),
  legalBasis: z.string().optional(),
  message_vi: z.string(),
  message_en: z.string(),
});
export const SupervisionSummary = z.object({
  id: z.number().int(),
  slug: z.string(),
  year: z.number().int(),
  bodyName: z.string(),
  subject: z.string(),
  status: z.enum(SUPERVISION_STATUSES),
  version: z.number().int(),
  updatedAt: z.string(),
  counts: Counts,
  countsAsOf: z
    .string()
    .nullable()
    .meta({ description: 'The day (YYYY-MM-DD) the counts were computed for' }),
});
export const SupervisionList = z.object({
  supervisions: z.array(SupervisionSummary),
  total: z.number().int().meta({ description: 'Rows matching the filters, all pages' }),
  limit: z.number().int(),
  offset: z.number().int(),
  today: Day,
});
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
  pack: z
    .object({
      id: z.string(),
      version: z.string(),
      name: z.string(),
      row: z
        .number()
        .int()
        .nullable()
        .meta({ description: 'The installed version (null: the default pack)' }),
      pinned: z.boolean(),
      data: z.unknown().optional().meta({ description: 'An installed pack as read from its file' }),
    })
    .meta({ description: 'The pack the findings were checked under' }),
  today: Day,
});
export const ApiIssueOut = z.object({
  code: z.string(),
  path: z.array(pathKey),
  message_vi: z.string(),
  message_en: z.string(),
  expected: z.string().optional(),
  received: z.string().optional(),
});
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
export const Comment = z.object({
  id: z.number().int(),
  findingCode: z.string(),
  path: z.array(pathKey),
  user: z.object({ id: z.number().int(), name: z.string() }),
  body: z.string(),
  createdAt: z.string(),
});
export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  user: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  action: z.string(),
  supervisionId: z.number().int().nullable(),
  detail: z.unknown(),
});

/** The query of a register recount: which dossier block to compare, when there are several. */
export const RecountQuery = z.strictObject({ block: z.string().trim().min(1).max(200).optional() });
