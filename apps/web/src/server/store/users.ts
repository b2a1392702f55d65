import type { Kysely, Transaction } from 'kysely';
import type { DialectName } from '../db/connect.js';
import type { Database, Role, UserRow } from '../db/schema.js';

/** A user as the API shows it: never the password hash. */
export interface PublicUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  disabled: boolean;
}

export const publicUser = (u: UserRow): PublicUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  createdAt: u.created_at,
  disabled: u.disabled_at !== null,
});

/** Emails compare case-insensitively: stored lower-case, NFC. */
export const normaliseEmail = (email: string): string => email.trim().normalize('NFC').toLowerCase();

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

export function findUser(db: Kysely<Database>, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listUsers(db: Kysely<Database>): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('id').execute();
}

export async function insertUser(
  db: Kysely<Database>,
  user: { email: string; name: string; role: Role; passwordHash: string; at: string },
): Promise<UserRow> {
  return db
    .insertInto('users')
    .values({
      email: normaliseEmail(user.email),
      name: user.name,
      role: user.role,
      password_hash: user.passwordHash,
      created_at: user.at,
      disabled_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Whether an active administrator other than `id` remains. Inside the write's transaction;
 * on PostgreSQL the administrators' rows are locked, so two admins demoting each other at
 * the same moment cannot both succeed (SQLite runs one write transaction at a time).
 *
 * @example
 * if (!(await anotherActiveAdmin(trx, id, 'sqlite'))) throw new ApiError('admin.last');
 */
export async function anotherActiveAdmin(
  db: Transaction<Database>,
  id: number,
  dialect: DialectName,
): Promise<boolean> {
  let q = db.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled_at', 'is', null);
  if (dialect === 'postgres') q = q.forUpdate();
  const admins = await q.execute();
  return admins.some((a) => a.id !== id);
}

/** Active administrators: none means the council is locked out of its own accounts. */
export async function countActiveAdmins(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
