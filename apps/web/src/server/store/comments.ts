import type { Path } from '@diemmac/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

export interface FindingComment {
  id: number;
  findingCode: string;
  path: Path;
  user: { id: number; name: string };
  body: string;
  createdAt: string;
}

export async function listComments(db: Kysely<Database>, supervisionId: number): Promise<FindingComment[]> {
  const rows = await db
    .selectFrom('comments')
    .innerJoin('users', 'users.id', 'comments.user_id')
    .select([
      'comments.id',
      'comments.finding_code',
      'comments.path',
      'comments.body',
      'comments.created_at',
      'users.id as user_id',
      'users.name as user_name',
    ])
    .where('comments.supervision_id', '=', supervisionId)
    .orderBy('comments.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    findingCode: r.finding_code,
    path: JSON.parse(r.path) as Path,
    user: { id: r.user_id, name: r.user_name },
    body: r.body,
    createdAt: r.created_at,
  }));
}

export async function insertComment(
  db: Kysely<Database> | Transaction<Database>,
  c: { supervisionId: number; findingCode: string; path: Path; userId: number; body: string; at: string },
): Promise<number> {
  const row = await db
    .insertInto('comments')
    .values({
      supervision_id: c.supervisionId,
      finding_code: c.findingCode,
      path: JSON.stringify(c.path),
      user_id: c.userId,
      body: c.body,
      created_at: c.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
