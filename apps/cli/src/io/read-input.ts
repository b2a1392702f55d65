import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { readText as readData } from '@diemmac/core';
import { asNfc } from '@diemmac/core/adapters';
import { CliFailure, fail } from '../errors.js';
import { DEFAULT_MAX_BYTES } from './limit.js';
import { jsonLocator, type Locator } from './locate.js';
import { decodeUtf8, firstInvalidUtf8, lineAt } from './utf8.js';

/** A file read as data, with a way back from a data path to its line. */
export interface Input {
  file: string;
  data: unknown;
  locate: Locator;
}

/**
 * Reads a YAML or JSON file (by extension; anything else, and `-` for standard input, is
 * read as YAML, which JSON is too). Fails with `input.not-found`, `input.unreadable` or `input.syntax`; never returns
 * half a document.
 *
 * @example
 * const { data, locate } = readInput('bao-cao.yaml');
 * locate(['sections', 0, 'title']) // { line: 42, column: 12 }
 */
export function readInput(file: string, maxBytes: number = DEFAULT_MAX_BYTES): Input {
  const text = readText(file, maxBytes);
  // Files saved on macOS may spell "ế" as e + two combining marks; names must compare equal. The
  // core's YAML reader composes them (NFC) as it reads; JSON.parse does not, so JSON is composed here.
  return extname(file).toLowerCase() === '.json' ? readJson(file, asNfc(text)) : readYaml(file, text);
}

/**
 * The file's text (`-`: standard input), without a byte-order mark, as written: `readInput`
 * composes its letters (NFC) once, where it is read. Fails with `input.too-large` above `maxBytes` (a regular file before a byte
 * of it is read) and with `input.encoding` at the first byte that is not UTF-8: a file saved
 * in another encoding is said so, never read with replacement characters.
 */
export function readText(file: string, maxBytes: number = DEFAULT_MAX_BYTES): string {
  const bytes = readBytes(file, maxBytes);
  // Node's native check first; the byte-by-byte search only for a file that fails it.
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8(bytes);
    fail({ code: 'input.encoding', file, offset: bad, line: lineAt(bytes, bad), byte: bytes[bad]! });
  }
  const raw = decodeUtf8(bytes);
  return raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
}

/** The whole file, or a failure once it proves larger than `maxBytes`. */
export function readBytes(file: string, maxBytes: number): Buffer {
  let fd = 0;
  try {
    if (file !== '-') fd = openSync(file, 'r');
    try {
      const stat = fstatSync(fd);
      if (stat.isFile() && stat.size > maxBytes) {
        fail({ code: 'input.too-large', file, size: stat.size, limit: maxBytes });
      }
      // A regular file is read into one buffer of its size, and one byte more to see it grown
      // since (a batch read its 64 KB chunks and copied them together: twice the time per file).
      // A pipe or standard input has no size to ask: the buffer doubles as it fills. Either way
      // the reading stops one byte past the limit.
      let buffer = Buffer.allocUnsafe(Math.min(stat.isFile() ? stat.size + 1 : 1 << 16, maxBytes + 1));
      let total = 0;
      for (;;) {
        if (total === buffer.length) {
          if (total > maxBytes) fail({ code: 'input.too-large', file, limit: maxBytes });
          const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
          buffer.copy(larger, 0, 0, total);
          buffer = larger;
        }
        const n = readSync(fd, buffer, total, buffer.length - total, null);
        if (n === 0) break;
        total += n;
      }
      return buffer.subarray(0, total);
    } finally {
      if (file !== '-') closeSync(fd);
    }
  } catch (e) {
    if (e instanceof CliFailure) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    if (code === 'ENOENT') fail({ code: 'input.not-found', file });
    fail({ code: 'input.unreadable', file, reason: code });
  }
}

// The core reads YAML the way every adapter must: numbers such as `1.248` or `08` stay as
// written, so a count keeps its thousands and its leading zero, and every value has a line.
// A command prints lines for what it finds, so the places are worked out in the same reading.
function readYaml(file: string, text: string): Input {
  const r = readData(text, { locate: 'now' });
  if (!r.ok) {
    const [error] = r.errors;
    fail({
      code: 'input.syntax',
      file,
      format: 'yaml',
      kind: error?.code,
      reason: error?.message ?? '',
      line: error?.line,
      column: error?.column,
      excerpt: error ? lineOf(text, error.line) : undefined,
    });
  }
  return { file, data: r.data, locate: r.locate };
}

function readJson(file: string, text: string): Input {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const reason = (e as Error).message;
    const at = /at position (\d+)/.exec(reason);
    const position = at ? positionOf(text, Number(at[1])) : undefined;
    fail({
      code: 'input.syntax',
      file,
      format: 'json',
      reason,
      line: position?.line,
      column: position?.column,
      excerpt: position ? lineOf(text, position.line) : undefined,
    });
  }
  // JSON.parse keeps the last of a key written twice and goes as deep as the stack lets it;
  // the core's reader refuses both, as it does in YAML (JSON is YAML), with the place.
  const strict = readData(text);
  const refused = strict.ok
    ? undefined
    : strict.errors.find((e) => e.code === 'DUPLICATE_KEY' || e.code === 'TOO_DEEP');
  if (refused) {
    fail({
      code: 'input.syntax',
      file,
      format: 'json',
      kind: refused.code,
      reason: refused.message,
      line: refused.line,
      column: refused.column,
      excerpt: lineOf(text, refused.line),
    });
  }
  return { file, data, locate: jsonLocator(text) };
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function lineOf(text: string, line: number): string | undefined {
  const content = text.split('\n')[line - 1]?.replace(/\r$/, '');
  if (content === undefined) return undefined;
  return content.length > 160 ? `${content.slice(0, 157)}…` : content;
}
