import { formatFinding } from '@diemmac/core';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildNotice } from '../src/build.js';
import { toDocx } from '../src/docx.js';
import { toHtml } from '../src/html.js';
import { toMarkdown } from '../src/markdown.js';
import { citations, example, hasExample, reportedFigures } from './fixtures.js';

const squash = (text: string) => text.replace(/\s+/g, ' ');

// The seed (a real notice, faults included) and the clean example (every figure agrees).
const EXAMPLES = [
  { file: 'diem-mac-2024.yaml', now: { year: 2024, month: 11, day: 20 }, clean: false },
  { file: 'thanh-binh-2025.yaml', now: { year: 2025, month: 11, day: 1 }, clean: true },
];
const missing = EXAMPLES.filter((e) => !hasExample(e.file));
if (missing.length > 0)
  console.warn(`examples not found, not rendered: ${missing.map((e) => e.file).join(', ')}`);

describe.each(EXAMPLES.filter((e) => hasExample(e.file)))(
  'examples/$file in the three formats',
  ({ file, now, clean }) => {
    const { model, findings } = example(file, now);
    const doc = buildNotice(model, { findings, annex: true });
    let body: string;
    let annex: string;
    let markdown: string;
    let html: string;

    beforeAll(async () => {
      markdown = toMarkdown(doc);
      html = toHtml(doc);
      const bytes = await toDocx(doc);
      const text = squash((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value);
      body = text.slice(0, text.indexOf('PHỤ LỤC'));
      annex = text.slice(text.indexOf('PHỤ LỤC'));
    });

    it(clean ? 'is clean: the checks find nothing' : 'has the faults the annex must list', () => {
      expect(findings.length === 0).toBe(clean);
    });

    it('renders all three outputs, each with the header and the signer', () => {
      for (const out of [markdown, html, body]) {
        expect(out).toContain(model.body.name.toLocaleUpperCase('vi'));
        expect(out).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        expect(out).toContain(model.signature.signer);
      }
    });

    it('writes every figure of the model in Vietnamese form in the body of the .docx', () => {
      const figures = reportedFigures(model);
      expect(figures.length).toBeGreaterThan(30);
      expect(figures.filter((f) => !body.includes(f.vietnamese))).toEqual([]);
    });

    it('prints every paragraph as written and invents no list of related documents', () => {
      const paragraphs = (sections: typeof model.sections): string[] =>
        sections.flatMap((s) => [...s.paragraphs, ...paragraphs(s.sections)]);
      expect(paragraphs(model.sections).filter((p) => !body.includes(squash(p)))).toEqual([]);
      expect(citations(model).length).toBeGreaterThan(0);
      expect(body).not.toContain('Văn bản liên quan');
    });

    it('states every recommendation', () => {
      expect(model.recommendations.filter((r) => !body.includes(squash(r.content)))).toEqual([]);
    });

    it('lists every finding in the annex, or says there is none', () => {
      for (const f of findings)
        expect(annex).toContain(squash(formatFinding({ ...f, suggestion: undefined }, 'vi')));
      expect(annex.includes('Không phát hiện sai lệch nào.')).toBe(findings.length === 0);
    });
  },
);
