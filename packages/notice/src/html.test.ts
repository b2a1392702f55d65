import { describe, expect, it } from 'vitest';
import { example, supervision } from '../test/fixtures.js';
import { buildNotice } from './build.js';
import { toHtml } from './html.js';

describe('toHtml', () => {
  const { model, findings } = example('diem-mac-2024.yaml');
  const html = toHtml(buildNotice(model, { findings, annex: true }));

  it('is one self-contained file: no script, no link, no external address', () => {
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|url\(|@import/i);
    expect(html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
  });

  it('prints on A4 with the decree margins, in Times New Roman or its metric twin, 14 pt justified', () => {
    expect(html).toContain('size: A4;');
    expect(html).toContain('margin: 20mm 15mm 20mm 30mm;');
    expect(html).toContain('font-family: "Times New Roman", "Liberation Serif", serif; font-size: 14pt;');
    expect(html).toMatch(/p \{[^}]*text-align: justify/);
  });

  it('underlines the motto and italicises the place and date', () => {
    expect(html).toContain('<div class="motto"><span>Độc lập - Tự do - Hạnh phúc</span></div>');
    expect(html).toMatch(/\.motto span \{ text-decoration: underline;/);
    expect(html).toContain('<td class="right date">Điềm Mặc, ngày      tháng 11 năm 2024</td>');
  });

  it('escapes every text', () => {
    const out = toHtml(buildNotice(supervision([], { preamble: ['<script>alert("x")</script> & \'y\''] })));
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    expect(out).not.toContain('<script>');
  });
});
