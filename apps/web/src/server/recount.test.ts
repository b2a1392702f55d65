import { readFileSync } from 'node:fs';
import { readText } from '@diemmac/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db/connect.js';
import { testDatabases } from './test/databases.js';
import { Client, PEOPLE, prepare, TestClock } from './test/harness.js';

// The clean example (Thanh Bình, 2025) states for 01/01–30/9/2025: 1.248 received (1.102
// online, 96 in person, 20 by post, 30 carried over), 1.230 resolved (845 early, 380 on time,
// 05 late), 18 pending (16 within the deadline, 02 overdue).
const cleanExample = () => {
  const text = readFileSync(new URL('../../../../examples/thanh-binh-2025.yaml', import.meta.url), 'utf8');
  const read = readText(text);
  if (!read.ok) throw new Error('the clean example must read');
  return read.data as Record<string, unknown>;
};

/** A register export whose recount gives the example's figures, with `late` dossiers late (5 agrees). */
function registerRows(late = 5): string[][] {
  const arrivals = [
    ...Array<[string, string]>(1102).fill(['15/03/2025', 'Trực tuyến']),
    ...Array<[string, string]>(96).fill(['15/03/2025', 'Trực tiếp']),
    ...Array<[string, string]>(20).fill(['15/03/2025', 'Bưu chính công ích']),
    ...Array<[string, string]>(30).fill(['20/12/2024', 'Trực tiếp']),
  ];
  const outcomes = [
    ...Array<[string, string]>(845).fill(['20/03/2025', '18/03/2025']),
    ...Array<[string, string]>(385 - late).fill(['20/03/2025', '20/03/2025']),
    ...Array<[string, string]>(late).fill(['20/03/2025', '25/03/2025']),
    ...Array<[string, string]>(16).fill(['05/10/2025', '']),
    ...Array<[string, string]>(2).fill(['20/09/2025', '']),
  ];
  const header = ['STT', 'Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Hình thức nộp'];
  return [
    header,
    ...arrivals.map(([received, channel], i) => {
      const [due, resolved] = outcomes[i]!;
      return [String(i + 1), `H-${i + 1}`, received, due, resolved, channel];
    }),
  ];
}
const csv = (rows: string[][]) => `${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;

async function xlsx(rows: string[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Sổ theo dõi').addRows(rows);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe.each(testDatabases())('register recount through the web API on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let ctx: Awaited<ReturnType<typeof prepare>>;
  let secretary: Client;
  let id: number;
  let block: (string | number)[];
  const clock = new TestClock(new Date('2025-11-20T03:00:00Z'));

  beforeAll(async () => {
    ({ db, drop } = await database.open());
    ctx = await prepare(db, clock, { importLimitBytes: 200 * 1024 });
    secretary = await new Client(ctx.app).signIn(PEOPLE.secretary);
    const res = await secretary.post('/api/supervisions', { document: cleanExample() });
    expect(res.status).toBe(201);
    id = (await res.json()).supervision.id;
  });
  afterAll(() => drop());

  const upload = (name: string, raw: string | Uint8Array, query = '') =>
    secretary.request('POST', `/api/supervisions/${id}/recount${query}`, {
      raw,
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) },
    });

  it('gives no finding for a register that bears out the notice', async () => {
    const res = await upload('so-theo-doi.csv', csv(registerRows()));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.block.period).toEqual({ from: '01/01/2025', to: '30/09/2025' });
    expect(body.recount.resolved).toEqual({ total: 1230, early: 845, onTime: 380, late: 5 });
    expect(body.findings).toEqual([]);
    block = body.block.path;
  });

  it('puts a finding on the figure a register counts otherwise, by one dossier, worded as the CLI words it', async () => {
    // One dossier resolved late instead of on time: 379 on time, 6 late.
    const res = await upload('so-theo-doi.csv', csv(registerRows(6)));
    expect(res.status).toBe(200);
    const { findings } = await res.json();
    expect(findings.map((f: { code: string; paths: unknown[][] }) => [f.code, f.paths[0]])).toEqual([
      ['register.differs', [...block, 'resolved', 'onTime']],
      ['register.differs', [...block, 'resolved', 'late']],
    ]);
    expect(findings[1].message_vi).toBe(
      'Sổ theo dõi hồ sơ đếm được 6 hồ sơ giải quyết quá hạn trong kỳ 01/01/2025 – 30/09/2025, nhưng thông báo ghi 5.',
    );
    expect(findings[1].message_en).toBe(
      'The dossier register counts 6 dossiers resolved late for 01/01/2025 – 30/09/2025, but the notice states 5.',
    );
  });

  it('reads the same register exported as .xlsx', async () => {
    const agrees = await upload('so-theo-doi.xlsx', await xlsx(registerRows()));
    expect(agrees.status).toBe(200);
    expect((await agrees.json()).findings).toEqual([]);
    const differs = await (await upload('so-theo-doi.xlsx', await xlsx(registerRows(6)))).json();
    expect(differs.findings.map((f: { paths: string[][] }) => f.paths[0]!.slice(-2).join('.'))).toEqual([
      'resolved.onTime',
      'resolved.late',
    ]);
  });

  it('says what is wrong with the register, row by row', async () => {
    const rows = registerRows();
    rows.push(['1249', 'H-7', '16/03/2025', '20/03/2025', '18/03/2025', 'Trực tuyến']);
    const { issues, findings } = await (await upload('so.csv', csv(rows))).json();
    const dup = issues.find((i: { code: string }) => i.code === 'register.duplicate-code');
    expect(dup).toMatchObject({ rows: [1250], firstRows: [8], value: 'H-7' });
    expect(dup.message_vi).toContain('mã "H-7" đã có ở dòng 8');
    expect(findings).toEqual([]);
  });

  it('refuses a register without the columns the count needs, naming them (400)', async () => {
    const res = await upload('so.csv', 'Mã hồ sơ,Ngày tiếp nhận\nH-1,15/03/2025\n');
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('recount.unusable');
    expect(error.issues[0].message_en).toContain('The register has no "due date" column');
  });

  it('refuses a file of another kind (415), one that is not UTF-8 or not a workbook (400), a larger one (413)', async () => {
    expect((await upload('so.pdf', 'x')).status).toBe(415);
    const latin = await upload('so.csv', new Uint8Array([0x4d, 0xe3, 0x0a]));
    expect(latin.status).toBe(400);
    expect((await latin.json()).error.code).toBe('recount.unreadable');
    expect((await upload('so.xlsx', csv(registerRows()))).status).toBe(400);
    const big = await upload('so.csv', 'x'.repeat(300 * 1024));
    expect(big.status).toBe(413);
    expect((await big.json()).error.message_vi).toContain('0,2 MB');
  });

  it('answers 409 when the supervision has no such dossier block, and 400 for a bad query', async () => {
    const res = await upload('so.csv', csv(registerRows()), '?block=khong-co');
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('recount.no-block');
    expect((await upload('so.csv', csv(registerRows()), '?khoi=1')).status).toBe(400);
  });

  it('logged no unexpected server error', () => {
    expect(ctx.errors).toEqual([]);
  });
});
