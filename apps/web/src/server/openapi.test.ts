import { readFileSync } from 'node:fs';
import { readText } from '@diemmac/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db/connect.js';
import { createSupervision } from './supervisions/service.js';
import { dayClock } from './supervisions/today.js';
import { testDatabases } from './test/databases.js';
import { Client, PASSWORD, PEOPLE, prepare, TestClock } from './test/harness.js';
import { answerSchema, documented, type OpenApi } from './test/openapi.js';

// The OpenAPI document describes each answer of the packs, follow-ups, summary and recount
// routes by a named schema (derived from the shared schemas the client parses with), and a real
// answer of the app validates against the document's own schema.

const example = (file: string) => {
  const read = readText(readFileSync(new URL(`../../../../examples/${file}`, import.meta.url), 'utf8'));
  if (!read.ok) throw new Error(`${file} must read`);
  return read.data as Record<string, unknown>;
};

/** The answers of these routes, each with the component that describes it. */
const DESCRIBED: [method: string, path: string, status: number, component: string][] = [
  ['get', '/api/packs', 200, 'PackList'],
  ['post', '/api/packs', 201, 'PackInstalled'],
  ['post', '/api/packs', 200, 'PackInstalled'],
  ['get', '/api/packs/active', 200, 'ActivePack'],
  ['put', '/api/packs/active', 200, 'PackChosen'],
  ['put', '/api/supervisions/{id}/pack', 200, 'PackPinned'],
  ['get', '/api/supervisions/{id}/followups', 200, 'FollowUpRead'],
  ['post', '/api/supervisions/{id}/followups', 201, 'FollowUpRecorded'],
  ['post', '/api/supervisions/{id}/followups/take-up', 200, 'FollowUpRead'],
  ['get', '/api/followups/open', 200, 'OpenList'],
  ['get', '/api/summary', 200, 'SummaryRead'],
  ['post', '/api/supervisions/{id}/recount', 200, 'RecountRead'],
  ['post', '/api/auth/login', 200, 'SignedIn'],
  ['get', '/api/users', 200, 'UserList'],
  ['post', '/api/users', 201, 'UserRead'],
  ['patch', '/api/users/{id}', 200, 'UserRead'],
  ['get', '/api/audit', 200, 'AuditList'],
  ['get', '/api/supervisions/{id}/audit', 200, 'AuditList'],
  ['get', '/api/supervisions/{id}/comments', 200, 'CommentList'],
  ['post', '/api/supervisions/{id}/comments', 201, 'CommentList'],
  ['post', '/api/supervisions/read-notice', 200, 'NoticeDraft'],
  ['get', '/api/supervisions/{id}/issuing', 200, 'StageRead'],
  ['post', '/api/supervisions/{id}/issuing', 200, 'StageMoved'],
];

describe.each(testDatabases())(
  'the OpenAPI document describes every answer by schema, on $name',
  (database) => {
    let db: Db;
    let drop: () => Promise<void>;
    let admin: Client;
    let secretary: Client;
    let doc: OpenApi;
    let app: Awaited<ReturnType<typeof prepare>>['app'];
    let issued: number;
    let clean: number;
    const clock = new TestClock(new Date('2025-11-20T03:00:00Z'));

    beforeAll(async () => {
      ({ db, drop } = await database.open());
      const ctx = await prepare(db, clock);
      app = ctx.app;
      admin = await new Client(ctx.app).signIn(PEOPLE.admin);
      secretary = await new Client(ctx.app).signIn(PEOPLE.secretary);
      doc = await (await new Client(ctx.app).get('/api/openapi.json')).json();
      // An issued notice (numbered and dated) with a recommendation to follow up, and the clean
      // Thanh Bình example for a register recount.
      const notice = example('diem-mac-2024.yaml') as { documents: { conclusion: object } } & Record<
        string,
        unknown
      >;
      notice.id = 'diem-mac-2024-da-ban-hanh';
      notice.documents.conclusion = { ...notice.documents.conclusion, number: '15', date: '20/11/2024' };
      notice.recommendations = [
        { addressee: 'Lãnh đạo UBND xã', content: 'Rà soát hồ sơ trễ hạn', deadline: '31/12/2024' },
      ];
      const deps = { db, now: clock.now, today: dayClock(clock.now, 'Asia/Ho_Chi_Minh') };
      issued = await createSupervision(deps, notice, {
        userId: null,
        action: 'supervision.create',
        prefix: [],
      });
      const created = await secretary.post('/api/supervisions', {
        document: example('thanh-binh-2025.yaml'),
      });
      expect(created.status).toBe(201);
      clean = (await created.json()).supervision.id;
    });
    afterAll(() => drop());

    it.each(DESCRIBED)('gives %s %s %i a named schema with properties', (method, path, status, component) => {
      const found = answerSchema(doc, method, path, status);
      expect(found?.schema).toEqual({ $ref: `#/components/schemas/${component}` });
      expect(found?.named).toMatchObject({ type: 'object' });
      expect(Object.keys((found?.named.properties as object | undefined) ?? {}).length).toBeGreaterThan(0);
    });

    /** Asks the app, and checks the answer against the document's schema for its status. */
    const answer = async (res: Response, method: string, path: string, status: number) => {
      expect(res.status).toBe(status);
      const body = await res.json();
      const checked = documented(doc, method, path, status).safeParse(body);
      expect(checked.error?.issues ?? []).toEqual([]);
      return body;
    };

    it('has the packs answer as the document says', async () => {
      await answer(await admin.get('/api/packs'), 'get', '/api/packs', 200);
      const text = readFileSync(
        new URL('../../../../examples/packs/phuong-thai-nguyen.yaml', import.meta.url),
        'utf8',
      );
      const install = () =>
        admin.request('POST', '/api/packs', { raw: text, headers: { 'content-type': 'application/yaml' } });
      const { pack } = await answer(await install(), 'post', '/api/packs', 201);
      await answer(await install(), 'post', '/api/packs', 200);
      await answer(await admin.put('/api/packs/active', { pack: pack.row }), 'put', '/api/packs/active', 200);
      const active = await answer(await secretary.get('/api/packs/active'), 'get', '/api/packs/active', 200);
      expect(active.data).toBeDefined();
      await answer(await admin.get('/api/packs'), 'get', '/api/packs', 200);
      const pinned = await admin.put(`/api/supervisions/${clean}/pack`, { pack: pack.row });
      await answer(pinned, 'put', '/api/supervisions/{id}/pack', 200);
      await answer(await admin.put('/api/packs/active', { pack: null }), 'put', '/api/packs/active', 200);
    });

    it('has the follow-ups answer as the document says', async () => {
      const path = '/api/supervisions/{id}/followups';
      const recorded = await secretary.post(`/api/supervisions/${issued}/followups`, {
        recommendation: 0,
        date: '15/01/2025',
        status: 'done',
        note: 'Đã rà soát 12 hồ sơ',
        responses: ['Báo cáo số 15/BC-UBND ngày 14/01/2025'],
      });
      expect((await answer(recorded, 'post', path, 201)).entryId).toEqual(expect.any(Number));
      await answer(
        await secretary.get(`/api/supervisions/${issued}/followups?asOf=20/11/2025`),
        'get',
        path,
        200,
      );
      const takenUp = await secretary.post(`/api/supervisions/${issued}/followups/take-up`, {
        recommendation: 0,
        takenUpBy: { supervision: clean },
      });
      await answer(takenUp, 'post', `${path}/take-up`, 200);
      await answer(await secretary.get('/api/followups/open'), 'get', '/api/followups/open', 200);
    });

    it('has the summary answer as the document says', async () => {
      const body = await answer(await secretary.get('/api/summary'), 'get', '/api/summary', 200);
      expect(body.summary.communes.length).toBeGreaterThan(0);
    });

    it('has the recount answer as the document says', async () => {
      const register = [
        'STT,Mã hồ sơ,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Hình thức nộp',
        '1,H-1,15/03/2025,20/03/2025,18/03/2025,Trực tuyến',
        '2,H-2,15/03/2025,20/03/2025,,Trực tiếp',
      ].join('\r\n');
      const res = await secretary.request('POST', `/api/supervisions/${clean}/recount`, {
        raw: `${register}\r\n`,
        headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'so-theo-doi.csv' },
      });
      const body = await answer(res, 'post', '/api/supervisions/{id}/recount', 200);
      expect(body.findings.length).toBeGreaterThan(0);
    });

    it('has the accounts, audit and comments answers as the document says', async () => {
      const visitor = new Client(app);
      await visitor.get('/api/auth/session');
      await answer(
        await visitor.post('/api/auth/login', { email: PEOPLE.member, password: PASSWORD }),
        'post',
        '/api/auth/login',
        200,
      );
      await answer(await admin.get('/api/users'), 'get', '/api/users', 200);
      const created = await answer(
        await admin.post('/api/users', {
          email: 'moi@diemmac.test',
          name: 'Người mới',
          role: 'viewer',
          password: 'một mật khẩu đủ dài và khó đoán 2025',
        }),
        'post',
        '/api/users',
        201,
      );
      const changed = await admin.patch(`/api/users/${created.user.id}`, { name: 'Người mới đổi tên' });
      await answer(changed, 'patch', '/api/users/{id}', 200);
      await answer(await admin.get('/api/audit'), 'get', '/api/audit', 200);
      const comment = await secretary.post(`/api/supervisions/${clean}/comments`, {
        findingCode: 'dossier.balance',
        path: ['sections', 0],
        body: 'Xem lại số liệu',
      });
      await answer(comment, 'post', '/api/supervisions/{id}/comments', 201);
      const comments = await secretary.get(`/api/supervisions/${clean}/comments`);
      await answer(comments, 'get', '/api/supervisions/{id}/comments', 200);
      const history = await secretary.get(`/api/supervisions/${clean}/audit`);
      expect(
        (await answer(history, 'get', '/api/supervisions/{id}/audit', 200)).entries.length,
      ).toBeGreaterThan(0);
    });

    it('has the notice reading and issuing answers as the document says', async () => {
      const text = [
        'HỘI ĐỒNG NHÂN DÂN XÃ THANH BÌNH',
        'THÔNG BÁO',
        'Kết luận giám sát về công tác cải cách hành chính',
        'Tổng số hồ sơ tiếp nhận: 1.248 hồ sơ; đã giải quyết 1.230 hồ sơ; đang giải quyết 18 hồ sơ.',
      ].join('\n');
      const read = await secretary.request('POST', '/api/supervisions/read-notice', {
        raw: text,
        headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'thong-bao.txt' },
      });
      await answer(read, 'post', '/api/supervisions/read-notice', 200);
      const path = '/api/supervisions/{id}/issuing';
      const { version } = (await (await secretary.get(`/api/supervisions/${clean}`)).json()).supervision;
      await answer(
        await secretary.post(`/api/supervisions/${clean}/issuing`, { action: 'submit', version }),
        'post',
        path,
        200,
      );
      await answer(await secretary.get(`/api/supervisions/${clean}/issuing`), 'get', path, 200);
      await answer(
        await secretary.post(`/api/supervisions/${clean}/issuing`, { action: 'withdraw', version }),
        'post',
        path,
        200,
      );
    });

    it('documents every route the app serves, and no route it does not', () => {
      const served = app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}')}`);
      const documentedRoutes = Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((method) => `${method} ${path}`),
      );
      expect([...new Set(served)].sort()).toEqual(documentedRoutes.sort());
    });

    it('says what every answer carries: each 2xx answer but a 204 has a media type and a schema', () => {
      const bare = Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.entries(ops).flatMap(([method, op]) =>
          Object.entries(op.responses)
            .filter(([status, r]) => status.startsWith('2') && status !== '204' && !r.content)
            .map(([status]) => `${method} ${path} ${status}`),
        ),
      );
      expect(bare).toEqual([]);
      const schemaless = Object.values(doc.paths).flatMap((ops) =>
        Object.values(ops).flatMap((op) =>
          Object.values(op.responses).flatMap((r) => Object.values(r.content ?? {}).filter((c) => !c.schema)),
        ),
      );
      expect(schemaless).toEqual([]);
    });

    it('has the health and the document itself as the document says', async () => {
      await answer(await new Client(app).get('/api/health'), 'get', '/api/health', 200);
      await answer(await new Client(app).get('/api/openapi.json'), 'get', '/api/openapi.json', 200);
    });

    it('refuses, by the same schemas, an answer of another shape', () => {
      const summary = documented(doc, 'get', '/api/summary', 200);
      expect(summary.safeParse({ summary: { asOf: '20/11/2025' } }).success).toBe(false);
      const chosen = documented(doc, 'put', '/api/packs/active', 200);
      expect(chosen.safeParse({ active: '3' }).success).toBe(false);
      expect(chosen.safeParse({ active: null }).success).toBe(true);
    });
  },
);
