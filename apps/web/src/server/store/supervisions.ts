import type { Kysely, Transaction } from 'kysely';
import type { Database, SupervisionRow } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** What the list shows, read from columns: no document parsing needed. */
export type SupervisionHead = Omit<SupervisionRow, 'document'>;

/** The columns derived from a document on every write. */
export interface DerivedColumns {
  slug: string;
  year: number;
  body_name: string;
  status: string;
}

/** Every column but the document: what a head is made of. */
const HEAD_COLUMNS = [
  'id',
  'slug',
  'year',
  'body_name',
  'status',
  'version',
  'created_at',
  'updated_at',
  'updated_by',
] as const satisfies readonly (keyof SupervisionHead)[];

export function listSupervisionHeads(db: Db): Promise<SupervisionHead[]> {
  return db
    .selectFrom('supervisions')
    .select(HEAD_COLUMNS)
    .orderBy('year', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function findSupervision(db: Db, id: number): Promise<SupervisionRow | undefined> {
  return db.selectFrom('supervisions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findSupervisionHead(db: Db, id: number): Promise<SupervisionHead | undefined> {
  return db.selectFrom('supervisions').select(HEAD_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function countSupervisions(db: Db): Promise<number> {
  const row = await db
    .selectFrom('supervisions')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertSupervision(
  db: Db,
  row: DerivedColumns & { document: string; at: string; userId: number | null },
): Promise<SupervisionRow> {
  return db
    .insertInto('supervisions')
    .values({
      slug: row.slug,
      year: row.year,
      body_name: row.body_name,
      status: row.status,
      version: 1,
      document: row.document,
      created_at: row.at,
      updated_at: row.at,
      updated_by: row.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Writes a new document only if the stored version is still `expected`; the version
 * then becomes expected + 1. Returns false, having changed nothing, when it is not.
 *
 * @example
 * if (!(await updateSupervision(trx, 1, 3, { ...columns, document, at, userId }))) throw conflict;
 */
export async function updateSupervision(
  db: Db,
  id: number,
  expected: number,
  row: DerivedColumns & { document: string; at: string; userId: number | null },
): Promise<boolean> {
  const result = await db
    .updateTable('supervisions')
    .set({
      slug: row.slug,
      year: row.year,
      body_name: row.body_name,
      status: row.status,
      version: expected + 1,
      document: row.document,
      updated_at: row.at,
      updated_by: row.userId,
    })
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteSupervision(db: Db, id: number, expected: number): Promise<boolean> {
  const result = await db
    .deleteFrom('supervisions')
    .where('id', '=', id)
    .where('version', '=', expected)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
