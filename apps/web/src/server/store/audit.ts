import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

export type AuditAction =
  | 'setup'
  | 'auth.login'
  | 'auth.login-failed'
  | 'auth.logout'
  | 'user.create'
  | 'user.update'
  | 'user.restore'
  | 'supervision.create'
  | 'supervision.import'
  | 'supervision.update'
  | 'supervision.delete'
  | 'supervision.seed'
  | 'comment.create'
  | 'notice.submit'
  | 'notice.withdraw'
  | 'notice.issue'
  | 'notice.correct'
  | 'pack.install'
  | 'pack.update'
  | 'pack.activate'
  | 'pack.pin'
  | 'followup.record'
  | 'followup.take-up';

export interface AuditEntry {
  id: number;
  at: string;
  user: { id: number; name: string } | null;
  action: string;
  supervisionId: number | null;
  detail: unknown;
}

/**
 * Records who did what, when. Called inside the write's own transaction, so a write
 * without its audit entry cannot happen.
 *
 * @example
 * await audit(trx, { at, userId: user.id, action: 'supervision.update', supervisionId: 1, detail: { changes } });
 */
export async function audit(
  db: Kysely<Database> | Transaction<Database>,
  entry: {
    at: string;
    userId: number | null;
    action: AuditAction;
    supervisionId?: number | null;
    detail: unknown;
  },
): Promise<void> {
  await db
    .insertInto('audit')
    .values({
      at: entry.at,
      user_id: entry.userId,
      action: entry.action,
      supervision_id: entry.supervisionId ?? null,
      detail: JSON.stringify(entry.detail),
    })
    .execute();
}

/** The latest entries, newest first; for one supervision when an id is given. */
export async function listAudit(
  db: Kysely<Database>,
  options: { supervisionId?: number; limit: number },
): Promise<AuditEntry[]> {
  let q = db
    .selectFrom('audit')
    .leftJoin('users', 'users.id', 'audit.user_id')
    .select([
      'audit.id',
      'audit.at',
      'audit.action',
      'audit.supervision_id',
      'audit.detail',
      'audit.user_id',
      'users.name as user_name',
    ])
    .orderBy('audit.id', 'desc')
    .limit(options.limit);
  if (options.supervisionId !== undefined) q = q.where('audit.supervision_id', '=', options.supervisionId);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    user: r.user_id !== null ? { id: r.user_id, name: r.user_name ?? '' } : null,
    action: r.action,
    supervisionId: r.supervision_id,
    detail: JSON.parse(r.detail) as unknown,
  }));
}
