import { formatFinding } from '@diemmac/core';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { example, supervision } from '../test/fixtures.js';
import { buildNotice } from './build.js';
import { toDocx } from './docx.js';

const readText = async (bytes: Uint8Array) =>
  (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
// Word writes any run of spaces as is; mammoth keeps them. Compare text with single spaces.
const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('toDocx: the seed notice read back with mammoth', () => {
  const { model, findings } = example('diem-mac-2024.yaml');
  let bytes: Uint8Array;
  let text: string;
  beforeAll(async () => {
    bytes = await toDocx(buildNotice(model, { findings, annex: true, amountsInWords: true }));
    text = squash(await readText(bytes));
  });

  it('is a zip (a .docx package) and nothing is written to disk', () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('carries the header, the draft number and date, and the title', () => {
    const raw = text;
    for (const line of [
      'HỘI ĐỒNG NHÂN DÂN XÃ ĐIỀM MẶC',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: /TB-HĐND',
      'Điềm Mặc, ngày tháng 11 năm 2024',
      'THÔNG BÁO',
      squash(model.subject),
    ]) {
      expect(raw).toContain(line);
    }
  });

  it('keeps the blanks of the draft as real spaces', async () => {
    const raw = await readText(bytes);
    expect(raw).toContain('Số:      /TB-HĐND');
    expect(raw).toContain('Điềm Mặc, ngày      tháng 11 năm 2024');
  });

  it('writes amounts in words when asked', () => {
    expect(text).toContain(
      'Năm tỷ tám trăm hai mươi tư triệu hai trăm bảy mươi hai nghìn tám trăm ba mươi lăm đồng',
    );
  });

  it("lists the seed's figure faults in the annex", () => {
    const annex = text.slice(text.indexOf('PHỤ LỤC'));
    expect(annex.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(annex).toContain(`(${f.code})`);
      expect(annex).toContain(squash(formatFinding({ ...f, suggestion: undefined }, 'vi')));
    }
    expect(annex).toContain('2.170 2.169 +1 Lỗi');
  });
});

describe('toDocx: the package structure (Decree 30/2020, Appendix I)', () => {
  let document: string;
  let styles: string;
  /** The header parts by their type in the section: "default" (page 2 on) and "first". */
  const headers: Record<string, string> = {};
  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await toDocx(buildNotice(supervision())));
    document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    const rels = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
    for (const [, type, id] of document.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
      const file = target?.[1] ?? target?.[2] ?? '';
      headers[type!] = (await zip.file(`word/${file}`)?.async('string')) ?? '';
    }
  });

  const attr = (xml: string, element: string, name: string): number => {
    const tag = new RegExp(`<w:${element}\\b[^>]*>`).exec(xml)?.[0] ?? '';
    return Number(new RegExp(`w:${name}="(\\d+)"`).exec(tag)?.[1]);
  };
  const twips = (mm: number) => (mm * 1440) / 25.4;

  it('is A4 portrait: 11906 × 16838 twips', () => {
    expect(attr(document, 'pgSz', 'w')).toBe(11906);
    expect(attr(document, 'pgSz', 'h')).toBe(16838);
  });

  it('has margins within the decree ranges: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm', () => {
    const within = (value: number, from: number, to: number) =>
      expect(
        value >= Math.floor(twips(from)) && value <= Math.ceil(twips(to)),
        `${value} in ${from}–${to} mm`,
      ).toBe(true);
    within(attr(document, 'pgMar', 'top'), 20, 25);
    within(attr(document, 'pgMar', 'bottom'), 20, 25);
    within(attr(document, 'pgMar', 'left'), 30, 35);
    within(attr(document, 'pgMar', 'right'), 15, 20);
  });

  it('sets Times New Roman 14 pt in Vietnamese as the default of every run', () => {
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/s.exec(styles)?.[0] ?? '';
    expect(defaults).toMatch(
      /<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/,
    );
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(defaults).toContain('<w:lang w:val="vi-VN"/>');
    expect(styles).not.toMatch(/w:ascii="(?!Times New Roman)/);
  });

  it('numbers pages from the second one only: a PAGE field in the default header, none on page 1', () => {
    expect(document).toContain('<w:titlePg/>');
    const pageField = /<w:fldChar w:fldCharType="begin"\/>.*<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/s;
    expect(headers.default).toMatch(pageField);
    expect(headers.first).toBeDefined();
    expect(headers.first).not.toMatch(/PAGE/);
  });

  it('sets the national title in 13 pt bold, the motto in 14 pt bold underlined', () => {
    const run = (text: string) => {
      const runs = document.match(/<w:r>(?:(?!<\/w:r>).)*<\/w:r>/gs) ?? [];
      return runs.find((r) => r.includes(`>${text}</w:t>`)) ?? '';
    };
    expect(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatch(/<w:b\/>.*<w:sz w:val="26"\/>/s);
    expect(run('Độc lập - Tự do - Hạnh phúc')).toMatch(
      /<w:b\/>.*<w:sz w:val="28"\/>.*<w:u w:val="single"\/>|<w:b\/>.*<w:u w:val="single"\/>.*<w:sz w:val="28"\/>/s,
    );
  });
});
