import { readFileSync } from 'node:fs';
import { readText } from '@diemmac/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { CAN } from '../shared/roles.js';
import type { Db } from './db/connect.js';
import type { Role } from './db/schema.js';
import { exampleFile } from './seed.js';
import { createSupervision } from './supervisions/service.js';
import { dayClock } from './supervisions/today.js';
import { testDatabases } from './test/databases.js';
import { Client, PASSWORD, PEOPLE, prepare, TestClock } from './test/harness.js';

// Who may call what: every route of the API, every role and a visitor who is not signed in,
// with the status each one gets, written out by hand. The routes are read from the app's
// router, so a new route without a row here fails the first test.

type Who = 'anonymous' | Role;
const WHO: readonly Who[] = ['anonymous', 'viewer', 'member', 'secretary', 'admin'];

/** Statuses in the order of WHO: anonymous, viewer, member, secretary, admin. */
type Row = readonly [number, number, number, number, number];
const everyone = (s: number): Row => [s, s, s, s, s];
const readers: Row = [401, 200, 200, 200, 200];
const editors = (ok: number): Row => [401, 403, 403, ok, ok];
const admins = (ok: number): Row => [401, 403, 403, 403, ok];

const S = '/api/supervisions/:id{[0-9]+}';
const EXPECTED: Record<string, Row> = {
  'GET /api/openapi.json': everyone(200),
  'GET /api/health': everyone(200),
  'GET /api/auth/session': everyone(200),
  'POST /api/auth/login': everyone(200),
  'POST /api/auth/logout': everyone(204),
  'POST /api/auth/setup': everyone(403),
  'GET /api/supervisions': readers,
  'POST /api/supervisions': editors(201),
  'POST /api/supervisions/import': editors(201),
  'POST /api/supervisions/read-notice': editors(200),
  [`GET ${S}`]: readers,
  [`PUT ${S}`]: editors(200),
  [`DELETE ${S}`]: admins(204),
  [`GET ${S}/export.json`]: readers,
  [`GET ${S}/export.yaml`]: readers,
  [`GET ${S}/notice.docx`]: readers,
  [`GET ${S}/notice.html`]: readers,
  [`GET ${S}/notice.md`]: readers,
  [`GET ${S}/audit`]: readers,
  [`GET ${S}/comments`]: readers,
  [`POST ${S}/comments`]: [401, 403, 201, 201, 201],
  [`GET ${S}/issuing`]: readers,
  [`POST ${S}/issuing`]: editors(200),
  [`GET ${S}/followups`]: readers,
  [`POST ${S}/followups`]: editors(201),
  [`POST ${S}/followups/take-up`]: editors(200),
  [`GET ${S}/followups/report.docx`]: readers,
  'GET /api/followups/open': readers,
  'GET /api/followups/open.csv': readers,
  'GET /api/followups/open.xlsx': readers,
  'GET /api/summary': readers,
  'GET /api/summary/export.xlsx': readers,
  'GET /api/summary/export.csv': readers,
  [`POST ${S}/recount`]: editors(200),
  'GET /api/users': admins(200),
  'POST /api/users': admins(201),
  'PATCH /api/users/:id': admins(200),
  'GET /api/audit': admins(200),
  'GET /api/packs': admins(200),
  'POST /api/packs': admins(201),
  'GET /api/packs/active': readers,
  'PUT /api/packs/active': admins(200),
  [`PUT ${S}/pack`]: admins(200),
};

describe('the hand-written table and the shared permission table', () => {
  // The rows above are written out by hand; the client hides controls by the shared table
  // (src/shared/roles.ts). Every guarded route must let in exactly one class of that table.
  const allowedBy = (row: Row): Role[] =>
    WHO.flatMap((who, i) => (who !== 'anonymous' && row[i]! < 400 ? [who] : []));
  const guarded = Object.entries(EXPECTED).filter(([, row]) => row[0] === 401);
  const classOf = (roles: Role[]) =>
    (Object.keys(CAN) as (keyof typeof CAN)[]).find(
      (action) => [...CAN[action]].sort().join() === [...roles].sort().join(),
    );

  it.each(guarded)('%s lets in one class of the shared table', (_, row) => {
    expect(classOf(allowedBy(row))).toBeDefined();
  });

  it('reads, edits, comments and administers as the shared table says', () => {
    const classes = new Map<string, Role[]>(guarded.map(([route, row]) => [route, allowedBy(row)]));
    expect(classOf(classes.get('GET /api/supervisions')!)).toBe('read');
    expect(classOf(classes.get(`PUT ${S}`)!)).toBe('edit');
    expect(classOf(classes.get(`POST ${S}/comments`)!)).toBe('comment');
    expect(classOf(classes.get('GET /api/users')!)).toBe('administer');
  });
});

// Read as the app reads files: numbers as written ("2.173" is two thousand one hundred and seventy-three).
const example = () => {
  const read = readText(readFileSync(exampleFile()!, 'utf8'));
  if (!read.ok) throw new Error('the example must read');
  return read.data as Record<string, unknown>;
};

describe.each(testDatabases())('who may call which route on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let ctx: Awaited<ReturnType<typeof prepare>>;
  const clock = new TestClock(new Date('2024-11-20T03:00:00Z'));
  const clients = new Map<Who, Client>();
  let n = 0;
  let targetUser: number;

  beforeAll(async () => {
    ({ db, drop } = await database.open());
    ctx = await prepare(db, clock, {
      signInLimit: { maxPerAccount: 5, maxPerAddress: 10_000, windowMs: 60_000 },
    });
    for (const who of WHO) {
      const client = new Client(ctx.app);
      if (who === 'anonymous') await client.get('/api/auth/session');
      else await client.signIn(PEOPLE[who]);
      clients.set(who, client);
    }
    const target = await db.kysely
      .selectFrom('users')
      .select('id')
      .where('email', '=', PEOPLE.viewer)
      .executeTakeFirstOrThrow();
    targetUser = target.id;
  });
  afterAll(() => drop());

  /** A copy of a role's cookie jar: what one request does to cookies does not leak into the next. */
  const as = async (who: Who, fresh: boolean): Promise<Client> => {
    const client = new Client(ctx.app);
    if (fresh && who !== 'anonymous') return client.signIn(PEOPLE[who]);
    for (const [k, v] of clients.get(who)!.cookies) client.cookies.set(k, v);
    return client;
  };

  /** A supervision of its own for each call that changes or deletes one. */
  const newSupervision = async (): Promise<number> =>
    createSupervision(
      { db, now: clock.now, today: dayClock(clock.now, 'Asia/Ho_Chi_Minh') },
      { ...example(), id: `quyen-${++n}` },
      { userId: null, action: 'supervision.create', prefix: [] },
    );

  /** An issued copy of the example: its notice numbered and dated. */
  let issued: number | undefined;
  const issuedSupervision = async (): Promise<number> => {
    const doc = example() as { documents: { conclusion: Record<string, unknown> } };
    doc.documents.conclusion = { ...doc.documents.conclusion, number: '15', date: '20/11/2024' };
    issued ??= await createSupervision(
      { db, now: clock.now, today: dayClock(clock.now, 'Asia/Ho_Chi_Minh') },
      { ...doc, id: 'quyen-da-ban-hanh' },
      { userId: null, action: 'supervision.create', prefix: [] },
    );
    return issued;
  };

  /** The request that route's intended caller would send: a valid one, so only the role decides. */
  async function call(route: string, who: Who): Promise<number> {
    const [method, pattern] = route.split(' ') as [string, string];
    const fresh = route === 'POST /api/auth/logout';
    const client = await as(who, fresh);
    // Calls that change a supervision's state get one of their own.
    const own = method === 'PUT' || method === 'DELETE' || route === `POST ${S}/issuing`;
    // A response is recorded, and reported on, only for an issued notice (the example is a draft).
    const id = own
      ? await newSupervision()
      : route === `POST ${S}/followups` || route === `GET ${S}/followups/report.docx`
        ? await issuedSupervision()
        : ctx.exampleId;
    const path = pattern.replace(':id{[0-9]+}', String(id)).replace('/users/:id', `/users/${targetUser}`);
    const unique = `${++n}`;
    const bodies: Record<string, unknown> = {
      'POST /api/auth/login': { email: PEOPLE.member, password: PASSWORD },
      'POST /api/auth/setup': {
        token: 'đoán',
        email: 'x@y.vn',
        name: 'X',
        password: 'mây-trắng-bay-qua-đồi',
      },
      'POST /api/supervisions': { document: { ...example(), id: `moi-${unique}` } },
      [`PUT ${S}`]: { version: 1, document: { ...example(), id: `quyen-${n}-sua`, subject: 'Sửa' } },
      [`POST ${S}/comments`]: { findingCode: 'dossier.balance', path: [], body: 'Ý kiến.' },
      [`POST ${S}/issuing`]: { action: 'submit', version: 1 },
      [`POST ${S}/followups`]: { recommendation: 0, date: '15/01/2025', status: 'in-progress' },
      [`POST ${S}/followups/take-up`]: { recommendation: 0, takenUpBy: null },
      'POST /api/users': {
        email: `nguoi-${unique}@diemmac.test`,
        name: 'Người',
        role: 'viewer',
        password: 'mây-trắng-bay-qua-đồi',
      },
      'PATCH /api/users/:id': { name: `Người xem ${unique}` },
      'PUT /api/packs/active': { pack: null },
      [`PUT ${S}/pack`]: { pack: null },
    };
    if (route === 'POST /api/supervisions/read-notice') {
      const res = await client.request(method, path, {
        raw: 'THÔNG BÁO\nKết luận giám sát của Thường trực HĐND xã Thử.',
        headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'thong-bao.txt' },
      });
      return res.status;
    }
    if (route === `POST ${S}/recount`) {
      // A one-dossier register within the example's dossier period (15/12/2023–31/10/2024).
      const res = await client.request(method, path, {
        raw: 'Mã hồ sơ,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả\nH-1,02/01/2024,05/01/2024,04/01/2024\n',
        headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'so-theo-doi.csv' },
      });
      return res.status;
    }
    if (route === 'POST /api/supervisions/import') {
      const res = await client.request(method, path, {
        raw: YAML.stringify({ ...example(), id: `nhap-${unique}` }),
        headers: { 'content-type': 'application/yaml' },
      });
      return res.status;
    }
    if (route === 'POST /api/packs') {
      const res = await client.request(method, path, {
        raw: `schemaVersion: 1\nid: quyen\nname: Gói thử quyền\nversion: '${unique}'\n`,
        headers: { 'content-type': 'application/yaml' },
      });
      return res.status;
    }
    const query = method === 'DELETE' ? '?version=1' : '';
    const res = await client.request(method, `${path}${query}`, { body: bodies[route] });
    return res.status;
  }

  it('has an expectation for every route of the API, and no expectation for a route that is gone', () => {
    const routes = new Set(
      ctx.app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
        .map((r) => `${r.method} ${r.path}`),
    );
    expect([...routes].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [route, statuses] of Object.entries(EXPECTED)) {
    it(`${route}: ${WHO.map((w, i) => `${w} ${statuses[i]}`).join(', ')}`, async () => {
      const got: Record<string, number> = {};
      for (const who of WHO) got[who] = await call(route, who);
      expect(got).toEqual(Object.fromEntries(WHO.map((w, i) => [w, statuses[i]])));
    }, 30_000);
  }

  it('logged no unexpected server error', () => {
    expect(ctx.errors).toEqual([]);
  });
});
