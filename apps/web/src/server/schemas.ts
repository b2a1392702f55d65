import * as z from 'zod';
import { email, name, role } from '../shared/requests.js';
import { passwordProblem, problemIssue } from './auth/strength.js';

// The API's own request and response shapes. Requests are validated with them; the
// OpenAPI document is generated from them and from the core's Supervision schema.

// The requests without a password are the shared module's.
export {
  ListQuery,
  NewComment,
  NewSupervision,
  RecountQuery,
  SaveSupervision,
  SignIn,
} from '../shared/requests.js';

// Length in characters and strength (zxcvbn score ≥ 3); the value never enters the issue.
const password = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (!problem) return;
  const { code, params } = problemIssue(problem);
  ctx.addIssue({ code: 'custom', message: code, params: { diemmac: code, ...params } });
});

export const Setup = z.strictObject({
  token: z.string().min(1),
  email,
  name,
  password,
});
export const NewUser = z.strictObject({
  email,
  name,
  role,
  password,
});
export const UserChange = z.strictObject({
  name: name.optional(),
  role: role.optional(),
  password: password.optional(),
  disabled: z.boolean().optional(),
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
