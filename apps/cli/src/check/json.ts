import type { Lang } from '@diemmac/core';
import type { CliMessages } from '../messages/index.js';
import { VERSION } from '../version.js';
import type { FileReport, Summary } from './report.js';

export interface JsonMeta {
  lang: Lang;
  today: string;
  messages: CliMessages;
  /** The pack the files ran under and the pack it was laid over. */
  pack?: { id: string; version: string } | undefined;
  base?: { id: string; version: string } | undefined;
}

/** A JSON report written as the files are checked: `add` each file in order, then `end`. */
export interface JsonReport {
  add(report: FileReport): void;
  /** A file's entry written out already (`jsonEntry`), as text or its UTF-8 bytes. */
  addEntry(entry: string | Uint8Array): void;
  end(summary: Summary): void;
}

/**
 * Writes the report a pipeline reads, one file at a time, so a batch of a thousand files is
 * never held whole in memory. The bytes are those of `JSON.stringify(document, null, 2)`.
 * Its shape is stable: fields are added, never renamed.
 *
 * @example
 * const out = openJsonReport((s) => process.stdout.write(s), meta);
 * out.add(report); out.end(summary);
 */
export function openJsonReport(write: (text: string | Uint8Array) => void, meta: JsonMeta): JsonReport {
  const head = {
    tool: 'diemmac',
    version: VERSION,
    lang: meta.lang,
    today: meta.today,
    ...(meta.pack ? { pack: meta.pack, base: meta.base } : {}),
  };
  // The document's opening without its closing "\n}", then the files array item by item.
  write(`${JSON.stringify(head, null, 2).slice(0, -2)},\n  "files": [`);
  let empty = true;
  const addEntry = (entry: string | Uint8Array) => {
    if (typeof entry === 'string') write(`${empty ? '' : ','}\n    ${entry}`);
    else {
      write(empty ? '\n    ' : ',\n    ');
      write(entry);
    }
    empty = false;
  };
  return {
    // Bytes, not text: the stream would measure the text, then encode it (utf8Bytes).
    add: (report) => addEntry(utf8Bytes(jsonEntry(report, meta.messages))),
    addEntry,
    end(summary) {
      const tail = JSON.stringify(summary, null, 2).replaceAll('\n', '\n  ');
      write(`${empty ? ']' : '\n  ]'},\n  "summary": ${tail}\n}\n`);
    },
  };
}

/**
 * The whole report as one string.
 *
 * @example
 * JSON.parse(formatJson(reports, summary, meta)).files[0].findings[0].code // 'dossier.resolved-breakdown'
 */
export function formatJson(reports: readonly FileReport[], summary: Summary, meta: JsonMeta): string {
  const parts: string[] = [];
  const decoder = new TextDecoder();
  const out = openJsonReport((s) => parts.push(typeof s === 'string' ? s : decoder.decode(s)), meta);
  for (const report of reports) out.add(report);
  out.end(summary);
  return parts.join('');
}

/**
 * One file's entry in the report's `files`, indented for its place there. A worker thread writes
 * it out for the file it checked, so the main thread only passes the bytes on.
 *
 * @example
 * jsonEntry({ file: 'a.yaml', ok: true, findings: [] }, CLI_MESSAGES.vi) // '{\n      "file": "a.yaml",\n      "ok": true,\n      "findings": []\n    }'
 */
export function jsonEntry(report: FileReport, messages: CliMessages): string {
  // Stringified at its depth in the document rather than re-indented after: one pass, not two.
  const text = JSON.stringify({ files: [fileEntry(report, messages)] }, null, 2);
  return text.slice(ENTRY_HEAD.length, text.length - ENTRY_TAIL.length);
}

/**
 * A text as UTF-8, in a buffer of its own, never a slice of Node's shared pool (a worker thread
 * moves it to the main thread rather than copy it). One pass over the text: `TextEncoder.encode` and a stream's `write` measure the text
 * first and encode it after, twice the work on a report's tens of kilobytes. A UTF-16 unit takes
 * at most three bytes, so the buffer is always large enough.
 *
 * @example
 * utf8Bytes('Điềm Mặc').length // 13: Đ takes two bytes, ề and ặ three
 */
export function utf8Bytes(text: string): Uint8Array<ArrayBuffer> {
  // Not zeroed first (under cachegrind, a quarter of the work): only the bytes written are seen.
  const bytes = Buffer.allocUnsafeSlow(text.length * 3);
  const { written } = encoder.encodeInto(text, bytes);
  return bytes.subarray(0, written);
}

const encoder = new TextEncoder();

/** What `jsonEntry` cuts off its wrapper: the text before and after the entry. */
const ENTRY_HEAD = '{\n  "files": [\n    ';
const ENTRY_TAIL = '\n  ]\n}';

function fileEntry(r: FileReport, messages: CliMessages) {
  if (!r.error) return { file: r.file, ok: r.ok, findings: r.findings };
  const e = r.error;
  const position = e.code === 'input.syntax' ? { line: e.line, column: e.column } : {};
  return {
    file: r.file,
    ok: false,
    error: { code: e.code, message: messages.error(e), ...position },
    ...(e.code === 'input.invalid' ? { issues: e.issues } : {}),
    findings: [],
  };
}
