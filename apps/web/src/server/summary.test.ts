import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from '@diemmac/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db/connect.js';
import { exampleFile } from './seed.js';
import { createSupervision } from './supervisions/service.js';
import { dayClock } from './supervisions/today.js';
import { testDatabases } from './test/databases.js';
import { Client, PEOPLE, prepare, TestClock } from './test/harness.js';

// The province's view through the API, with three communes: Điềm Mặc (the real 2024 notice,
// seeded by the harness, a draft with its faults), Thanh Bình (the clean 2025 example, issued)
// and Yên Lạc, made from Thanh Bình's text with another name and other figures: 800 early +
// 420 on time + 10 late of 1.230 resolved, a 766 total of 90,5, and its first recommendation
// (due 31/12/2025) not done.
const examples = join(exampleFile()!, '..');
const cleanText = () => readFileSync(join(examples, 'thanh-binh-2025.yaml'), 'utf8');
function yenLacText(): string {
  let text = cleanText();
  for (const [from, to] of [
    ['Thanh Bình', 'Yên Lạc'],
    ['id: thanh-binh-2025-cchc', 'id: yen-lac-2025-cchc'],
    [
      "resolved: { total: 1.230, early: 845, onTime: 380, late: '05' }",
      'resolved: { total: 1.230, early: 800, onTime: 420, late: 10 }',
    ],
    ["total: '95,42'", "total: '90,5'"],
    ['    deadline: 31/12/2025\n    status: done', '    deadline: 31/12/2025\n    status: pending'],
  ] as const) {
    if (!text.includes(from)) throw new Error(`the clean example no longer holds ${from}`);
    text = text.replaceAll(from, to);
  }
  return text;
}
// Read as the app reads files: numbers as written ("1.230" is one thousand two hundred and thirty).
const read = (text: string) => {
  const r = readText(text);
  if (!r.ok) throw new Error('the example must read');
  return r.data;
};

interface Commune {
  commune: string;
  supervisions: number;
  findings: { error: number; warning: number; info: number };
  onTime: { resolved: string; onTime: string; late: string; exact?: string; rate?: string };
  recommendations: { open: number; overdue: number };
}

describe.each(testDatabases())("the province's view on $name", (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let ctx: Awaited<ReturnType<typeof prepare>>;
  let viewer: Client;
  const clock = new TestClock(new Date('2026-01-15T03:00:00Z'));

  beforeAll(async () => {
    ({ db, drop } = await database.open());
    ctx = await prepare(db, clock);
    const deps = { db, now: clock.now, today: dayClock(clock.now, 'Asia/Ho_Chi_Minh') };
    for (const text of [cleanText(), yenLacText()]) {
      await createSupervision(deps, read(text), { userId: null, action: 'supervision.create', prefix: [] });
    }
    viewer = await new Client(ctx.app).signIn(PEOPLE.viewer);
  });
  afterAll(() => drop());

  const summary = async (query = '') => {
    const res = await viewer.get(`/api/summary${query}`);
    expect(res.status).toBe(200);
    return (await res.json()).summary;
  };
  const byName = (communes: Commune[]) => Object.fromEntries(communes.map((c) => [c.commune, c]));

  it('gives each of the three communes its findings, exact on-time rate and open recommendations', async () => {
    const s = await summary();
    expect(s.supervisions).toBe(3);
    expect(s.asOf).toEqual({ year: 2026, month: 1, day: 15 });
    expect(s.rounding).toEqual({ precision: 2, mode: 'half-up' });
    expect(s.communes.map((c: Commune) => c.commune)).toEqual(['Điềm Mặc', 'Thanh Bình', 'Yên Lạc']);
    const c = byName(s.communes);
    // 1.362 early + 806 on time of 2.170 resolved; 1.225 of 1.230; 1.220 of 1.230.
    expect(c['Điềm Mặc']!.onTime).toMatchObject({ resolved: '2170', onTime: '2168', rate: '99.91' });
    expect(c['Thanh Bình']!.onTime).toMatchObject({
      resolved: '1230',
      onTime: '1225',
      late: '5',
      rate: '99.59',
    });
    expect(c['Yên Lạc']!.onTime).toMatchObject({
      resolved: '1230',
      onTime: '1220',
      late: '10',
      rate: '99.19',
    });
    expect(c['Yên Lạc']!.onTime.exact).toMatch(/^99\.18699186991869918/);
    expect(c['Thanh Bình']!.findings).toEqual({ error: 0, warning: 0, info: 0 });
    expect(c['Điềm Mặc']!.findings.error).toBeGreaterThan(0);
    // As of 15/01/2026 Yên Lạc's recommendation due 31/12/2025 is overdue.
    expect(c['Yên Lạc']!.recommendations).toEqual({ open: 2, overdue: 1 });
    expect(c['Thanh Bình']!.recommendations).toEqual({ open: 1, overdue: 0 });
  });

  it('spreads the 766 total across the communes, each figure as its notice wrote it', async () => {
    const [portal] = (await summary()).index766;
    expect(portal.framework).toBe('portal-6');
    expect(portal.total.count).toBe(3);
    expect(portal.total.min).toMatchObject({
      commune: 'Điềm Mặc',
      value: { written: '87.81', value: '87.81' },
    });
    expect(portal.total.median).toBe('90.5');
    expect(portal.total.max).toMatchObject({ commune: 'Thanh Bình', value: { written: '95,42' } });
  });

  it('counts findings by rule from the counts stored with each version, not by checking again', async () => {
    const s = await summary();
    const rules = s.rules.map((r: { code: string }) => r.code);
    expect(rules).toContain('dossier.resolved-breakdown');
    const stored = await db.kysely.selectFrom('supervisions').select(['slug', 'findings_rules']).execute();
    expect(stored.every((r) => r.findings_rules !== null)).toBe(true);
    // A stored count the checker would never give shows through: the summary read it.
    const thanhBinh = stored.find((r) => r.slug === 'thanh-binh-2025-cchc')!;
    await db.kysely
      .updateTable('supervisions')
      .set({ findings_rules: JSON.stringify([['stored.only', 'warning', 2]]) })
      .where('slug', '=', thanhBinh.slug)
      .execute();
    const again = await summary('?asOf=2026-01-16');
    expect(again.rules.find((r: { code: string }) => r.code === 'stored.only')).toMatchObject({
      count: 2,
      byCommune: [{ commune: 'Thanh Bình', count: 2 }],
    });
  });

  it('checks once, and stores, a version written before findings were counted by rule', async () => {
    await db.kysely
      .updateTable('supervisions')
      .set({ findings_rules: null })
      .where('slug', '=', 'yen-lac-2025-cchc')
      .execute();
    const s = await summary('?asOf=2026-01-17');
    expect(byName(s.communes)['Yên Lạc']!.supervisions).toBe(1);
    const row = await db.kysely
      .selectFrom('supervisions')
      .select('findings_rules')
      .where('slug', '=', 'yen-lac-2025-cchc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.findings_rules!)).toEqual(expect.any(Array));
  });

  it('keeps the year, body and status asked for, and says what could be chosen', async () => {
    const all = await summary();
    expect(all.available.years).toEqual([2025, 2024]);
    expect(all.available.statuses).toEqual(['draft', 'issued']);
    expect((await summary('?year=2024')).communes.map((c: Commune) => c.commune)).toEqual(['Điềm Mặc']);
    const body = await summary(`?body=${encodeURIComponent('Hội đồng nhân dân xã Yên Lạc')}`);
    expect(body.communes.map((c: Commune) => c.commune)).toEqual(['Yên Lạc']);
    expect((await summary('?status=issued')).supervisions).toBe(2);
    expect((await summary('?asOf=2025-12-01')).communes[2].recommendations).toEqual({ open: 2, overdue: 0 });
  });

  it('reads the day asked as the core reads dates, as the follow-up list does', async () => {
    const iso = await summary('?asOf=2025-12-01');
    expect(iso.asOf).toEqual({ year: 2025, month: 12, day: 1 });
    for (const written of ['01/12/2025', '1/12/2025']) {
      expect(await summary(`?asOf=${encodeURIComponent(written)}`), written).toEqual(iso);
    }
  });

  it('refuses a bad query with a 400 naming the field, never a 500', async () => {
    for (const [query, field] of [
      ['?year=hai-nghin', 'year'],
      ['?status=archived', 'status'],
      ['?asOf=2025-02-30', 'asOf'],
      ['?asOf=31/02/2025', 'asOf'],
      ['?asOf=12/2025', 'asOf'],
      ['?colour=red', 'colour'],
    ] as const) {
      const res = await viewer.get(`/api/summary${query}`);
      expect(res.status, query).toBe(400);
      const { error } = await res.json();
      expect(error.code).toBe('body.invalid');
      // The field is named: in the issue's path, or (an unknown one) in its message.
      expect(JSON.stringify(error.issues), query).toContain(field);
    }
  });

  it('is described in the OpenAPI document, with its filters', async () => {
    const doc = await (await viewer.get('/api/openapi.json')).json();
    const params = doc.paths['/api/summary'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(['year', 'body', 'status', 'asOf']);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/summary/export.xlsx', '/api/summary/export.csv']),
    );
  });

  it('exports the four views as a workbook with Vietnamese sheets', async () => {
    const res = await viewer.get('/api/summary/export.xlsx?year=2025');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Theo xã',
      'Theo quy tắc',
      'Chỉ số 766',
      'Kiến nghị chưa xong',
    ]);
    const rows = book.worksheets[0]!.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => [r[1], r[9]])).toEqual([
      ['Thanh Bình', 0.9959],
      ['Yên Lạc', 0.9919],
    ]);
  });

  it('exports one view as CSV in Vietnamese or English', async () => {
    const vi = await viewer.get('/api/summary/export.csv?view=recommendations');
    expect(vi.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await vi.arrayBuffer());
    // A byte-order mark first, so that Excel reads the Vietnamese letters as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes).split('\r\n')).toEqual([
      '"Xã, phường",Kiến nghị chưa hoàn thành,Trong đó quá hạn',
      'Điềm Mặc,7,0',
      'Thanh Bình,1,0',
      'Yên Lạc,2,1',
      '',
    ]);
    const en = await viewer.get('/api/summary/export.csv?lang=en');
    expect((await en.text()).split('\r\n')[3]).toMatch(
      /^Yên Lạc,1,.*,"?1,230"?,"?1,220"?,10,99\.19,90\.5,2025$/,
    );
  });
  it('follows a deletion at once: a kept answer is not served after a write', async () => {
    expect((await summary()).supervisions).toBe(3);
    const admin = await new Client(ctx.app).signIn(PEOPLE.admin);
    const row = await db.kysely
      .selectFrom('supervisions')
      .select(['id', 'version'])
      .where('slug', '=', 'yen-lac-2025-cchc')
      .executeTakeFirstOrThrow();
    const res = await admin.request('DELETE', `/api/supervisions/${row.id}?version=${row.version}`);
    expect(res.status).toBe(204);
    const after = await summary();
    expect(after.communes.map((c: Commune) => c.commune)).toEqual(['Điềm Mặc', 'Thanh Bình']);
  });
});
