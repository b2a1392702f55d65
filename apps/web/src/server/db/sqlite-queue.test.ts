import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../test/databases.js';
import type { Db } from './connect.js';

// SQLite has one connection, which the queued dialect hands out in turn (db/sqlite-queue.ts).
// What the app relies on: many requests at once each get their answer, in the order they
// asked, and a transaction never sees another's statements in the middle of it.

interface Scratch {
  log: { n: number };
  counter: { id: number; value: number };
}

const [sqlite] = testDatabases();

describe('the SQLite connection under concurrent queries', () => {
  let db: Db;
  let drop: () => Promise<void>;
  let k: Kysely<Scratch>;

  beforeAll(async () => {
    ({ db, drop } = await sqlite!.open());
    k = db.kysely as unknown as Kysely<Scratch>;
    await sql`create table log (n integer not null)`.execute(k);
    await sql`create table counter (id integer primary key, value integer not null)`.execute(k);
    await k.insertInto('counter').values({ id: 1, value: 0 }).execute();
  });
  afterAll(() => drop());

  it('runs queries asked for at the same time in the order they were asked', async () => {
    await Promise.all(Array.from({ length: 60 }, (_, n) => k.insertInto('log').values({ n }).execute()));
    const rows = await k.selectFrom('log').select('n').orderBy(sql`rowid`).execute();
    expect(rows.map((r) => r.n)).toEqual(Array.from({ length: 60 }, (_, n) => n));
  });

  it('keeps each transaction whole while other queries wait', async () => {
    // Read, yield to the event loop, write: with the connection shared mid-transaction,
    // two of these would read the same value and an increment would be lost.
    const increment = () =>
      k.transaction().execute(async (trx) => {
        const { value } = await trx
          .selectFrom('counter')
          .select('value')
          .where('id', '=', 1)
          .executeTakeFirstOrThrow();
        await new Promise((resolve) => setTimeout(resolve, 1));
        await trx
          .updateTable('counter')
          .set({ value: value + 1 })
          .where('id', '=', 1)
          .execute();
      });
    const reads = Array.from({ length: 20 }, () =>
      k.selectFrom('counter').select('value').where('id', '=', 1).executeTakeFirstOrThrow(),
    );
    await Promise.all([...Array.from({ length: 20 }, increment), ...reads]);
    const { value } = await k
      .selectFrom('counter')
      .select('value')
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    expect(value).toBe(20);
  });

  it('lets the next query through after one fails', async () => {
    const failing = sql`select * from no_such_table`.execute(k);
    const next = k.selectFrom('counter').select('value').executeTakeFirstOrThrow();
    await expect(failing).rejects.toThrow(/no such table/);
    await expect(next).resolves.toEqual({ value: 20 });
  });
});
