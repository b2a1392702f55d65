import type { Finding, Supervision } from '@diemmac/core';
import { ApiError } from '../errors.js';

type NoticeModule = typeof import('@diemmac/notice');

// Loaded on first use (Node caches the module), so the server starts and everything else
// works even if the renderer cannot load; a notice request then gets a 503 with a sentence.
async function notice(): Promise<NoticeModule> {
  try {
    return await import('@diemmac/notice');
  } catch (err) {
    throw new ApiError('notice.unavailable', {}, {}, err);
  }
}

export type NoticeFormat = 'docx' | 'html' | 'md';

/**
 * The conclusion notice in one format, with the findings in an annex when asked.
 *
 * @example
 * const { bytes, type } = await renderNotice(model, findings, 'docx', false);
 */
export async function renderNotice(
  model: Supervision,
  findings: Finding[],
  format: NoticeFormat,
  annex: boolean,
): Promise<{ body: Uint8Array | string; type: string }> {
  const n = await notice();
  const doc = n.buildNotice(model, { findings, annex });
  switch (format) {
    case 'docx':
      return {
        body: await n.toDocx(doc),
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      };
    case 'html':
      return { body: n.toHtml(doc), type: 'text/html; charset=utf-8' };
    case 'md':
      return { body: n.toMarkdown(doc), type: 'text/markdown; charset=utf-8' };
  }
}
