import { Hono } from 'hono';
import { hashPassword } from '../auth/password.js';
import { type AppEnv, allow, CAN, type Deps, idParam } from '../context.js';
import type { UsersTable } from '../db/schema.js';
import { ApiError } from '../errors.js';
import { readJson, validate } from '../request.js';
import { NewUser, UserChange } from '../schemas.js';
import { audit, listAudit } from '../store/audit.js';
import { closeUserSessions } from '../store/sessions.js';
import { isUniqueViolation } from '../store/unique.js';
import {
  anotherActiveAdmin,
  findUser,
  insertUser,
  listUsers,
  normaliseEmail,
  publicUser,
} from '../store/users.js';

/** Accounts, managed by administrators; and the whole audit trail. */
export function userRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { kysely } = deps.db;

  app.get('/users', async (c) => {
    allow(c, CAN.administer);
    return c.json({ users: (await listUsers(kysely)).map(publicUser) });
  });

  app.post('/users', async (c) => {
    const session = allow(c, CAN.administer);
    const body = validate(NewUser, await readJson(c));
    const passwordHash = await hashPassword(body.password);
    try {
      const user = await kysely.transaction().execute(async (trx) => {
        const at = deps.now().toISOString();
        const created = await insertUser(trx, { ...body, passwordHash, at });
        await audit(trx, {
          at,
          userId: session.user.id,
          action: 'user.create',
          detail: { id: created.id, email: created.email, role: created.role },
        });
        return created;
      });
      return c.json({ user: publicUser(user) }, 201);
    } catch (err) {
      if (isUniqueViolation(err)) throw new ApiError('email.taken', { email: normaliseEmail(body.email) });
      throw err;
    }
  });

  app.patch('/users/:id', async (c) => {
    const session = allow(c, CAN.administer);
    const id = idParam(c.req.param('id'));
    const change = validate(UserChange, await readJson(c));
    const before = await findUser(kysely, id);
    if (!before) throw new ApiError('not-found');
    const at = deps.now().toISOString();
    const set: Partial<Pick<UsersTable, 'name' | 'role' | 'password_hash' | 'disabled_at'>> = {};
    if (change.name !== undefined) set.name = change.name;
    if (change.role !== undefined) set.role = change.role;
    if (change.password !== undefined) set.password_hash = await hashPassword(change.password);
    if (change.disabled !== undefined) set.disabled_at = change.disabled ? at : null;
    const removesAdmin =
      before.role === 'admin' &&
      before.disabled_at === null &&
      ((change.role !== undefined && change.role !== 'admin') || change.disabled === true);
    const after = await kysely.transaction().execute(async (trx) => {
      if (removesAdmin && !(await anotherActiveAdmin(trx, id, deps.db.dialect)))
        throw new ApiError('admin.last');
      if (Object.keys(set).length > 0) await trx.updateTable('users').set(set).where('id', '=', id).execute();
      // A new password or a disabled account ends the user's sessions.
      if (change.password !== undefined || change.disabled === true) await closeUserSessions(trx, id);
      await audit(trx, {
        at,
        userId: session.user.id,
        action: 'user.update',
        detail: {
          id,
          ...(change.name !== undefined ? { name: { before: before.name, after: change.name } } : {}),
          ...(change.role !== undefined ? { role: { before: before.role, after: change.role } } : {}),
          ...(change.password !== undefined ? { password: 'changed' } : {}),
          ...(change.disabled !== undefined ? { disabled: change.disabled } : {}),
        },
      });
      return trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    });
    return c.json({ user: publicUser(after) });
  });

  app.get('/audit', async (c) => {
    allow(c, CAN.administer);
    return c.json({ entries: await listAudit(kysely, { limit: 200 }) });
  });

  return app;
}
