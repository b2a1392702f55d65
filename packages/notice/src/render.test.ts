import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { supervision } from '../test/fixtures.js';
import { buildNotice } from './build.js';
import { toDocx } from './docx.js';
import { toHtml } from './html.js';
import { toMarkdown } from './markdown.js';
import { NOTICE_FORMATS, renderNotice } from './render.js';

describe('renderNotice', () => {
  const doc = buildNotice(supervision());

  it('writes each format with its own renderer', async () => {
    expect(await renderNotice(doc, 'html')).toBe(toHtml(doc));
    expect(await renderNotice(doc, 'md')).toBe(toMarkdown(doc));
    const docx = await renderNotice(doc, 'docx');
    expect(docx).toBeInstanceOf(Uint8Array);
    // Two .docx of one notice differ only in the zip's timestamps: compare the document itself.
    const body = async (bytes: Uint8Array) =>
      (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string');
    expect(await body(docx as Uint8Array)).toBe(await body(await toDocx(doc)));
  });

  it('names each format’s extension and media type', () => {
    expect(NOTICE_FORMATS.docx.extension).toBe('.docx');
    expect(NOTICE_FORMATS.html.mediaType).toBe('text/html; charset=utf-8');
  });
});
