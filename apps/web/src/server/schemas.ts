import * as z from 'zod';
import { pathKey, SUPERVISION_STATUSES } from '../shared/api.js';
import { ROLES } from '../shared/roles.js';
import { passwordProblem, problemIssue } from './auth/strength.js';

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

// Responses: the shared module's, which the client parses answers with.
export {
  AuditEntry,
  Comment,
  ErrorBody,
  FindingOut,
  SessionInfo,
  SupervisionList,
  SupervisionRead,
  SupervisionSummary,
  User,
} from '../shared/api.js';

/** The query of a register recount: which dossier block to compare, when there are several. */
export const RecountQuery = z.strictObject({ block: z.string().trim().min(1).max(200).optional() });
