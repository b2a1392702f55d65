import type { Generated, Insertable, Selectable } from 'kysely';

import type { Role } from '../../shared/roles.js';

export { ROLES, type Role } from '../../shared/roles.js';

// Times are ISO-8601 strings (UTC) in both databases: they sort as text and need no
// driver-specific date types.
export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a stolen database does not yield live sessions. */
  id: string;
  user_id: number;
  csrf: string;
  created_at: string;
  expires_at: string;
}

export interface SupervisionsTable {
  id: Generated<number>;
  slug: string;
  year: number;
  body_name: string;
  status: string;
  version: number;
  /** The input document as JSON text (written forms kept). Never summed or compared in SQL. */
  document: string;
  created_at: string;
  updated_at: string;
  updated_by: number | null;
  /** The version's subject and findings counts by severity, stored on write for the list. */
  subject: string | null;
  findings_error: number | null;
  findings_warning: number | null;
  findings_info: number | null;
  /** The day (YYYY-MM-DD, council's time zone) the counts were computed for; null until backfilled. */
  findings_as_of: string | null;
  /** The pack (id and its version) the stored counts were computed under; null until then. */
  pack_id: string | null;
  pack_version: string | null;
  /** A pack version (packs.id) this supervision is always checked under, whatever is active. */
  pack_pin: number | null;
  /** The version's findings by rule, JSON `[[code, severity, count], …]`; null until computed. */
  findings_rules: string | null;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  action: string;
  supervision_id: number | null;
  /** JSON: what changed (a field-level diff for documents). */
  detail: string;
}

export interface CommentsTable {
  id: Generated<number>;
  supervision_id: number;
  finding_code: string;
  /** JSON array: the finding's first path, so a comment stays beside its figure. */
  path: string;
  user_id: number;
  body: string;
  created_at: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  supervisions: SupervisionsTable;
  audit: AuditTable;
  comments: CommentsTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type SupervisionRow = Selectable<SupervisionsTable>;
export type AuditRow = Selectable<AuditTable>;
export type CommentRow = Selectable<CommentsTable>;
