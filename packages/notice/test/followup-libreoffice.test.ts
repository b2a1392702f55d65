import { beforeAll, describe, expect, it } from 'vitest';
import { toDocx } from '../src/docx.js';
import { followUpReport } from '../src/followup.js';
import { followUpRows, REPORT_OPTIONS } from './followup-fixtures.js';
import { convert, haveOffice, pdfPageSizes, pdfText } from './soffice.js';

// The report as LibreOffice lays it out: it opens, its pages are A4, its figures are there.
const office = await haveOffice();

describe.skipIf(!office)('the follow-up report through LibreOffice to PDF', () => {
  let layout: string;
  let plain: string;
  let sizes: [number, number][];
  beforeAll(async () => {
    const bytes = await toDocx(followUpReport(followUpRows(), REPORT_OPTIONS));
    const pdf = await convert('bao-cao-theo-doi.docx', bytes, 'pdf');
    layout = await pdfText(pdf, true);
    plain = (await pdfText(pdf)).replace(/\s+/g, ' ');
    sizes = await pdfPageSizes(pdf);
  });

  it('opens, on A4 portrait pages', () => {
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.every(([w, h]) => Math.round(w) === 595 && Math.round(h) === 842)).toBe(true);
  });

  it('carries the header, the title, the summary and the signature', () => {
    for (const text of [
      'HỘI ĐỒNG NHÂN DÂN XÃ ĐIỀM MẶC',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 03/BC-HĐND',
      'BÁO CÁO',
      'Kết quả thực hiện kiến nghị sau giám sát',
      'Đã hoàn thành 1/4 kiến nghị; còn 3 kiến nghị chưa hoàn thành, trong đó 1 kiến nghị quá hạn (tính đến ngày 10/02/2025).',
      'Phùng Văn Đại',
    ]) {
      expect(plain).toContain(text);
    }
  });

  it('keeps each figure of the table whole on its line: order, deadlines, days past or left with their words', () => {
    const lines = layout.split('\n');
    for (const figure of [' TT ', '15/01/2025', '31/03/2025', '31/12/2024', '26 ngày', '49 ngày']) {
      expect(
        lines.some((l) => l.includes(figure)),
        `${figure} in\n${layout}`,
      ).toBe(true);
    }
  });

  it('sets the national title on one line', () => {
    expect(layout.split('\n').some((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
  });
});
