import { readText } from '@diemmac/core';
import { formatNoticeFinding, READABLE_EXTENSIONS, readNotice } from '@diemmac/reader';
import { ApiError } from '../errors.js';

/**
 * Reads an uploaded YAML or JSON file with the core's reader (numbers kept as written:
 * YAML alone would turn "1.248" into a float). A syntax error is a 400 naming the line.
 *
 * @example
 * readUpload('schemaVersion: 1\n…', 'application/yaml') // { schemaVersion: 1, … }
 */
export function readUpload(text: string, contentType: string | undefined): unknown {
  const r = readText(text);
  if (r.ok) return r.data;
  const first = r.errors[0]!;
  const format = contentType?.includes('json') ? 'JSON' : 'YAML';
  throw new ApiError('import.syntax', {
    format,
    line: first.line,
    column: first.column,
    reason: first.message,
  });
}

/** What the editor receives for a notice read as written: a draft, and how much was understood. */
export interface NoticeDraft {
  draft: unknown;
  /** Share of the notice's numbers placed in a figure statement, as "96,11". */
  understood: string;
  /** The reader's remarks on the text itself (repeated words, symbols, numbering…), in Vietnamese. */
  remarks: string[];
}

/**
 * Reads a .docx, .doc, .txt or .md notice into a draft supervision with the reader the CLI's
 * `import` uses. A file of another kind, or one that cannot be read, is a 415 saying which
 * formats are read.
 *
 * @example
 * await readNoticeUpload('thong-bao.docx', bytes) // { draft: { schemaVersion: 1, … }, understood: '96,11', remarks: […] }
 */
export async function readNoticeUpload(name: string, bytes: Uint8Array): Promise<NoticeDraft> {
  const reading = await readNotice({ name: name || 'tep', bytes });
  const broken = reading.notes.find(
    (n) => n.code === 'reader.unknown-format' || n.code === 'reader.unreadable',
  );
  if (broken) {
    throw new ApiError('import.format', {
      name: name || '?',
      formats: ['.yaml', '.yml', '.json', ...READABLE_EXTENSIONS].join(', '),
    });
  }
  return {
    draft: reading.draft,
    understood: reading.understood.share,
    remarks: reading.textFindings.map((f) => formatNoticeFinding(f, 'vi')),
  };
}
