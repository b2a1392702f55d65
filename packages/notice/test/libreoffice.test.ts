import { beforeAll, describe, expect, it } from 'vitest';
import { buildNotice } from '../src/build.js';
import { toDocx } from '../src/docx.js';
import type { NoticeDocument, TableBlock } from '../src/tree.js';
import { example } from './fixtures.js';
import { convert, haveOffice, pdfPageSizes, pdfText } from './soffice.js';

// Offices open our .docx in Word or LibreOffice: this is the notice as LibreOffice lays it out.
const office = await haveOffice();
const NOW = { year: 2025, month: 11, day: 1 } as const;

/** Every number standing alone in a cell of a table of figures: "14", "2.170", "-0,0063%". */
function tableNumbers(doc: NoticeDocument): string[] {
  const tables = doc.blocks.filter((b): b is TableBlock => b.type === 'table');
  const cells = tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
  return [...new Set(cells.filter((c) => /^[-+]?\d[\d.,]*%?$/.test(c.trim())).map((c) => c.trim()))];
}

describe.skipIf(!office).each(['diem-mac-2024.yaml', 'thanh-binh-2025.yaml'])(
  '%s through LibreOffice to PDF',
  (name) => {
    let doc: NoticeDocument;
    let layout: string;
    let plain: string;
    let sizes: [number, number][];
    beforeAll(async () => {
      const { model, findings } = example(name, NOW);
      doc = buildNotice(model, { findings, annex: true });
      const pdf = await convert(name.replace('.yaml', '.docx'), await toDocx(doc), 'pdf');
      layout = await pdfText(pdf, true);
      plain = await pdfText(pdf);
      sizes = await pdfPageSizes(pdf);
    });

    it('has A4 portrait pages for the notice, then landscape pages for the annex', () => {
      const portrait = sizes.findIndex(([w, h]) => w > h);
      expect(portrait).toBeGreaterThan(0);
      expect(sizes.slice(0, portrait).every(([w, h]) => Math.round(w) === 595 && Math.round(h) === 842)).toBe(
        true,
      );
      expect(sizes.slice(portrait).every(([w, h]) => Math.round(w) === 842 && Math.round(h) === 595)).toBe(
        true,
      );
    });

    it('carries the text of the notice', () => {
      const squashed = plain.replace(/\s+/g, ' ');
      for (const text of [
        'THÔNG BÁO',
        'Độc lập - Tự do - Hạnh phúc',
        'ĐÁNH GIÁ KẾT QUẢ GIÁM SÁT',
        'PHỤ LỤC',
        'KIỂM TRA SỐ LIỆU',
      ]) {
        expect(squashed).toContain(text);
      }
    });

    it('sets the national title on one line', () => {
      expect(layout.split('\n').some((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
    });

    it('never splits a number of a table cell over two lines', () => {
      const lines = layout.split('\n');
      const numbers = tableNumbers(doc);
      expect(numbers.length).toBeGreaterThan(20);
      const whole = (n: string) =>
        new RegExp(
          `(?<![\\d.,])${n.replace(/[.+%]/g, '\\$&')}(?![\\d.,%])|(?<![\\d.,])${n.replace(/[.+%]/g, '\\$&')}(?=%)`,
        );
      const split = numbers.filter((n) => !lines.some((l) => whole(n).test(l)));
      expect(split).toEqual([]);
    });
  },
);
