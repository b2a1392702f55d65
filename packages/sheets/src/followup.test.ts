import { parseSupervisionUnsafe } from '@diemmac/core';
import { FollowUp, openRecommendations } from '@diemmac/core/followup';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';
import { followUpTable } from './followup.js';
import { toXlsx } from './xlsx.js';

// A commune's supervision with three recommendations, one with parts that have their own deadline.
const supervision = parseSupervisionUnsafe({
  schemaVersion: 1,
  id: 'diem-mac-2024',
  year: 2024,
  subject: 'Kết quả cải cách hành chính năm 2024',
  body: { level: 'xa', kind: 'thuong-truc', name: 'Hội đồng nhân dân xã Điềm Mặc' },
  locality: { name: 'Điềm Mặc', province: 'Thái Nguyên' },
  supervised: ['Ủy ban nhân dân xã Điềm Mặc'],
  documents: { conclusion: { date: '10/11/2024', place: 'Điềm Mặc' } },
  sections: [],
  signature: { authority: 'TM.', body: 'ĐOÀN GIÁM SÁT', position: 'TRƯỞNG ĐOÀN', signer: 'Phùng Văn Đại' },
  recommendations: [
    {
      number: '1.',
      addressee: 'UBND xã',
      content: 'Xin lỗi người dân có hồ sơ trễ hạn',
      deadline: '31/12/2024',
    },
    {
      number: '2.',
      addressee: 'Công chức Văn phòng - Thống kê',
      content: 'Số hóa hồ sơ',
      parts: [
        { number: 'a)', content: 'Rà soát hồ sơ tồn', deadline: '15/01/2025' },
        { number: 'b)', content: 'Số hóa kết quả', deadline: '31/03/2025' },
      ],
    },
    { addressee: 'UBND xã', content: 'Công khai thủ tục tại bộ phận một cửa' },
  ],
});
const followUps = [
  FollowUp.parse({
    recommendation: 0,
    entries: [
      {
        date: '05/01/2025',
        status: 'in-progress',
        responses: ['Báo cáo số 02/BC-UBND ngày 04/01/2025'],
        recordedBy: 'Văn phòng HĐND',
      },
    ],
    takenUpBy: { supervision: 'diem-mac-2025', recommendation: 0 },
  }),
  FollowUp.parse({ recommendation: 1, entries: [{ date: '10/01/2025', status: 'done', part: 'a)' }] }),
];
const rows = openRecommendations([{ supervision, followUps }], { asOf: { year: 2025, month: 2, day: 10 } });

describe('followUpTable', () => {
  it('has the same Vietnamese columns for every export, most urgent row first', () => {
    const lines = toCsv(followUpTable(rows), { bom: false }).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Xã,Năm,Cuộc giám sát,Kiến nghị số,Nơi thực hiện,Nội dung kiến nghị,Thời hạn,Thời hạn của phần,Số ngày còn lại (âm: quá hạn),Tình trạng,"Kết quả, văn bản trả lời gần nhất",Giám sát lại',
    );
    expect(lines[1]).toBe(
      'Điềm Mặc,2024,Kết quả cải cách hành chính năm 2024,1.,UBND xã,Xin lỗi người dân có hồ sơ trễ hạn,31/12/2024,,-41,đang thực hiện,05/01/2025: đang thực hiện. Văn bản: Báo cáo số 02/BC-UBND ngày 04/01/2025. Ghi nhận: Văn phòng HĐND.,"diem-mac-2025, kiến nghị thứ 1"',
    );
  });

  it("counts a recommendation from its open part's deadline once another part is done", () => {
    const table = followUpTable(rows);
    expect(table.rows[1]).toMatchObject({
      number: '2.',
      deadline: { year: 2025, month: 3, day: 31 },
      deadlinePart: 'b)',
      days: 49,
      status: 'hoàn thành một phần',
    });
    // Without a deadline: no day, no count, listed last.
    expect(table.rows[2]).toMatchObject({
      number: '3',
      deadline: null,
      days: null,
      status: 'chưa thực hiện',
    });
  });

  it('speaks English when asked', () => {
    const table = followUpTable(rows, { locale: 'en' });
    expect(table.name).toBe('Open recommendations');
    expect(table.columns.map((c) => c.header)).toContain('Days left (negative: overdue)');
    expect(table.rows[0]).toMatchObject({
      status: 'in progress',
      takenUp: 'diem-mac-2025, recommendation no. 1',
    });
  });

  it('writes a workbook whose day counts are numbers (negative when overdue)', async () => {
    const bytes = await toXlsx([followUpTable(rows)]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Kiến nghị cần theo dõi');
    expect(sheet.getRow(2).getCell(9).value).toBe(-41);
    expect(sheet.getRow(1).getCell(12).value).toBe('Giám sát lại');
  });
});
