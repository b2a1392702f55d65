import { toDocx } from './docx.js';
import { toHtml } from './html.js';
import { toMarkdown } from './markdown.js';
import type { NoticeDocument } from './tree.js';

/** The formats a notice is written in. */
export type NoticeFormat = 'docx' | 'html' | 'md';

/** Each format's file extension and media type, for a file name or an HTTP answer. */
export const NOTICE_FORMATS: Readonly<Record<NoticeFormat, { extension: string; mediaType: string }>> = {
  docx: {
    extension: '.docx',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  html: { extension: '.html', mediaType: 'text/html; charset=utf-8' },
  md: { extension: '.md', mediaType: 'text/markdown; charset=utf-8' },
};

/**
 * The notice written in one format: the bytes of a .docx, or the text of an HTML page or a
 * Markdown file. The one place adapters choose a renderer.
 *
 * @example
 * const body = await renderNotice(buildNotice(model, { findings }), 'docx'); // Uint8Array
 */
export async function renderNotice(doc: NoticeDocument, format: NoticeFormat): Promise<Uint8Array | string> {
  switch (format) {
    case 'docx':
      return toDocx(doc);
    case 'html':
      return toHtml(doc);
    case 'md':
      return toMarkdown(doc);
  }
}
