import type { Generated, Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

/** One installed version of a pack (migration 0004): immutable once written. */
export interface PacksTable {
  id: Generated<number>;
  pack_id: string;
  version: string;
  name: string;
  /** The pack as read from its file, as JSON text (numbers kept as written). */
  content: string;
  /** SHA-256 of the content with its keys sorted: the same pack sent again is recognised. */
  digest: string;
  installed_at: string;
  installed_by: number | null;
}

/** Which pack version a scope checks under; no row: the built-in default pack. */
export interface PackChoiceTable {
  scope: string;
  pack_row: number;
  updated_at: string;
}

/** The only scope today: the whole installation (one council's server). */
export const INSTALLATION = 'installation';

type PackDb = Kysely<Database & { packs: PacksTable; pack_choice: PackChoiceTable }>;
type Db = Kysely<Database> | Transaction<Database>;

// The tables live beside the others without widening the shared Database type.
const db = (d: Db) => d as unknown as PackDb;

export type PackRow = Selectable<PacksTable>;
export type PackHead = Omit<PackRow, 'content'> & { installed_by_name: string | null };

/** Every installed version, newest install first, without their content. */
export function listPackRows(d: Db): Promise<PackHead[]> {
  return db(d)
    .selectFrom('packs')
    .leftJoin('users', 'users.id', 'packs.installed_by')
    .select([
      'packs.id',
      'packs.pack_id',
      'packs.version',
      'packs.name',
      'packs.digest',
      'packs.installed_at',
      'packs.installed_by',
      'users.name as installed_by_name',
    ])
    .orderBy('packs.id', 'desc')
    .execute();
}

export function findPackRow(d: Db, id: number): Promise<PackRow | undefined> {
  return db(d).selectFrom('packs').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPackVersion(d: Db, packId: string, version: string): Promise<PackRow | undefined> {
  return db(d)
    .selectFrom('packs')
    .selectAll()
    .where('pack_id', '=', packId)
    .where('version', '=', version)
    .executeTakeFirst();
}

export async function insertPackRow(d: Db, row: Insertable<PacksTable>): Promise<number> {
  const inserted = await db(d).insertInto('packs').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

/** The pack version a scope checks under, or null for the built-in default pack. */
export async function readChoice(d: Db, scope = INSTALLATION): Promise<number | null> {
  const row = await db(d)
    .selectFrom('pack_choice')
    .select('pack_row')
    .where('scope', '=', scope)
    .executeTakeFirst();
  return row?.pack_row ?? null;
}

/** Sets (or, with null, clears back to the default pack) the version a scope checks under. */
export async function writeChoice(d: Db, packRow: number | null, at: string, scope = INSTALLATION) {
  await db(d).deleteFrom('pack_choice').where('scope', '=', scope).execute();
  if (packRow !== null)
    await db(d).insertInto('pack_choice').values({ scope, pack_row: packRow, updated_at: at }).execute();
}
