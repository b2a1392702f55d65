import type { Kysely, Transaction } from 'kysely';
import type { NOTICE_STAGES } from '../../shared/api.js';
import type { Database } from '../db/schema.js';

/** Where the conclusion notice stands: drafted, submitted for signature, issued. */
export { NOTICE_STAGES } from '../../shared/api.js';
export type NoticeStage = (typeof NOTICE_STAGES)[number];

/** One row per supervision that has left the draft stage at least once (migration 0003). */
export interface NoticeStagesTable {
  supervision_id: number;
  stage: NoticeStage;
  /** The reason of the correction under way, when an issued notice was reopened. */
  reason: string | null;
  updated_at: string;
}

type StageDb = Kysely<Database & { notice_stages: NoticeStagesTable }>;
type Db = Kysely<Database> | Transaction<Database>;

// The table lives beside the others without widening the shared Database type.
const db = (d: Db) => d as unknown as StageDb;

export interface StageRead {
  stage: NoticeStage;
  reason: string | null;
}

export async function readStage(d: Db, supervisionId: number): Promise<StageRead> {
  const row = await db(d)
    .selectFrom('notice_stages')
    .select(['stage', 'reason'])
    .where('supervision_id', '=', supervisionId)
    .executeTakeFirst();
  return row ?? { stage: 'draft', reason: null };
}

export async function writeStage(
  d: Db,
  supervisionId: number,
  stage: NoticeStage,
  reason: string | null,
  at: string,
): Promise<void> {
  const changed = await db(d)
    .updateTable('notice_stages')
    .set({ stage, reason, updated_at: at })
    .where('supervision_id', '=', supervisionId)
    .executeTakeFirst();
  if (Number(changed.numUpdatedRows) > 0) return;
  await db(d)
    .insertInto('notice_stages')
    .values({ supervision_id: supervisionId, stage, reason, updated_at: at })
    .execute();
}

/** The stages of several supervisions at once (for a page of the list); absent means a draft. */
export async function readStages(
  d: Db,
  supervisionIds: readonly number[],
): Promise<Map<number, NoticeStage>> {
  if (supervisionIds.length === 0) return new Map();
  const rows = await db(d)
    .selectFrom('notice_stages')
    .select(['supervision_id', 'stage'])
    .where('supervision_id', 'in', [...supervisionIds])
    .execute();
  return new Map(rows.map((r) => [r.supervision_id, r.stage]));
}
