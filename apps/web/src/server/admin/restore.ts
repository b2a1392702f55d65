import type { InputIssue } from '@diemmac/core';
import { hashPassword } from '../auth/password.js';
import { passwordProblem, problemIssue } from '../auth/strength.js';
import type { Db } from '../db/connect.js';
import { requestIssues } from '../messages/request.js';
import { audit } from '../store/audit.js';
import { closeUserSessions } from '../store/sessions.js';
import { findUserByEmail, insertUser, normaliseEmail } from '../store/users.js';

/** A refusal worded in both languages; it never contains the password. */
export class RestoreRefused extends Error {
  override readonly name = 'RestoreRefused';
  constructor(
    readonly message_vi: string,
    readonly message_en: string,
  ) {
    super(message_en);
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * The operator's way back when no administrator can sign in: the account with this email
 * becomes an active administrator with this password (created if it does not exist), its
 * open sessions end, and the audit trail records it. Used by `npm run admin -- reset-password`
 * and by ADMIN_EMAIL/ADMIN_PASSWORD at start when no administrator is active.
 *
 * @example
 * await restoreAdministrator(db, { email: 'chutich@xa.gov.vn', password, from: 'command' }, new Date());
 */
export async function restoreAdministrator(
  db: Db,
  who: { email: string; password: string; name?: string; from: 'command' | 'environment' },
  now: Date,
): Promise<{ id: number; email: string; created: boolean }> {
  const email = normaliseEmail(who.email);
  if (!EMAIL.test(email) || email.length > 254)
    throw new RestoreRefused(`"${email}" chưa phải địa chỉ email.`, `"${email}" is not an email address.`);
  const problem = passwordProblem(who.password, [email]);
  if (problem) {
    const { code, params } = problemIssue(problem);
    // The issue's code is the API's own ('password.weak' is not one of the core's input codes).
    const [issue] = requestIssues([{ code: code as InputIssue['code'], path: ['password'], params }]);
    throw new RestoreRefused(issue!.message_vi, issue!.message_en);
  }
  const passwordHash = await hashPassword(who.password);
  const at = now.toISOString();
  return db.kysely.transaction().execute(async (trx) => {
    const existing = await findUserByEmail(trx, email);
    if (!existing) {
      const user = await insertUser(trx, {
        email,
        name: who.name ?? 'Quản trị viên',
        role: 'admin',
        passwordHash,
        at,
      });
      await audit(trx, {
        at,
        userId: null,
        action: 'user.create',
        detail: { id: user.id, email, role: 'admin', from: who.from },
      });
      return { id: user.id, email, created: true };
    }
    await trx
      .updateTable('users')
      .set({ role: 'admin', disabled_at: null, password_hash: passwordHash })
      .where('id', '=', existing.id)
      .execute();
    await closeUserSessions(trx, existing.id);
    await audit(trx, {
      at,
      userId: null,
      action: 'user.restore',
      detail: {
        id: existing.id,
        email,
        role: { before: existing.role, after: 'admin' },
        disabled: { before: existing.disabled_at !== null, after: false },
        password: 'changed',
        from: who.from,
      },
    });
    return { id: existing.id, email, created: false };
  });
}
