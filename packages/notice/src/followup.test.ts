import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { followUpRows, REPORT_OPTIONS } from '../test/followup-fixtures.js';
import { toDocx } from './docx.js';
import { followUpReport } from './followup.js';
import type { HeaderBlock, ParagraphBlock, TableBlock, TitleBlock } from './tree.js';

const rows = followUpRows();
const doc = followUpReport(rows, REPORT_OPTIONS);
const table = doc.blocks.find((b): b is TableBlock => b.type === 'table')!;
const text = (b: ParagraphBlock) => b.runs.map((r) => r.text).join('');

describe('followUpReport', () => {
  it('opens like any document of Decree 30/2020: issuing body, number, date line, type and subject', () => {
    const header = doc.blocks[0] as HeaderBlock;
    expect(header.issuer).toEqual({ parent: 'HĐND HUYỆN PHÚ BÌNH', name: 'HỘI ĐỒNG NHÂN DÂN XÃ ĐIỀM MẶC' });
    expect(header.number).toBe('Số: 03/BC-HĐND');
    expect(header.placeDate).toBe('Điềm Mặc, ngày 12 tháng 02 năm 2025');
    expect(doc.blocks[1] as TitleBlock).toMatchObject({
      text: 'BÁO CÁO',
      subject: 'Kết quả thực hiện kiến nghị sau giám sát',
      note: 'Kết quả cải cách hành chính năm 2024 (2024)',
    });
  });

  it('sums up: x of y done, z overdue as of the day', () => {
    const lines = doc.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph').map(text);
    expect(lines).toContain(
      'Đã hoàn thành 1/4 kiến nghị; còn 3 kiến nghị chưa hoàn thành, trong đó 1 kiến nghị quá hạn (tính đến ngày 10/02/2025).',
    );
  });

  it('lists every recommendation, the overdue first, with deadline, status, days and the latest response', () => {
    expect(table.columns.map((c) => c.title)).toEqual([
      'TT',
      'Nơi thực hiện',
      'Nội dung kiến nghị',
      'Thời hạn',
      'Tình trạng',
      'So với thời hạn',
      'Kết quả, văn bản trả lời',
    ]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      [
        '1',
        'UBND xã',
        'Giải quyết dứt điểm hồ sơ quá hạn.',
        '15/01/2025',
        'đang thực hiện',
        'quá hạn\n26 ngày',
        '20/01/2025: đang thực hiện. Đã giải quyết 1/2 hồ sơ. Văn bản: Báo cáo số 03/BC-UBND ngày 18/01/2025. Ghi nhận: Văn phòng HĐND.\ngiám sát lại: diem-mac-2025, kiến nghị thứ 1',
      ],
      [
        '2',
        'Công chức Văn phòng - Thống kê',
        'Số hóa hồ sơ:',
        '31/03/2025\nphần b)',
        'hoàn thành một phần',
        'còn\n49 ngày',
        '18/01/2025, phần a): hoàn thành.',
      ],
      ['3', 'UBND xã', 'Công khai thủ tục tại bộ phận một cửa.', '', 'chưa thực hiện', '', ''],
      [
        '4',
        'UBND xã',
        'Xin lỗi người dân có hồ sơ trễ hạn.',
        '31/12/2024',
        'hoàn thành',
        '',
        '28/12/2024: hoàn thành. Văn bản: Báo cáo số 45/BC-UBND ngày 27/12/2024.',
      ],
    ]);
  });

  it('names the supervision on each row when the report covers several', () => {
    const other = rows.map((r) => ({
      ...r,
      supervision: { ...r.supervision, id: 'x', commune: 'Thanh Bình' },
    }));
    const several = followUpReport([...rows, ...other.slice(0, 1)], REPORT_OPTIONS);
    const t = several.blocks.find((b): b is TableBlock => b.type === 'table')!;
    expect(t.columns[1]!.title).toBe('Cuộc giám sát');
    expect(t.rows[4]!.cells[1]).toBe('Thanh Bình (2024): Kết quả cải cách hành chính năm 2024');
  });

  it('leaves the number blank for a draft and says so when nothing is to be followed', () => {
    const empty = followUpReport([], { ...REPORT_OPTIONS, number: null, date: undefined });
    expect((empty.blocks[0] as HeaderBlock).number).toBe('Số:      /BC-HĐND');
    expect((empty.blocks[0] as HeaderBlock).placeDate).toBe('Điềm Mặc, ngày 10 tháng 02 năm 2025');
    expect(empty.blocks.some((b) => b.type === 'table')).toBe(false);
    expect(empty.blocks.some((b) => b.type === 'paragraph' && text(b).includes('Không có kiến nghị'))).toBe(
      true,
    );
  });

  it('renders as a .docx whose text carries the figures', async () => {
    const bytes = await toDocx(doc);
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value.replace(/\s+/g, ' ');
    for (const t of [
      'BÁO CÁO',
      'Số: 03/BC-HĐND',
      'Điềm Mặc, ngày 12 tháng 02 năm 2025',
      'Đã hoàn thành 1/4 kiến nghị',
      'quá hạn 26 ngày',
      'còn 49 ngày',
      'TM. THƯỜNG TRỰC HĐND',
      'Phùng Văn Đại',
    ]) {
      expect(raw).toContain(t);
    }
  });
});
