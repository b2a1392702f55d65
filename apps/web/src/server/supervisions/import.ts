import { readText } from '@diemmac/core';
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
