import { extname } from 'node:path';

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
