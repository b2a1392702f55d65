import { parseSupervision, type SupervisionInput } from '@diemmac/core';
import { type SummaryItem, summarise } from '@diemmac/core/summary';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';
import { summaryTables } from './summary.js';
import { toXlsx } from './xlsx.js';

// Three communes, each with a 766 block, a dossier block and one recommendation.
function item(
  commune: string,
  total: string,
  resolved: { total: string | number; early?: number; onTime?: number; late?: string | number },
  deadline: string,
  findings: SummaryItem['findings'],
): SummaryItem {
  const input: SupervisionInput = {
    schemaVersion: 1,
    id: `xa-${commune.length}-2025`,
    year: 2025,
    subject: 'Giám sát cải cách hành chính',
    body: { level: 'xa', kind: 'thuong-truc', name: `Hội đồng nhân dân xã ${commune}` },
    locality: { name: commune },
    documents: { conclusion: { number: '07', date: '20/10/2025', place: commune } },
    sections: [
      {
        key: 'reform.procedures',
        figures: [
          {
            kind: 'index766',
            total,
            components: [{ key: 'ckmb', label: 'Công khai, minh bạch', score: '17,5', max: 18 }],
          },
          { kind: 'dossiers', received: { total: 1000 }, resolved },
        ],
      },
    ],
    recommendations: [{ addressee: 'UBND xã', content: 'Xin lỗi người dân', deadline }],
    signature: { authority: 'TM.', position: 'TRƯỞNG ĐOÀN', signer: 'Nguyễn Văn A' },
  };
  const r = parseSupervision(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return { supervision: r.value, findings };
}

const summary = summarise(
  [
    item('Yên Lạc', '90,50', { total: 1000, early: 900, onTime: 87, late: 13 }, '31/12/2025', []),
    item('Đại Từ', '88', { total: 3, early: 0, onTime: 2, late: 1 }, '30/11/2025', [
      { code: 'dossier.balance', severity: 'error' },
      { code: 'dossier.balance', severity: 'error' },
    ]),
    item('Phú Lương', '95,42', { total: '2.175', late: '05' }, '01/12/2025', [
      { code: 'dossier.balance', severity: 'error' },
    ]),
  ],
  { asOf: { year: 2025, month: 12, day: 15 } },
);

describe('summaryTables', () => {
  it('gives one table per view, named and headed in Vietnamese or English', () => {
    expect(summaryTables(summary, 'vi').map((t) => t.name)).toEqual([
      'Theo xã',
      'Theo quy tắc',
      'Chỉ số 766',
      'Kiến nghị chưa xong',
    ]);
    expect(summaryTables(summary, 'en').map((t) => t.name)).toEqual([
      'By commune',
      'By rule',
      '766 index',
      'Open recommendations',
    ]);
  });

  it('writes the communes as CSV with Vietnamese numbers, the rate at its declared two decimals', () => {
    const [communes] = summaryTables(summary, 'vi');
    expect(toCsv(communes!, { bom: false }).split('\r\n')).toEqual([
      '"Xã, phường",Số cuộc giám sát,Lỗi,Cảnh báo,Lưu ý,Hồ sơ đã giải quyết,Trước hạn và đúng hạn,Quá hạn,Tỷ lệ đúng hạn (%),Tổng điểm 766,Năm của điểm 766',
      // 2 of 3 on time: 66,666… shown half up.
      'Đại Từ,1,2,0,0,3,2,1,"66,67",88,2025',
      // Only the late count written: 2.170 of 2.175 on time, 99,770…
      'Phú Lương,1,1,0,0,2.175,2.170,5,"99,77","95,42",2025',
      // 987 of 1.000: exactly 98,70, the zero kept; the total as written, "90,50".
      'Yên Lạc,1,0,0,0,1.000,987,13,"98,70","90,50",2025',
      '',
    ]);
  });

  it('words each rule by its title and severity', () => {
    const [, rules] = summaryTables(summary, 'en');
    expect(rules!.rows).toHaveLength(1);
    expect(rules!.rows[0]).toMatchObject({
      code: 'dossier.balance',
      severity: 'Error',
      count: 3,
      supervisions: 2,
      communes: 2,
    });
    expect(String(rules!.rows[0]!.rule)).not.toContain('dossier.balance');
  });

  it('spreads the 766 total and components: lowest and highest where they were written, the median', () => {
    const [, , index] = summaryTables(summary, 'vi');
    expect(toCsv(index!, { bom: false }).split('\r\n').slice(1, 3)).toEqual([
      'portal-6,Tổng điểm,,3,88,Đại Từ,"90,5","95,42",Phú Lương',
      'portal-6,"Công khai, minh bạch",18,3,"17,5",Đại Từ,"17,5","17,5",Đại Từ',
    ]);
  });

  it('counts open and overdue recommendations per commune as of the day asked', () => {
    const [, , , open] = summaryTables(summary, 'vi');
    expect(toCsv(open!, { bom: false }).split('\r\n').slice(1, 4)).toEqual([
      'Đại Từ,1,1',
      'Phú Lương,1,1',
      'Yên Lạc,1,0',
    ]);
  });

  it('makes a workbook of four sheets whose figures Excel can add up', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await toXlsx(summaryTables(summary, 'vi'))) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Theo xã',
      'Theo quy tắc',
      'Chỉ số 766',
      'Kiến nghị chưa xong',
    ]);
    const row = book.worksheets[0]!.getRow(3);
    expect(row.getCell(1).value).toBe('Phú Lương');
    expect(row.getCell(6).value).toBe(2175);
    expect(row.getCell(9).value).toBe(0.9977);
    expect(row.getCell(9).numFmt).toBe('0.00%');
  });
});
