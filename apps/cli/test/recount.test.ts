import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { CLEAN_EXAMPLE, cli, tempDir } from './helpers.js';

// A register export (Sổ theo dõi hồ sơ) whose recount over 01/01–30/9/2025 gives the clean
// example's dossier figures: 1.248 received (1.102 online, 96 in person, 20 by post, 30
// carried over), 1.230 resolved (845 early, 380 on time, 5 late), 18 pending (16 within the
// deadline, 2 overdue). `late` moves dossiers from on time to late.
function register(late = 5): string {
  const arrivals = [
    ...Array<[string, string]>(1102).fill(['15/03/2025 08:15', 'Trực tuyến']),
    ...Array<[string, string]>(96).fill(['15/03/2025', 'Trực tiếp']),
    ...Array<[string, string]>(20).fill(['2025-03-15', 'Bưu chính công ích']),
    ...Array<[string, string]>(30).fill(['20/12/2024', 'Trực tiếp']),
  ];
  const outcomes = [
    ...Array<[string, string]>(845).fill(['20/03/2025', '18/03/2025']),
    ...Array<[string, string]>(385 - late).fill(['20/03/2025', '20/03/2025']),
    ...Array<[string, string]>(late).fill(['20/03/2025', '25/03/2025']),
    ...Array<[string, string]>(16).fill(['05/10/2025', '']),
    ...Array<[string, string]>(2).fill(['20/09/2025', '']),
  ];
  const rows = arrivals.map(([received, channel], i) => {
    const [due, resolved] = outcomes[i]!;
    return `${i + 1};H-${i + 1};"Chứng thực bản sao; bản chính";${received};${due};${resolved};${channel};`;
  });
  return `STT;Mã hồ sơ;Tên thủ tục;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Hình thức nộp;Trạng thái\n${rows.join('\n')}\n`;
}

const { dir, cleanup } = tempDir();
afterAll(cleanup);

describe('diemmac recount', () => {
  it('finds nothing when the register bears out the notice', async () => {
    const file = join(dir, 'so-khop.csv');
    writeFileSync(file, register());
    const r = await cli(['recount', file, '--notice', CLEAN_EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Tiếp nhận 1.248 (trực tuyến 1.102, trực tiếp 96, bưu chính 20, kỳ trước chuyển sang 30)',
    );
    expect(r.stdout).toContain(`✓ Số liệu hồ sơ của ${CLEAN_EXAMPLE} khớp với sổ theo dõi.`);
  });

  it('puts a finding on each figure the register counts otherwise, at its line', async () => {
    const file = join(dir, 'so-lech.csv');
    writeFileSync(file, register(6));
    const r = await cli(['recount', file, '--notice', CLEAN_EXAMPLE, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(
      report.findings.map((f: { paths: unknown[][]; line: number }) => f.paths[0]!.slice(-2).join('.')),
    ).toEqual(['resolved.onTime', 'resolved.late']);
    expect(report.findings[1].line).toBe(137);
    expect(report.findings[1].message).toBe(
      'Sổ theo dõi hồ sơ đếm được 6 hồ sơ giải quyết quá hạn trong kỳ 01/01/2025 – 30/09/2025, nhưng thông báo ghi 5.',
    );
  });

  it('refuses a register without the columns it needs, naming them, with exit 2', async () => {
    const file = join(dir, 'thieu-cot.csv');
    writeFileSync(file, 'Mã hồ sơ,Ngày tiếp nhận\nH-1,01/02/2025\n');
    const r = await cli(['recount', file, '--from', '2025-01-01', '--to', '2025-09-30', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The register has no "due date" column');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('says where a register that is not UTF-8 goes wrong', async () => {
    const file = join(dir, 'windows-1258.csv');
    writeFileSync(file, Buffer.concat([Buffer.from('Mã hồ sơ,Ngày\nH-1,'), Buffer.from([0xf2, 0x0a])]));
    const r = await cli(['recount', file, '--from', '2025-01-01', '--to', '2025-09-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/byte|UTF-8/);
  });

  it('reads a register exported as .xlsx, dates as date cells, and compares it the same way', async () => {
    // The CSV register above as a workbook: a title line, then the header, then the rows.
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Sổ theo dõi');
    sheet.addRow(['SỔ THEO DÕI HỒ SƠ']);
    const asDate = (cell: string) => {
      const m = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(cell);
      return m ? new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]))) : cell;
    };
    for (const line of register(6).trimEnd().split('\n')) {
      const cells = line.replace('"Chứng thực bản sao; bản chính"', 'Chứng thực bản sao').split(';');
      sheet.addRow(cells.map((c, i) => (i >= 3 && i <= 5 ? asDate(c) : c)));
    }
    const file = join(dir, 'so-lech.xlsx');
    await book.xlsx.writeFile(file);
    const r = await cli(['recount', file, '--notice', CLEAN_EXAMPLE, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.recount.received).toEqual({
      total: 1248,
      online: 1102,
      direct: 96,
      postal: 20,
      carriedOver: 30,
    });
    expect(report.findings.map((f: { message: string }) => f.message)).toEqual([
      'Sổ theo dõi hồ sơ đếm được 379 hồ sơ giải quyết đúng hạn trong kỳ 01/01/2025 – 30/09/2025, nhưng thông báo ghi 380.',
      'Sổ theo dõi hồ sơ đếm được 6 hồ sơ giải quyết quá hạn trong kỳ 01/01/2025 – 30/09/2025, nhưng thông báo ghi 5.',
    ]);
  });

  it('says that a file named .xlsx is not a workbook, with exit 2', async () => {
    const file = join(dir, 'gia.xlsx');
    writeFileSync(file, register());
    const r = await cli(['recount', file, '--notice', CLEAN_EXAMPLE]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('gives the same report read in two halves by two threads as read whole', async () => {
    const lines = register(6).split('\n');
    // Faults on both sides of the middle: an unreadable date, an unknown channel, a code repeated
    // within the second half; then the same with a code repeated across the halves.
    lines[3] = lines[3]!.replace('15/03/2025 08:15', '32/13/2025');
    lines[1000] = lines[1000]!.replace('Trực tuyến', 'Zalo');
    lines[1100] = lines[1100]!.replace('H-1100;', 'H-1050;');
    const within = join(dir, 'so-hai-nua.csv');
    writeFileSync(within, lines.join('\n'));
    lines[1200] = lines[1200]!.replace('H-1200;', 'H-5;');
    const across = join(dir, 'so-trung-ma.csv');
    writeFileSync(across, lines.join('\n'));
    for (const file of [within, across]) {
      const args = ['recount', file, '--notice', CLEAN_EXAMPLE, '--format', 'json'];
      const whole = await cli([...args, '--workers', '1']);
      const halves = await cli([...args, '--workers', '2']);
      expect(halves.code).toBe(0);
      expect(JSON.parse(halves.stdout)).toEqual(JSON.parse(whole.stdout));
    }
    const report = JSON.parse(
      (await cli(['recount', across, '--notice', CLEAN_EXAMPLE, '--format', 'json', '--workers', '2']))
        .stdout,
    );
    expect(report.issues.find((i: { code: string }) => i.code === 'register.duplicate-code')).toMatchObject({
      rows: [1101, 1201],
      firstRows: [1051, 6],
    });
    expect((await cli(['recount', within, '--notice', CLEAN_EXAMPLE, '--workers', '3'])).code).toBe(2);
  });
});
