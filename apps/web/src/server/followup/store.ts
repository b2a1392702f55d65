import type { Generated, Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

/** One recorded step of a recommendation's follow-up (migration 0005). */
export interface FollowUpEntriesTable {
  id: Generated<number>;
  supervision_id: number;
  /** Index of the recommendation in the notice, from 0. */
  recommendation: number;
  /** YYYY-MM-DD of the entry's date, for ordering. */
  day: string;
  status: string;
  /** JSON: the entry as sent (FollowUpEntry input: date as written, note, responses, part). */
  entry: string;
  recorded_by: number | null;
  recorded_at: string;
}

/** A recommendation taken up by a later supervision (giám sát lại). */
export interface FollowUpLinksTable {
  supervision_id: number;
  recommendation: number;
  taken_up_by: number;
  taken_up_recommendation: number | null;
  updated_at: string;
}

type FollowUpDb = Kysely<
  Database & { followup_entries: FollowUpEntriesTable; followup_links: FollowUpLinksTable }
>;
type Db = Kysely<Database> | Transaction<Database>;

// The tables live beside the others without widening the shared Database type.
const db = (d: Db) => d as unknown as FollowUpDb;

export interface StoredEntry {
  id: number;
  supervisionId: number;
  recommendation: number;
  entry: unknown;
  recordedBy: { id: number; name: string } | null;
  recordedAt: string;
}

export async function insertEntry(
  d: Db,
  row: {
    supervisionId: number;
    recommendation: number;
    day: string;
    status: string;
    entry: unknown;
    userId: number;
    at: string;
  },
): Promise<number> {
  const inserted = await db(d)
    .insertInto('followup_entries')
    .values({
      supervision_id: row.supervisionId,
      recommendation: row.recommendation,
      day: row.day,
      status: row.status,
      entry: JSON.stringify(row.entry),
      recorded_by: row.userId,
      recorded_at: row.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** The entries of some supervisions (all when none are named), oldest day first, then in the order recorded. */
export async function listEntries(d: Db, supervisionIds: readonly number[]): Promise<StoredEntry[]> {
  if (supervisionIds.length === 0) return [];
  const rows = await db(d)
    .selectFrom('followup_entries')
    .leftJoin('users', 'users.id', 'followup_entries.recorded_by')
    .select([
      'followup_entries.id',
      'followup_entries.supervision_id',
      'followup_entries.recommendation',
      'followup_entries.entry',
      'followup_entries.recorded_by',
      'followup_entries.recorded_at',
      'users.name as user_name',
    ])
    .where('followup_entries.supervision_id', 'in', [...supervisionIds])
    .orderBy('followup_entries.day')
    .orderBy('followup_entries.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    supervisionId: r.supervision_id,
    recommendation: r.recommendation,
    entry: JSON.parse(r.entry) as unknown,
    recordedBy: r.recorded_by !== null ? { id: r.recorded_by, name: r.user_name ?? '' } : null,
    recordedAt: r.recorded_at,
  }));
}

export interface StoredLink {
  supervisionId: number;
  recommendation: number;
  /** The other supervision of the link: the later one seen from the earlier, and back. */
  other: { id: number; slug: string; subject: string | null };
  takenUpRecommendation: number | null;
}

/** Sets (or, with `takenUpBy` null, removes) the later supervision taking a recommendation up. */
export async function writeLink(
  d: Db,
  row: {
    supervisionId: number;
    recommendation: number;
    takenUpBy: number | null;
    takenUpRecommendation: number | null;
    at: string;
  },
): Promise<void> {
  await db(d)
    .deleteFrom('followup_links')
    .where('supervision_id', '=', row.supervisionId)
    .where('recommendation', '=', row.recommendation)
    .execute();
  if (row.takenUpBy === null) return;
  await db(d)
    .insertInto('followup_links')
    .values({
      supervision_id: row.supervisionId,
      recommendation: row.recommendation,
      taken_up_by: row.takenUpBy,
      taken_up_recommendation: row.takenUpRecommendation,
      updated_at: row.at,
    })
    .execute();
}

/**
 * Links touching some supervisions: those taken up from them (`from`) or by them (`by`).
 */
export async function listLinks(
  d: Db,
  supervisionIds: readonly number[],
  side: 'from' | 'by',
): Promise<StoredLink[]> {
  if (supervisionIds.length === 0) return [];
  const column = side === 'from' ? 'followup_links.supervision_id' : 'followup_links.taken_up_by';
  const other = side === 'from' ? 'followup_links.taken_up_by' : 'followup_links.supervision_id';
  const rows = await db(d)
    .selectFrom('followup_links')
    .innerJoin('supervisions', 'supervisions.id', other)
    .select([
      'followup_links.supervision_id',
      'followup_links.recommendation',
      'followup_links.taken_up_by',
      'followup_links.taken_up_recommendation',
      'supervisions.slug',
      'supervisions.subject',
    ])
    .where(column, 'in', [...supervisionIds])
    .orderBy('followup_links.supervision_id')
    .orderBy('followup_links.recommendation')
    .execute();
  return rows.map((r) => ({
    supervisionId: r.supervision_id,
    recommendation: r.recommendation,
    other: {
      id: side === 'from' ? r.taken_up_by : r.supervision_id,
      slug: r.slug,
      subject: r.subject,
    },
    takenUpRecommendation: r.taken_up_recommendation,
  }));
}
