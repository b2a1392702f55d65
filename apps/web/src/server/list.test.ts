import { readFileSync } from 'node:fs';
import { readText } from '@diemmac/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import YAML from 'yaml';
import type { Db } from './db/connect.js';
import { migrateToLatest, migratorFor } from './db/migrations.js';
import { exampleFile } from './seed.js';
import { backfillSummaries, createSupervision } from './supervisions/service.js';
import { dayClock } from './supervisions/today.js';
import { testDatabases } from './test/databases.js';
import { Client, PEOPLE, prepare, TestClock } from './test/harness.js';

// Read as the app reads files: numbers as written ("2.173" is two thousand one hundred and seventy-three).
const example = () => {
  const read = readText(readFileSync(exampleFile()!, 'utf8'));
  if (!read.ok) throw new Error('the example must read');
  return read.data as Record<string, unknown>;
};

describe.each(testDatabases())('the supervisions list at scale on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let ctx: Awaited<ReturnType<typeof prepare>>;
  let viewer: Client;
  const clock = new TestClock(new Date('2024-11-20T03:00:00Z'));
  const today = dayClock(clock.now, 'Asia/Ho_Chi_Minh');

  beforeAll(async () => {
    ({ db, drop } = await database.open());
    ctx = await prepare(db, clock, { importLimitBytes: 1024 * 1024, bodyLimitBytes: 256 * 1024 });
    // Six more: two a year for 2021–2023, so the example (2024) comes first.
    for (const year of [2021, 2022, 2023]) {
      for (const n of [1, 2]) {
        await createSupervision(
          { db, now: clock.now, today },
          { ...example(), id: `mau-${year}-${n}`, year },
          { userId: null, action: 'supervision.create', prefix: [] },
        );
      }
    }
    viewer = await new Client(ctx.app).signIn(PEOPLE.viewer);
  });
  afterAll(() => drop());

  const list = async (query = '') => {
    const res = await viewer.get(`/api/supervisions${query}`);
    expect(res.status).toBe(200);
    return res.json();
  };

  it('pages the list, newest year first, with the total of all pages', async () => {
    const first = await list('?limit=3');
    expect(first).toMatchObject({ total: 7, limit: 3, offset: 0, today: { year: 2024, month: 11, day: 20 } });
    expect(first.supervisions.map((s: { year: number }) => s.year)).toEqual([2024, 2023, 2023]);
    const last = await list('?limit=3&offset=6');
    expect(last.supervisions.map((s: { slug: string }) => s.slug)).toEqual(['mau-2021-1']);
    expect((await list()).limit).toBe(50);
  });

  it('filters by year and status', async () => {
    const y = await list('?year=2022');
    expect(y.total).toBe(2);
    expect(y.supervisions.map((s: { slug: string }) => s.slug)).toEqual(['mau-2022-2', 'mau-2022-1']);
    expect((await list('?status=draft')).total).toBe(7);
    expect((await list('?status=closed')).total).toBe(0);
  });

  it('refuses a page size out of range, naming the parameter', async () => {
    const res = await viewer.get('/api/supervisions?limit=5000');
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.issues[0].path).toEqual(['limit']);
    expect(error.issues[0].message_vi).toContain('tối đa 200');
    expect((await viewer.get('/api/supervisions?offset=-1')).status).toBe(400);
  });

  it('shows the counts stored when the version was written, the same as a full read', async () => {
    const { supervisions } = await list('?limit=1');
    const read = await (await viewer.get(`/api/supervisions/${supervisions[0].id}`)).json();
    expect(supervisions[0].counts).toEqual(read.counts);
    expect(supervisions[0].countsAsOf).toBe('2024-11-20');
    expect(supervisions[0].subject).toBe(read.supervision.document.subject);
  });

  it('shows a save at once on the same page, and answers 304 while the page is unchanged', async () => {
    const secretary = await new Client(ctx.app).signIn(PEOPLE.secretary);
    const before = await viewer.get('/api/supervisions?year=2023');
    const etag = before.headers.get('etag')!;
    const { supervisions } = await before.json();
    expect(
      (await viewer.request('GET', '/api/supervisions?year=2023', { headers: { 'if-none-match': etag } }))
        .status,
    ).toBe(304);
    const read = await (await secretary.get(`/api/supervisions/${supervisions[0].id}`)).json();
    const res = await secretary.put(`/api/supervisions/${supervisions[0].id}`, {
      version: read.supervision.version,
      document: { ...read.supervision.document, subject: 'Chủ đề mới' },
    });
    expect(res.status).toBe(200);
    const after = await viewer.get('/api/supervisions?year=2023');
    expect(after.headers.get('etag')).not.toBe(etag);
    expect((await after.json()).supervisions[0]).toMatchObject({
      subject: 'Chủ đề mới',
      version: read.supervision.version + 1,
    });
  });

  it('reads no document to list: a stored summary is shown even when the document would not parse', async () => {
    const { supervisions } = await list('?year=2021&limit=1');
    const id = supervisions[0].id;
    await db.kysely
      .updateTable('supervisions')
      .set({ document: '{"not":"a supervision"}', findings_error: 41 })
      .where('id', '=', id)
      .execute();
    // The app's own writes drop its cached pages; this one went behind its back, so ask anew.
    const again = await list('?year=2021&limit=2');
    expect(again.supervisions[0]).toMatchObject({ id, counts: { error: 41 } });
    await db.kysely.deleteFrom('supervisions').where('id', '=', id).execute();
  });

  it('summarises a row stored without one, on the list or at start', async () => {
    const { supervisions } = await list('?year=2022');
    const [a, b] = supervisions.map((s: { id: number }) => s.id);
    const expected = supervisions[0].counts;
    await db.kysely
      .updateTable('supervisions')
      .set({
        subject: null,
        findings_error: null,
        findings_warning: null,
        findings_info: null,
        findings_as_of: null,
      })
      .where('id', 'in', [a, b])
      .execute();
    const onList = await list('?year=2022&limit=1');
    expect(onList.supervisions[0]).toMatchObject({ id: a, counts: expected, countsAsOf: '2024-11-20' });
    expect(await backfillSummaries({ db, today })).toBe(1);
    expect(await backfillSummaries({ db, today })).toBe(0);
    const row = await db.kysely
      .selectFrom('supervisions')
      .selectAll()
      .where('id', '=', b)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ findings_error: expected.error, findings_as_of: '2024-11-20' });
  });

  it('refuses an import above the configured size before reading it, naming the limit', async () => {
    const secretary = await new Client(ctx.app).signIn(PEOPLE.secretary);
    const big = `# ${'x'.repeat(1.2 * 1024 * 1024)}\n${YAML.stringify({ ...example(), id: 'qua-lon' })}`;
    const res = await secretary.request('POST', '/api/supervisions/import', {
      raw: big,
      headers: { 'content-type': 'application/yaml' },
    });
    expect(res.status).toBe(413);
    const { error } = await res.json();
    expect(error.code).toBe('import.too-large');
    expect(error.message_vi).toContain('tối đa 1 MB');
    expect(error.message_en).toContain('1 MB');
    // The import's own limit, not the general 256 KiB one: a 300 KiB file is read.
    const padded = `# ${'x'.repeat(300 * 1024)}\n${YAML.stringify({ ...example(), id: 'vua-du' })}`;
    const ok = await secretary.request('POST', '/api/supervisions/import', {
      raw: padded,
      headers: { 'content-type': 'application/yaml' },
    });
    expect(ok.status).toBe(201);
  });

  it('brings the stored counts up to a new day in the background, once the list is asked for', async () => {
    clock.advance(24 * 3600 * 1000);
    viewer = await new Client(ctx.app).signIn(PEOPLE.viewer); // yesterday's session has expired
    const first = await list();
    expect(first.today).toEqual({ year: 2024, month: 11, day: 21 });
    await vi.waitFor(
      async () => {
        const { supervisions } = await list();
        expect(new Set(supervisions.map((s: { countsAsOf: string }) => s.countsAsOf))).toEqual(
          new Set(['2024-11-21']),
        );
      },
      { timeout: 20_000, interval: 200 },
    );
    const { supervisions } = await list('?limit=1');
    const read = await (await viewer.get(`/api/supervisions/${supervisions[0].id}`)).json();
    expect(supervisions[0].counts).toEqual(read.counts);
  });

  it('logged no unexpected server error', () => {
    expect(ctx.errors).toEqual([]);
  });
});

describe.each(testDatabases())('the list summary migration on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await database.open());
  });
  afterAll(() => drop());

  it('adds the summary columns to a database of the first schema, and the backfill fills them', async () => {
    const migrator = await migratorFor(db.kysely, db.dialect);
    expect((await migrator.migrateTo('0001_initial')).error).toBeUndefined();
    const document = JSON.stringify({ ...example(), id: 'cu' });
    await sql`insert into supervisions (slug, year, body_name, status, version, document, created_at, updated_at)
      values ('cu', 2024, 'x', 'draft', 1, ${document}, 'a', 'a')`.execute(db.kysely);
    await migrateToLatest(db.kysely, db.dialect);
    const clock = new TestClock(new Date('2024-11-20T03:00:00Z'));
    expect(await backfillSummaries({ db, today: dayClock(clock.now, 'Asia/Ho_Chi_Minh') })).toBe(1);
    const row = await db.kysely.selectFrom('supervisions').selectAll().executeTakeFirstOrThrow();
    expect(row.findings_error).toBeGreaterThanOrEqual(2);
    expect(row.subject).toBe(example().subject);
  });
});
