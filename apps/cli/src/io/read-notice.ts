import type { Lang } from '@diemmac/core';
import { formatNoticeFinding, type NoticeReading, readNotice } from '@diemmac/reader';
import { fail } from '../errors.js';
import { DEFAULT_MAX_BYTES } from './limit.js';
import { readBytes } from './read-input.js';

export { isNoticeFile } from './notice-file.js';

/**
 * Reads a notice file. Fails with `input.not-found` or `input.unreadable` (a damaged or
 * unknown file, with the reader's reason); never returns a half-read notice silently.
 */
export async function readNoticeFileOrFail(
  file: string,
  lang: Lang,
  maxBytes: number = DEFAULT_MAX_BYTES,
): Promise<NoticeReading> {
  // The same size limit and errors as YAML and JSON inputs.
  const bytes: Uint8Array = readBytes(file, maxBytes);
  const reading = await readNotice({ name: file, bytes });
  const broken = reading.notes.find(
    (n) => n.code === 'reader.unreadable' || n.code === 'reader.unknown-format',
  );
  if (broken) {
    const formats = lang === 'vi' ? '.yaml, .yml, .json và ' : '.yaml, .yml, .json and ';
    const params =
      broken.code === 'reader.unknown-format'
        ? { ...broken.params, formats: `${formats}${String(broken.params.formats)}` }
        : broken.params;
    fail({ code: 'input.unreadable', file, reason: formatNoticeFinding({ ...broken, params }, lang) });
  }
  return reading;
}
