import { extname } from 'node:path';
import type { Lang } from '@diemmac/core';
import { formatNoticeFinding, type NoticeReading, readNotice } from '@diemmac/reader';
import { fail } from '../errors.js';
import { DEFAULT_MAX_BYTES } from './limit.js';
import { readBytes } from './read-input.js';

/** What the YAML reader takes; every other file goes to @diemmac/reader, which says what it reads. */
const MODEL_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json'];

/**
 * A file `check` hands to the reader: a .docx, .doc, .txt, .md notice, or another extension, which
 * the reader names the formats for. Files without an extension (and stdin) stay with the YAML reader.
 */
export const isNoticeFile = (file: string): boolean => {
  const extension = extname(file).toLowerCase();
  return extension !== '' && !MODEL_EXTENSIONS.includes(extension);
};

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
