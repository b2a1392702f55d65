import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { readText as readData } from '@diemmac/core';
import { fail } from '../errors.js';
import { jsonLocator, type Locator } from './locate.js';

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
export function readInput(file: string): Input {
  const text = readText(file);
  return extname(file).toLowerCase() === '.json' ? readJson(file, text) : readYaml(file, text);
}

/** The file's text (`-`: standard input), without a byte-order mark, with Vietnamese letters composed (NFC). */
export function readText(file: string): string {
  let raw: string;
  try {
    raw = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    if (code === 'ENOENT') fail({ code: 'input.not-found', file });
    fail({ code: 'input.unreadable', file, reason: code });
  }
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  // Files saved on macOS may spell "ế" as e + two combining marks; names must compare equal.
  return text.normalize('NFC');
}

// The core reads YAML the way every adapter must: numbers such as `1.248` or `08` stay as
// written, so a count keeps its thousands and its leading zero, and every value has a line.
function readYaml(file: string, text: string): Input {
  const r = readData(text);
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
  try {
    return { file, data: JSON.parse(text), locate: jsonLocator(text) };
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
