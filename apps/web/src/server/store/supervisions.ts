import type { Kysely, Transaction } from 'kysely';
import type { Database, SupervisionRow } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** What the list shows, read from columns: no document parsing needed. */
export type SupervisionHead = Omit<SupervisionRow, 'document' | 'findings_rules'>;

/** The columns derived from a document on every write. */
export interface DerivedColumns extends SummaryColumns {
  slug: string;
  year: number;
  body_name: string;
  status: string;
}

/** The version's subject and findings counts, as of a day: what the list shows. */
export interface SummaryColumns {
  subject: string;
  findings_error: number;
  findings_warning: number;
  findings_info: number;
  findings_as_of: string;
  /** The pack the counts were computed under. */
  pack_id: string;
  pack_version: string;
  /** Findings by rule, JSON `[[code, severity, count], …]` (see summary/rules.ts). */
  findings_rules: string;
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
  'subject',
  'findings_error',
  'findings_warning',
  'findings_info',
  'findings_as_of',
  'pack_id',
  'pack_version',
  'pack_pin',
] as const satisfies readonly (keyof SupervisionHead)[];

export interface ListFilter {
  status?: string | undefined;
  year?: number | undefined;
}

/**
 * One page of the list, newest year first, and how many rows match in all. Reads columns
 * only (the indexes on (year, id) and (status, year, id) serve the order and the filter).
 *
 * @example
 * const { rows, total } = await listSupervisionPage(db, { limit: 50, offset: 0 });
 */
export async function listSupervisionPage(
  db: Db,
  page: ListFilter & { limit: number; offset: number },
): Promise<{ rows: SupervisionHead[]; total: number }> {
  let rows = db.selectFrom('supervisions').select(HEAD_COLUMNS);
  let count = db.selectFrom('supervisions').select((eb) => eb.fn.countAll().as('n'));
  if (page.status !== undefined) {
    rows = rows.where('status', '=', page.status);
    count = count.where('status', '=', page.status);
  }
  if (page.year !== undefined) {
    rows = rows.where('year', '=', page.year);
    count = count.where('year', '=', page.year);
  }
  const [list, n] = await Promise.all([
    rows.orderBy('year', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
    count.executeTakeFirstOrThrow(),
  ]);
  return { rows: list, total: Number(n.n) };
}

/** Rows whose summary was never computed (written before summaries were stored). */
export function supervisionsWithoutSummary(db: Db, limit: number): Promise<SupervisionRow[]> {
  return db
    .selectFrom('supervisions')
    .selectAll()
    .where('findings_as_of', 'is', null)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Rows whose summary was computed for a day before `day` (YYYY-MM-DD): stale for the list. */
export function supervisionsSummarisedBefore(
  db: Db,
  day: string,
  limit: number,
): Promise<Pick<SupervisionRow, 'id' | 'version' | 'document' | 'pack_pin'>[]> {
  return db
    .selectFrom('supervisions')
    .select(['id', 'version', 'document', 'pack_pin'])
    .where('findings_as_of', '<', day)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Marks a row's summary as of `day` without changing its counts (a row that cannot be checked). */
export async function markSummaryDay(db: Db, id: number, version: number, day: string): Promise<void> {
  await db
    .updateTable('supervisions')
    .set({ findings_as_of: day })
    .where('id', '=', id)
    .where('version', '=', version)
    .execute();
}

/** Stores a summary for the version it was computed from; a newer version is left alone. */
export async function storeSummary(
  db: Db,
  id: number,
  version: number,
  summary: SummaryColumns,
): Promise<void> {
  await db
    .updateTable('supervisions')
    .set(summary)
    .where('id', '=', id)
    .where('version', '=', version)
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

const summaryOf = (row: SummaryColumns): SummaryColumns => ({
  subject: row.subject,
  findings_error: row.findings_error,
  findings_warning: row.findings_warning,
  findings_info: row.findings_info,
  findings_as_of: row.findings_as_of,
  pack_id: row.pack_id,
  pack_version: row.pack_version,
  findings_rules: row.findings_rules,
});

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
      ...summaryOf(row),
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
      ...summaryOf(row),
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

/**
 * Marks the stored counts of every supervision checked under the installation's pack as not yet
 * computed, after the administrator chose another pack: the list computes them again as it
 * shows them (pinned supervisions keep theirs).
 */
export async function forgetUnpinnedSummaries(db: Db): Promise<void> {
  await db.updateTable('supervisions').set({ findings_as_of: null }).where('pack_pin', 'is', null).execute();
}

/** Pins a supervision to one installed pack version (null: the installation's pack again). */
export async function pinPack(db: Db, id: number, packRow: number | null): Promise<boolean> {
  const result = await db
    .updateTable('supervisions')
    .set({ pack_pin: packRow, findings_as_of: null })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
