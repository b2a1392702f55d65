import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { CLEAN_EXAMPLE, cli, EXAMPLE, ROOT, tempDir } from './helpers.js';

// A province's folder of three communes: Điềm Mặc (the real 2024 notice, with its faults),
// Thanh Bình (the clean 2025 example) and Yên Lạc, made from Thanh Bình's text with another
// name and other figures: 800 early + 420 on time + 10 late of 1.230 resolved (99,19% on time),
// a 766 total of 90,5, and its first recommendation (due 31/12/2025) not done.
function yenLac(): string {
  const text = readFileSync(join(ROOT, CLEAN_EXAMPLE), 'utf8');
  const swap = (from: string, to: string) => (t: string) => {
    if (!t.includes(from)) throw new Error(`the clean example no longer holds ${from}`);
    return t.replaceAll(from, to);
  };
  return [
    swap('Thanh Bình', 'Yên Lạc'),
    swap('id: thanh-binh-2025-cchc', 'id: yen-lac-2025-cchc'),
    swap(
      "resolved: { total: 1.230, early: 845, onTime: 380, late: '05' }",
      'resolved: { total: 1.230, early: 800, onTime: 420, late: 10 }',
    ),
    swap("total: '95,42'", "total: '90,5'"),
    swap('    deadline: 31/12/2025\n    status: done', '    deadline: 31/12/2025\n    status: pending'),
  ].reduce((t, f) => f(t), text);
}

describe('diemmac summary', () => {
  const { dir, cleanup } = tempDir();
  const folder = join(dir, 'tinh');
  const run = (...args: string[]) => cli(['summary', folder, '--today', '2026-01-15', ...args]);

  beforeAll(() => {
    mkdirSync(folder);
    writeFileSync(join(folder, 'diem-mac-2024.yaml'), readFileSync(join(ROOT, EXAMPLE)));
    writeFileSync(join(folder, 'thanh-binh-2025.yaml'), readFileSync(join(ROOT, CLEAN_EXAMPLE)));
    writeFileSync(join(folder, 'yen-lac-2025.yaml'), yenLac());
  });
  afterAll(cleanup);

  it('prints each view for the three communes, on-time rates exact to the declared two decimals', async () => {
    const r = await run();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tổng hợp 3 cuộc giám sát, tính đến ngày 15/01/2026');
    expect(r.stdout).toContain('Tỷ lệ lấy 2 chữ số thập phân, làm tròn nửa lên.');
    const communes = r.stdout.split('\n').filter((l) => /^(Điềm Mặc|Thanh Bình|Yên Lạc) /.test(l));
    // Điềm Mặc: 1.362 early + 806 on time of 2.170; Thanh Bình: 1.225 of 1.230; Yên Lạc: 1.220 of 1.230.
    expect(communes.map((l) => l.split(/\s{2,}/))).toEqual([
      ['Điềm Mặc', '1', '6', '12', '5', '2.170', '2.168', '1', '99,91', '87,81', '2024'],
      ['Thanh Bình', '1', '0', '0', '0', '1.230', '1.225', '5', '99,59', '95,42', '2025'],
      expect.arrayContaining(['Yên Lạc', '1.230', '1.220', '10', '99,19', '90,5', '2025']),
      // The open recommendations view, after the communes view.
      ['Điềm Mặc', '7', '0'],
      ['Thanh Bình', '1', '0'],
      ['Yên Lạc', '2', '1'],
    ]);
    // The 766 total across the three: lowest Điềm Mặc, median 90,5, highest Thanh Bình.
    expect(r.stdout).toMatch(/portal-6\s+Tổng điểm\s+3\s+87,81\s+Điềm Mặc\s+90,5\s+95,42\s+Thanh Bình/);
  });

  it('speaks English with --lang en', async () => {
    const r = await run('--lang', 'en');
    expect(r.stdout).toContain('Summary of 3 supervisions, as of 15/01/2026');
    expect(r.stdout).toMatch(/Yên Lạc .* 1,230 .* 99\.19/);
  });

  it('keeps the year, body or status asked for', async () => {
    const y = await run('--year', '2024', '--format', 'json');
    expect(JSON.parse(y.stdout).summary.communes.map((c: { commune: string }) => c.commune)).toEqual([
      'Điềm Mặc',
    ]);
    const b = await run('--body', 'Hội đồng nhân dân xã Yên Lạc', '--format', 'json');
    expect(JSON.parse(b.stdout).summary.supervisions).toBe(1);
    // The Điềm Mặc notice is still a draft (no number, no day).
    const d = await run('--status', 'draft', '--format', 'json');
    expect(JSON.parse(d.stdout).summary.communes.map((c: { commune: string }) => c.commune)).toEqual([
      'Điềm Mặc',
    ]);
  });

  it('gives exact figures as JSON strings, never binary floats', async () => {
    const r = await run('--format', 'json', '--as-of', '2026-01-15');
    const { summary } = JSON.parse(r.stdout);
    const yen = summary.communes.find((c: { commune: string }) => c.commune === 'Yên Lạc');
    expect(yen.onTime).toMatchObject({ resolved: '1230', onTime: '1220', late: '10', rate: '99.19' });
    expect(yen.onTime.exact).toMatch(/^99\.186991869918699/);
    expect(yen.recommendations).toEqual({ open: 2, overdue: 1 });
    expect(summary.index766[0].total.median).toBe('90.5');
  });

  it('counts recommendations as of the day asked: not yet overdue before their deadline', async () => {
    const { summary } = JSON.parse((await run('--format', 'json', '--as-of', '2025-12-01')).stdout);
    const yen = summary.communes.find((c: { commune: string }) => c.commune === 'Yên Lạc');
    expect(yen.recommendations).toEqual({ open: 2, overdue: 0 });
  });

  it('writes a workbook of four Vietnamese sheets with -o, whole', async () => {
    const out = join(dir, 'tong-hop.xlsx');
    const r = await run('-o', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Đã ghi ${out}.`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Theo xã',
      'Theo quy tắc',
      'Chỉ số 766',
      'Kiến nghị chưa xong',
    ]);
    const yen = book.worksheets[0]!.getRow(4);
    expect(yen.getCell(1).value).toBe('Yên Lạc');
    expect(yen.getCell(6).value).toBe(1230);
    expect(yen.getCell(9).value).toBe(0.9919);
    // Never over an existing file without --force; the file is left as it was.
    const before = statSync(out).mtimeMs;
    const again = await run('-o', out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(statSync(out).mtimeMs).toBe(before);
  });

  it('writes one view as CSV with Vietnamese headings and numbers', async () => {
    const r = await run('--format', 'csv', '--view', 'recommendations');
    expect(r.stdout.split('\r\n')).toEqual([
      '\uFEFF"Xã, phường",Kiến nghị chưa hoàn thành,Trong đó quá hạn',
      'Điềm Mặc,7,0',
      'Thanh Bình,1,0',
      'Yên Lạc,2,1',
      '',
    ]);
  });

  it('refuses an .xlsx to the screen and a year that is not one', async () => {
    const x = await run('--format', 'xlsx');
    expect(x.code).toBe(2);
    expect(x.stderr).toContain('-o');
    const y = await run('--year', 'hai nghìn');
    expect(y.code).toBe(2);
    expect(y.stderr).toContain('--year');
  });

  it('lists a bad file with its error, leaves it out, still summarises the rest, and exits 2', async () => {
    const bad = tempDir();
    try {
      for (const name of ['diem-mac-2024.yaml', 'thanh-binh-2025.yaml', 'yen-lac-2025.yaml']) {
        writeFileSync(join(bad.dir, name), readFileSync(join(folder, name)));
      }
      writeFileSync(join(bad.dir, 'hong.yaml'), 'schemaVersion: 1\nid: [broken\n');
      writeFileSync(join(bad.dir, 'thieu.yaml'), stringify({ schemaVersion: 1, id: 'thieu', year: 2025 }));
      const r = await cli(['summary', bad.dir, '--today', '2026-01-15']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('Bỏ qua 2 tệp không đọc được');
      expect(r.stderr).toContain(`${join(bad.dir, 'hong.yaml')}: lỗi cú pháp YAML`);
      expect(r.stderr).toContain(`${join(bad.dir, 'thieu.yaml')}: không phải tệp giám sát hợp lệ`);
      expect(r.stdout).toContain('Tổng hợp 3 cuộc giám sát');
    } finally {
      bad.cleanup();
    }
  });

  it('says so when the folder holds no supervision file', async () => {
    const empty = tempDir();
    try {
      const r = await cli(['summary', empty.dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(empty.dir);
    } finally {
      empty.cleanup();
    }
  });
});
