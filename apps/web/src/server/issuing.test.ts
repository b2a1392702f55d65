import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db/connect.js';
import { testDatabases } from './test/databases.js';
import { Client, PEOPLE, prepare, TestClock } from './test/harness.js';

describe.each(testDatabases())('issuing a conclusion notice on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let ctx: Awaited<ReturnType<typeof prepare>>;
  let secretary: Client;
  let viewer: Client;
  const clock = new TestClock(new Date('2024-11-20T03:00:00Z'));
  const base = () => `/api/supervisions/${ctx.exampleId}`;
  const current = async () => (await (await secretary.get(base())).json()).supervision;
  const listed = async () =>
    (await (await viewer.get('/api/supervisions')).json()).supervisions.find(
      (s: { id: number }) => s.id === ctx.exampleId,
    );

  beforeAll(async () => {
    ({ db, drop } = await database.open());
    ctx = await prepare(db, clock);
    secretary = await new Client(ctx.app).signIn(PEOPLE.secretary);
    viewer = await new Client(ctx.app).signIn(PEOPLE.viewer);
  });
  afterAll(() => drop());

  it('starts as a draft that may be edited, and a viewer may not move it', async () => {
    expect(await (await viewer.get(`${base()}/issuing`)).json()).toEqual({ stage: 'draft', reason: null });
    const res = await viewer.post(`${base()}/issuing`, { action: 'submit', version: 1 });
    expect(res.status).toBe(403);
  });

  it('refuses to issue a draft that was not submitted for signature', async () => {
    const res = await secretary.post(`${base()}/issuing`, {
      action: 'issue',
      version: 1,
      number: '15',
      date: '20/11/2024',
    });
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('notice.stage');
  });

  it('locks the document once submitted: a save answers 409 in words', async () => {
    expect((await listed()).stage).toBeNull();
    const submit = await secretary.post(`${base()}/issuing`, { action: 'submit', version: 1 });
    expect(submit.status).toBe(200);
    expect((await listed()).stage).toBe('signing');
    const s = await current();
    const res = await secretary.put(base(), { version: s.version, document: s.document });
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.error.code).toBe('notice.locked');
    expect(body.error.message_vi).toContain('đang trình ký');
  });

  it('asks for the number and the full day to issue, naming the fields', async () => {
    const res = await secretary.post(`${base()}/issuing`, {
      action: 'issue',
      version: 1,
      number: '',
      date: '11/2024',
    });
    expect(res.status).toBe(400);
    const paths = (await res.json()).error.issues.map((i: { path: string[] }) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['number', 'date']));
  });

  it('issues with the number and day written into a new version, then stays read-only', async () => {
    const res = await secretary.post(`${base()}/issuing`, {
      action: 'issue',
      version: 1,
      number: '15',
      date: '20/11/2024',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ stage: 'issued', version: 2 });
    const s = await current();
    expect(s.version).toBe(2);
    expect(s.status).toBe('issued');
    expect(s.document.documents.conclusion).toMatchObject({ number: '15', date: '20/11/2024' });
    const put = await secretary.put(base(), { version: 2, document: s.document });
    expect(put.status).toBe(409);
    expect((await put.json()).error.message_vi).toContain('đính chính');
  });

  it('reopens an issued notice only with a reason; the correction is saved as a new version', async () => {
    const bare = await secretary.post(`${base()}/issuing`, { action: 'correct', version: 2, reason: '' });
    expect(bare.status).toBe(400);
    const reason = 'Sửa số hồ sơ đã giải quyết theo báo cáo bổ sung';
    const res = await secretary.post(`${base()}/issuing`, { action: 'correct', version: 2, reason });
    expect(res.status).toBe(200);
    // The list says the notice is a draft again, though its document still carries its number.
    expect(await listed()).toMatchObject({ stage: 'draft', status: 'issued' });
    expect(await (await secretary.get(`${base()}/issuing`)).json()).toEqual({ stage: 'draft', reason });
    const s = await current();
    const put = await secretary.put(base(), {
      version: 2,
      document: { ...s.document, closing: 'Bản đính chính./.' },
    });
    expect(put.status).toBe(200);
    expect((await current()).version).toBe(3);
  });

  it('keeps every move in the audit log, with the number, the day and the reason', async () => {
    const { entries } = await (await secretary.get(`${base()}/audit`)).json();
    const moves = entries
      .filter((e: { action: string }) => e.action.startsWith('notice.'))
      .map((e: { action: string; detail: unknown }) => [e.action, e.detail])
      .reverse();
    expect(moves).toEqual([
      ['notice.submit', { version: 1 }],
      ['notice.issue', { version: 2, number: '15', date: '20/11/2024' }],
      ['notice.correct', { version: 2, reason: 'Sửa số hồ sơ đã giải quyết theo báo cáo bổ sung' }],
    ]);
  });
});
