// The reader's only I/O: turning a file's bytes into text. Everything after is pure.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import mammoth from 'mammoth';
import WordExtractor from 'word-extractor';
import type { PlacedFinding } from './checks/types.js';
import { type NoticeReading, readDocument } from './read.js';
import { fromHtml, fromWordText } from './source/html.js';
import { fromPlainText } from './source/plain.js';
import type { SourceDocument } from './source/types.js';

/** The file formats the reader opens, by extension. */
export const READABLE_EXTENSIONS = ['.docx', '.doc', '.txt', '.md'] as const;

/** A file's name (for its extension) and bytes. */
export interface NoticeInput {
  name: string;
  bytes: Uint8Array;
}

const note = (code: PlacedFinding['code'], params: PlacedFinding['params']): PlacedFinding => ({
  code,
  severity: 'error',
  paths: [],
  places: [],
  params,
});

const empty = (format: SourceDocument['format']): SourceDocument => ({ format, items: [] });

/** UTF-8 (with or without BOM) or UTF-16 with BOM; undefined when the bytes are no text. */
function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // Control characters other than tab and line breaks mean a binary file.
    let controls = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) controls++;
    }
    return controls > text.length / 100 ? undefined : text;
  } catch {
    return undefined;
  }
}

/**
 * Reads a notice from its bytes: .docx through mammoth (tables kept), .doc through
 * word-extractor, .txt and .md as UTF-8. Never throws for a user's file: an unknown format or a
 * damaged file gives a reading with a note saying so.
 *
 * @example
 * const reading = await readNotice({ name: 'thong-bao.docx', bytes: await readFile('thong-bao.docx') });
 * reading.draft.sections.length // 2
 */
export async function readNotice(input: NoticeInput): Promise<NoticeReading> {
  const name = basename(input.name);
  const extension = extname(name).toLowerCase();
  const buffer = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  try {
    switch (extension) {
      case '.docx': {
        const { value } = await mammoth.convertToHtml({ buffer });
        return readDocument(fromHtml(value, 'docx'));
      }
      case '.doc': {
        const extracted = await new WordExtractor().extract(buffer);
        return readDocument(fromWordText(extracted.getBody(), 'doc'));
      }
      case '.txt':
      case '.md': {
        const text = decodeText(input.bytes);
        const format = extension === '.md' ? 'md' : 'txt';
        if (text === undefined)
          return readDocument(empty(format), [note('reader.unreadable', { name, reason: 'not text' })]);
        return readDocument(fromPlainText(text, format));
      }
      default:
        return readDocument(empty('txt'), [
          note('reader.unknown-format', { name, formats: READABLE_EXTENSIONS.join(', ') }),
        ]);
    }
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? 'error') : 'error';
    const format = extension === '.doc' ? 'doc' : 'docx';
    return readDocument(empty(format), [note('reader.unreadable', { name, reason })]);
  }
}

/** Reads a notice file from disk. */
export async function readNoticeFile(path: string): Promise<NoticeReading> {
  return readNotice({ name: path, bytes: await readFile(path) });
}
