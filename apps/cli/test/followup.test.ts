import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanSupervision } from './fixtures.js';
import { cli, tempDir, yaml } from './helpers.js';

// A folder as a commune keeps it: two supervisions, the follow-up file beside the first.
// As of 10/02/2025: Điềm Mặc's recommendation 2 is 26 days overdue (a response recorded, taken
// up by a later supervision), recommendation 3 counts from its part b) (part a) done), 4 has no
// deadline, 1 is done; Thanh Bình's only recommendation is due in 18 days.
const { dir, cleanup } = tempDir();
afterAll(cleanup);
const folder = join(dir, 'xa');
mkdirSync(folder);

const supervision = (id: string, commune: string, recommendations: unknown[]) => ({
  ...cleanSupervision(),
  id,
  year: 2024,
  subject: `Kết quả cải cách hành chính năm 2024 xã ${commune}`,
  locality: { name: commune, province: 'Thái Nguyên' },
  body: { level: 'xa', kind: 'thuong-truc', name: `Hội đồng nhân dân xã ${commune}` },
  recommendations,
});

writeFileSync(
  join(folder, 'diem-mac-2024.yaml'),
  yaml(
    supervision('diem-mac-2024', 'Điềm Mặc', [
      { addressee: 'UBND xã', content: 'Xin lỗi người dân có hồ sơ trễ hạn.', deadline: '31/12/2024' },
      { addressee: 'UBND xã', content: 'Giải quyết dứt điểm hồ sơ quá hạn.', deadline: '15/01/2025' },
      {
        addressee: 'Công chức Văn phòng - Thống kê',
        content: 'Số hóa hồ sơ.',
        parts: [
          { number: 'a)', content: 'Rà soát hồ sơ tồn', deadline: '20/01/2025' },
          { number: 'b)', content: 'Số hóa kết quả giải quyết', deadline: '31/03/2025' },
        ],
      },
      { addressee: 'UBND xã', content: 'Công khai thủ tục tại bộ phận một cửa.' },
    ]),
  ),
);
writeFileSync(
  join(folder, 'diem-mac-2024.theo-doi.yaml'),
  yaml({
    supervision: 'diem-mac-2024',
    followUps: [
      { recommendation: 0, entries: [{ date: '28/12/2024', status: 'done' }] },
      {
        recommendation: 1,
        entries: [
          {
            date: '20/01/2025',
            status: 'in-progress',
            responses: ['Báo cáo số 03/BC-UBND ngày 18/01/2025'],
            recordedBy: 'Văn phòng HĐND',
          },
        ],
        takenUpBy: { supervision: 'diem-mac-2025', recommendation: 0 },
      },
      { recommendation: 2, entries: [{ date: '18/01/2025', status: 'done', part: 'a' }] },
    ],
  }),
);
writeFileSync(
  join(folder, 'thanh-binh-2024.yaml'),
  yaml(
    supervision('thanh-binh-2024', 'Thanh Bình', [
      { addressee: 'Công chức Tư pháp - Hộ tịch', content: 'Cập nhật sổ hộ tịch.', deadline: '28/02/2025' },
    ]),
  ),
);
const AS_OF = ['--as-of', '2025-02-10'];

describe('diemmac followup', () => {
  it('lists every open recommendation of a folder, most urgent first, with days to or past the deadline', async () => {
    const r = await cli(['followup', folder, ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Kiến nghị chưa hoàn thành tính đến ngày 10/02/2025: 4, trong đó 1 quá hạn.');
    const heads = lines.filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim().replace(/\s{2,}/g, ' | '));
    expect(heads).toEqual([
      'quá hạn 26 ngày | Điềm Mặc (2024) · kiến nghị 2 · UBND xã',
      'còn 18 ngày | Thanh Bình (2024) · kiến nghị 1 · Công chức Tư pháp - Hộ tịch',
      'còn 49 ngày | Điềm Mặc (2024) · kiến nghị 3 · Công chức Văn phòng - Thống kê',
      'không có thời hạn | Điềm Mặc (2024) · kiến nghị 4 · UBND xã',
    ]);
    expect(r.stdout).toContain('thời hạn 31/03/2025 (phần b)) · hoàn thành một phần');
    expect(r.stdout).toContain(
      'gần nhất: 20/01/2025: đang thực hiện. Văn bản: Báo cáo số 03/BC-UBND ngày 18/01/2025. Ghi nhận: Văn phòng HĐND.',
    );
    expect(r.stdout).toContain('giám sát lại: diem-mac-2025, kiến nghị thứ 1');
  });

  it('keeps a recorded step to the day it was recorded: earlier, the recommendation was not yet done', async () => {
    const r = await cli(['followup', folder, '--as-of', '2024-12-20', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toEqual({ total: 5, done: 0, open: 5, overdue: 0 });
    expect(report.recommendations[0]).toMatchObject({
      content: 'Xin lỗi người dân có hồ sơ trễ hạn.',
      daysToDeadline: 11,
    });
  });

  it('counts as of today when no day is given', async () => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    const r = await cli(['followup', folder]);
    expect(r.stdout.split('\n')[0]).toContain(
      `${pad(now.getDate())}/${pad(now.getMonth() + 1)}/${now.getFullYear()}`,
    );
  });

  it('filters by addressee, ignoring case', async () => {
    const r = await cli(['followup', folder, ...AS_OF, '--addressee', 'công chức', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.recommendations.map((x: { addressee: string }) => x.addressee)).toEqual([
      'Công chức Tư pháp - Hộ tịch',
      'Công chức Văn phòng - Thống kê',
    ]);
  });

  it('gives scripts JSON: the summary, each deadline and the part it belongs to', async () => {
    const r = await cli(['followup', folder, ...AS_OF, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(report.asOf).toBe('2025-02-10');
    expect(report.summary).toEqual({ total: 5, done: 1, open: 4, overdue: 1 });
    expect(report.recommendations[2]).toMatchObject({
      file: join(folder, 'diem-mac-2024.yaml'),
      status: 'partly-done',
      deadline: '2025-03-31',
      deadlinePart: 1,
      daysToDeadline: 49,
      overdue: false,
    });
  });

  it('exports CSV and .xlsx with the same Vietnamese columns, written whole', async () => {
    const csv = join(dir, 'kien-nghi.csv');
    const r = await cli(['followup', folder, ...AS_OF, '-o', csv]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`Đã ghi ${csv}.\n`);
    const rows = readFileSync(csv, 'utf8').split('\r\n');
    expect(rows[0]).toBe(
      '\uFEFFXã,Năm,Cuộc giám sát,Kiến nghị số,Nơi thực hiện,Nội dung kiến nghị,Thời hạn,Thời hạn của phần,Số ngày còn lại (âm: quá hạn),Tình trạng,"Kết quả, văn bản trả lời gần nhất",Giám sát lại',
    );
    expect(rows[1]).toContain('15/01/2025,,-26,đang thực hiện');

    const xlsx = join(dir, 'kien-nghi.xlsx');
    expect((await cli(['followup', folder, ...AS_OF, '-o', xlsx])).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(9).value).toBe('Số ngày còn lại (âm: quá hạn)');
    expect([2, 3, 4, 5].map((n) => sheet.getRow(n).getCell(9).value)).toEqual([-26, 18, 49, null]);
  });

  it('renders the follow-up report as a .docx with the summary and the table', async () => {
    const docx = join(dir, 'bao-cao.docx');
    const r = await cli([
      'followup',
      join(folder, 'diem-mac-2024.theo-doi.yaml'),
      ...AS_OF,
      '--report',
      '-o',
      docx,
      '--number',
      '3',
      '--authority',
      'TM. Thường trực HĐND',
      '--position',
      'Phó Chủ tịch',
      '--signer',
      'Phùng Văn Đại',
    ]);
    expect(r.code).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const t of [
      'HỘI ĐỒNG NHÂN DÂN XÃ ĐIỀM MẶC',
      'Số: 03/BC-HĐND',
      'BÁO CÁO',
      'Kết quả thực hiện kiến nghị sau giám sát',
      'Đã hoàn thành 1/4 kiến nghị; còn 3 kiến nghị chưa hoàn thành, trong đó 1 kiến nghị quá hạn (tính đến ngày 10/02/2025).',
      '26 ngày',
      'TM. THƯỜNG TRỰC HĐND',
      'PHÓ CHỦ TỊCH',
      'Phùng Văn Đại',
    ]) {
      expect(text).toContain(t);
    }
  });
});

describe('diemmac followup: bad input and output, exit 2, nothing written', () => {
  const write = (name: string, data: unknown) => {
    const file = join(dir, name);
    writeFileSync(file, yaml(data));
    return file;
  };
  const sup = join(folder, 'diem-mac-2024.yaml');

  it('names the file, line and field of a status it does not know', async () => {
    const file = write('sai-trang-thai.theo-doi.yaml', {
      supervision: 'xa/diem-mac-2024.yaml',
      followUps: [{ recommendation: 0, entries: [{ date: '01/02/2025', status: 'xong' }] }],
    });
    const r = await cli(['followup', file, ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: không phải tệp theo dõi kiến nghị hợp lệ (1 vấn đề):`);
    expect(r.stderr).toContain(':6');
    expect(r.stderr).toContain('followUps[0].entries[0].status');
    expect(r.stdout).toBe('');
  });

  it('refuses a recommendation the notice does not have, and a supervision not given', async () => {
    const past = write('qua-so.theo-doi.yaml', {
      supervision: 'xa/diem-mac-2024.yaml',
      followUps: [{ recommendation: 9 }],
    });
    const r = await cli(['followup', past, ...AS_OF, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'followUps[0].recommendation: supervision "diem-mac-2024" has only 4 recommendation(s) (numbered 0 to 3), received 9.',
    );
    const lost = write('khong-co.theo-doi.yaml', { supervision: 'xa-khac-2024', followUps: [] });
    const r2 = await cli(['followup', lost, sup, ...AS_OF]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('không tìm thấy cuộc giám sát "xa-khac-2024" trong các tệp đã cho');
  });

  it('never overwrites a file without --force, and never prints a binary file', async () => {
    const existing = join(dir, 'co-san.csv');
    writeFileSync(existing, 'giữ nguyên');
    const r = await cli(['followup', folder, ...AS_OF, '-o', existing]);
    expect(r.code).toBe(2);
    expect(readFileSync(existing, 'utf8')).toBe('giữ nguyên');
    const x = await cli(['followup', folder, ...AS_OF, '--format', 'xlsx']);
    expect(x.code).toBe(2);
    expect(x.stdout).toBe('');
    const d = await cli(['followup', folder, ...AS_OF, '--report']);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('--report cần -o');
  });

  it('refuses a day that is not one', async () => {
    const r = await cli(['followup', folder, '--as-of', '2025-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as-of "2025-02-30" không hợp lệ: cần DD/MM/YYYY, YYYY-MM-DD.');
    expect(existsSync(join(dir, 'bao-cao-sai.docx'))).toBe(false);
  });
});

describe('diemmac schema --followup', () => {
  it("prints the follow-up file's JSON Schema for editors", async () => {
    const r = await cli(['schema', '--followup']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$id).toBe('https://diemmac.dev/schema/followup.schema.json');
    expect(schema.$defs.FollowUpFile.required).toEqual(['supervision']);
  });
});
