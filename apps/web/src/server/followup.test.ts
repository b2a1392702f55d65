import { readFileSync } from 'node:fs';
import { readText } from '@diemmac/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, readZipEntry } from '../../e2e/zip.js';
import type { Db } from './db/connect.js';
import { exampleFile } from './seed.js';
import { listAudit } from './store/audit.js';
import { createSupervision } from './supervisions/service.js';
import { dayClock } from './supervisions/today.js';
import { testDatabases } from './test/databases.js';
import { Client, PEOPLE, prepare, TestClock } from './test/harness.js';

// The Điềm Mặc example, issued (numbered and dated), with recommendations that have deadlines.
const issued = (id: string, recommendations: unknown[]) => {
  const read = readText(readFileSync(exampleFile()!, 'utf8'));
  if (!read.ok) throw new Error('the example must read');
  const doc = structuredClone(read.data) as {
    id: string;
    documents: { conclusion: Record<string, unknown> };
    recommendations: unknown[];
  };
  doc.id = id;
  doc.documents.conclusion = { ...doc.documents.conclusion, number: '15', date: '20/11/2024' };
  doc.recommendations = recommendations;
  return doc;
};

/** An open recommendation and an input issue as the API answers them. */
interface Item {
  supervision: { id: number; slug: string };
  index: number;
  content: string;
  status: string;
  daysToDeadline: number | null;
  overdue: boolean;
  takenUpBy: unknown;
}
interface Issue {
  path: (string | number)[];
  message_vi: string;
  message_en: string;
}

describe.each(testDatabases())('recommendations followed up on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let ctx: Awaited<ReturnType<typeof prepare>>;
  let secretary: Client;
  let viewer: Client;
  let first: number;
  let later: number;
  const clock = new TestClock(new Date('2025-01-20T03:00:00Z'));

  beforeAll(async () => {
    ({ db, drop } = await database.open());
    ctx = await prepare(db, clock);
    secretary = await new Client(ctx.app).signIn(PEOPLE.secretary);
    viewer = await new Client(ctx.app).signIn(PEOPLE.viewer);
    const deps = { db, now: clock.now, today: dayClock(clock.now, 'Asia/Ho_Chi_Minh') };
    const how = { userId: null, action: 'supervision.create' as const, prefix: [] };
    first = await createSupervision(
      deps,
      issued('diem-mac-2024-da-ban-hanh', [
        { addressee: 'Lãnh đạo UBND xã', content: 'Rà soát hồ sơ trễ hạn', deadline: '31/12/2024' },
        {
          addressee: 'Công chức Văn phòng - Thống kê',
          content: 'Mở sổ theo dõi hồ sơ',
          deadline: '30/06/2025',
          parts: [
            { number: 'a)', content: 'Mở sổ', deadline: '28/02/2025' },
            { number: 'b)', content: 'Ghi đủ hồ sơ tồn' },
          ],
        },
        { addressee: 'Lãnh đạo UBND xã', content: 'Tăng cường đối thoại' },
      ]),
      how,
    );
    later = await createSupervision(
      deps,
      issued('diem-mac-2025-giam-sat-lai', [
        { addressee: 'Lãnh đạo UBND xã', content: 'Tiếp tục rà soát hồ sơ trễ hạn', deadline: '30/09/2025' },
      ]),
      how,
    );
  });
  afterAll(() => drop());

  const open = async (query = '') => {
    const res = await viewer.get(`/api/followups/open${query}`);
    expect(res.status).toBe(200);
    return res.json();
  };

  it('lists the open recommendations of issued notices only, most overdue first, days counted to today', async () => {
    const list = await open();
    expect(list.asOf).toEqual({ year: 2025, month: 1, day: 20 });
    expect(list.total).toBe(4);
    expect(list.overdue).toBe(1);
    expect(
      list.items.map((o: Item) => [o.supervision.slug, o.index, o.daysToDeadline, o.overdue, o.status]),
    ).toEqual([
      ['diem-mac-2024-da-ban-hanh', 0, -20, true, 'pending'],
      // Counted to its part a)'s deadline (28/02/2025), the nearest one still open.
      ['diem-mac-2024-da-ban-hanh', 1, 39, false, 'pending'],
      ['diem-mac-2025-giam-sat-lai', 0, 253, false, 'pending'],
      ['diem-mac-2024-da-ban-hanh', 2, null, false, 'pending'],
    ]);
    // The seeded example is a draft (its notice has no number): nothing to follow up yet.
    expect(list.items.some((o: Item) => o.supervision.id === ctx.exampleId)).toBe(false);
    expect(list.items[0]).toMatchObject({
      supervision: { id: first, commune: 'Điềm Mặc', year: 2024 },
      addressee: 'Lãnh đạo UBND xã',
      deadline: { written: '31/12/2024', iso: '2024-12-31' },
      deadlinePart: null,
    });
    expect(list.items[1]).toMatchObject({ deadline: { written: '28/02/2025' }, deadlinePart: 'a)' });
  });

  it('counts as of the day asked, filters by addressee and pages', async () => {
    const asOf = await open('?asOf=01/12/2024');
    expect(asOf.overdue).toBe(0);
    expect(asOf.items[0].daysToDeadline).toBe(30);
    const office = await open(`?addressee=${encodeURIComponent('văn phòng')}`);
    expect(office.items.map((o: Item) => o.content)).toEqual(['Mở sổ theo dõi hồ sơ']);
    const page = await open('?limit=2&offset=2');
    expect(page.total).toBe(4);
    expect(page.items.map((o: Item) => o.content)).toEqual([
      'Tiếp tục rà soát hồ sơ trễ hạn',
      'Tăng cường đối thoại',
    ]);
  });

  it('records a response "hoàn thành" that takes the recommendation off the list from its day on', async () => {
    const res = await secretary.post(`/api/supervisions/${first}/followups`, {
      recommendation: 0,
      date: '15/01/2025',
      status: 'done',
      note: 'Đã rà soát 12 hồ sơ',
      responses: ['Báo cáo số 15/BC-UBND ngày 14/01/2025'],
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.recommendations[0]).toMatchObject({
      status: 'done',
      open: false,
      overdue: false,
      entries: [
        {
          date: '15/01/2025',
          status: 'done',
          note: 'Đã rà soát 12 hồ sơ',
          responses: ['Báo cáo số 15/BC-UBND ngày 14/01/2025'],
          recordedBy: { name: 'Người secretary' },
        },
      ],
    });
    expect((await open()).items.map((o: Item) => [o.supervision.id, o.index])).not.toContainEqual([first, 0]);
    // Before the response's day it was not known yet: the recommendation was still overdue then.
    const before = await open('?asOf=2025-01-10');
    expect(before.items[0]).toMatchObject({ index: 0, overdue: true, daysToDeadline: -10 });
    const entries = await listAudit(db.kysely, { supervisionId: first, limit: 5 });
    expect(entries[0]).toMatchObject({
      action: 'followup.record',
      user: { name: 'Người secretary' },
      detail: { recommendation: 0, status: 'done', date: '15/01/2025' },
    });
  });

  it('keeps the history: a later "không đạt yêu cầu" reopens it', async () => {
    const res = await secretary.post(`/api/supervisions/${first}/followups`, {
      recommendation: 0,
      date: '18/01/2025',
      status: 'unsatisfactory',
    });
    expect(res.status).toBe(201);
    const read = await (await viewer.get(`/api/supervisions/${first}/followups`)).json();
    expect(read.recommendations[0].entries.map((e: { status: string }) => e.status)).toEqual([
      'done',
      'unsatisfactory',
    ]);
    expect(read.recommendations[0]).toMatchObject({ status: 'unsatisfactory', open: true, overdue: true });
  });

  it('records a step for one part of a recommendation, and names the parts when the part is unknown', async () => {
    const ok = await secretary.post(`/api/supervisions/${first}/followups`, {
      recommendation: 1,
      part: 'a)',
      date: '19/01/2025',
      status: 'in-progress',
    });
    expect(ok.status).toBe(201);
    const bad = await secretary.post(`/api/supervisions/${first}/followups`, {
      recommendation: 1,
      part: 'c)',
      date: '19/01/2025',
      status: 'done',
    });
    expect(bad.status).toBe(400);
    const issue = (await bad.json()).error.issues[0];
    expect(issue.path).toEqual(['part']);
    expect(issue.message_vi).toBe('phần: kiến nghị không có phần này (các phần: a), b)).');
  });

  it('answers a bad response with 400 naming each field, in Vietnamese and English', async () => {
    const res = await secretary.post(`/api/supervisions/${first}/followups`, {
      recommendation: 0,
      date: '32/13/2025',
      status: 'xong',
      responses: [''],
    });
    expect(res.status).toBe(400);
    const issues = (await res.json()).error.issues;
    expect(issues.map((i: Issue) => i.path.join('.')).sort()).toEqual(['date', 'responses.0', 'status']);
    const status = issues.find((i: Issue) => i.path[0] === 'status');
    expect(status.message_vi).toContain('trạng thái: cần một trong pending, in-progress, done');
    expect(status.message_en).toContain('status: expected one of');
    const date = issues.find((i: Issue) => i.path[0] === 'date');
    expect(date.message_vi).toContain('ngày: chưa phải ngày hợp lệ, cần dạng dd/mm/yyyy');

    const missing = await secretary.post(`/api/supervisions/${first}/followups`, {
      recommendation: 9,
      date: '15/01/2025',
      status: 'done',
    });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.issues[0]).toMatchObject({
      path: ['recommendation'],
      message_vi: 'kiến nghị: không có kiến nghị này (thông báo có 3 kiến nghị, đánh số từ 0).',
    });

    const asOf = await viewer.get('/api/followups/open?asOf=hôm-qua');
    expect(asOf.status).toBe(400);
    expect((await asOf.json()).error.issues[0].path).toEqual(['asOf']);
  });

  it('refuses to record on a notice not yet issued, and lets only editors record', async () => {
    const draft = await secretary.post(`/api/supervisions/${ctx.exampleId}/followups`, {
      recommendation: 0,
      date: '15/01/2025',
      status: 'done',
    });
    expect(draft.status).toBe(409);
    expect((await draft.json()).error).toMatchObject({ code: 'followup.not-issued' });
    const viewerTry = await viewer.post(`/api/supervisions/${first}/followups`, {
      recommendation: 2,
      date: '15/01/2025',
      status: 'done',
    });
    expect(viewerTry.status).toBe(403);
  });

  it('links a recommendation to the later supervision that takes it up, seen from both sides', async () => {
    const res = await secretary.post(`/api/supervisions/${first}/followups/take-up`, {
      recommendation: 0,
      takenUpBy: { supervision: later, recommendation: 0 },
    });
    expect(res.status).toBe(200);
    expect((await res.json()).recommendations[0].takenUpBy).toMatchObject({
      id: later,
      slug: 'diem-mac-2025-giam-sat-lai',
      recommendation: 0,
    });
    const fromLater = await (await viewer.get(`/api/supervisions/${later}/followups`)).json();
    expect(fromLater.takesUp).toEqual([
      {
        supervision: expect.objectContaining({ id: first, slug: 'diem-mac-2024-da-ban-hanh' }),
        recommendation: 0,
        into: 0,
      },
    ]);
    const listed = (await open()).items.find((o: Item) => o.supervision.id === first && o.index === 0);
    expect(listed.takenUpBy).toEqual({ supervision: 'diem-mac-2025-giam-sat-lai', recommendation: 0 });
    const self = await secretary.post(`/api/supervisions/${first}/followups/take-up`, {
      recommendation: 0,
      takenUpBy: { supervision: first },
    });
    expect(self.status).toBe(400);
    expect((await self.json()).error.issues[0].path).toEqual(['takenUpBy', 'supervision']);
    const undo = await secretary.post(`/api/supervisions/${first}/followups/take-up`, {
      recommendation: 0,
      takenUpBy: null,
    });
    expect((await undo.json()).recommendations[0].takenUpBy).toBeNull();
    const audited = await listAudit(db.kysely, { supervisionId: first, limit: 1 });
    expect(audited[0]).toMatchObject({ action: 'followup.take-up', detail: { takenUpBy: null } });
  });

  it('exports the open list as CSV and .xlsx with Vietnamese headings, the same rows as the page', async () => {
    const csv = await viewer.get('/api/followups/open.csv?asOf=20/01/2025');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain('kien-nghi-can-theo-doi-2025-01-20.csv');
    const text = (await csv.text()).replace(/^\uFEFF/, '');
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toContain('Nội dung kiến nghị');
    expect(lines[0]).toContain('Số ngày còn lại (âm: quá hạn)');
    // Header and the three recommendations still open (the first one was reopened as unsatisfactory).
    expect(lines).toHaveLength(1 + (await open('?asOf=20/01/2025')).total);
    const overdue = lines.find((l) => l.includes('Rà soát hồ sơ trễ hạn'));
    expect(overdue).toContain('31/12/2024');
    expect(overdue).toContain('-20');
    expect(overdue).toContain('không đạt yêu cầu');
    const office = await (
      await viewer.get(`/api/followups/open.csv?addressee=${encodeURIComponent('văn phòng')}&lang=en`)
    ).text();
    expect(office).toContain('Recommendation text');
    expect(office.trim().split(/\r?\n/)).toHaveLength(2);

    const xlsx = await viewer.get('/api/followups/open.xlsx?asOf=20/01/2025');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const bytes = Buffer.from(await xlsx.arrayBuffer());
    const strings = readZipEntry(bytes, 'xl/sharedStrings.xml')?.toString('utf8') ?? '';
    expect(strings).toContain('Nội dung kiến nghị');
    expect(strings).toContain('Rà soát hồ sơ trễ hạn');
    const bad = await viewer.get('/api/followups/open.csv?asOf=31/02/2025');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.issues[0]).toMatchObject({
      path: ['asOf'],
      message_vi:
        'tính đến ngày (asOf): chưa phải ngày hợp lệ, cần dạng dd/mm/yyyy (ví dụ 20/01/2025), nhận được "31/02/2025".',
    });
  });

  it('writes the report on the recommendations as a .docx, and refuses it for a notice not issued', async () => {
    const res = await viewer.get(`/api/supervisions/${first}/followups/report.docx?asOf=20/01/2025`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(
      'bao-cao-thuc-hien-kien-nghi-diem-mac-2024-da-ban-hanh-2025-01-20.docx',
    );
    const text = docxText(Buffer.from(await res.arrayBuffer()));
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Rà soát hồ sơ trễ hạn');
    expect(text).toContain('không đạt yêu cầu');
    expect(text).toContain('Phùng Văn Đại');
    const draft = await viewer.get(`/api/supervisions/${ctx.exampleId}/followups/report.docx`);
    expect(draft.status).toBe(409);
  });

  it('logged no unexpected server error', () => {
    expect(ctx.errors).toEqual([]);
  });
});
