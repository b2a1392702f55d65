import { extname } from 'node:path';
import type { Supervision } from '@diemmac/core';
import { followedRecommendations, summarizeFollowUp } from '@diemmac/core/followup';
import type { Context } from '../context.js';
import { fail, type Outcome } from '../errors.js';
import { type Followed, readFollowed } from '../followup/inputs.js';
import { formatFollowUpText, type Row } from '../followup/text.js';
import { maxInputBytes } from '../io/limit.js';
import { assertWritable, writeAtomic } from '../io/write-atomic.js';
import { asOf as asOfOption, isoDay, today } from '../today.js';

export type FollowUpFormat = 'table' | 'json' | 'csv' | 'xlsx';
type ReportFormat = 'docx' | 'html' | 'md';

export interface FollowUpOptions {
  asOf?: string | undefined;
  addressee?: string | undefined;
  format?: FollowUpFormat | undefined;
  output?: string | undefined;
  force?: boolean | undefined;
  report?: boolean | undefined;
  number?: string | undefined;
  signer?: string | undefined;
  position?: string | undefined;
  authority?: string | undefined;
  maxSize?: string | undefined;
}

const WORDS = {
  vi: {
    binary: (what: string) => `tệp ${what} không in ra màn hình được; hãy chọn tên tệp với -o`,
    reportOutput: '--report cần -o <tệp .docx, .html hoặc .md>',
    reportFormat: '--report soạn văn bản (.docx, .html, .md); --format chỉ dùng cho danh sách',
    number: 'một số, ví dụ 12',
  },
  en: {
    binary: (what: string) => `a ${what} file cannot be printed; choose a file name with -o`,
    reportOutput: '--report needs -o <a .docx, .html or .md file>',
    reportFormat: '--report renders a document (.docx, .html, .md); --format is for the list',
    number: 'a number, e.g. 12',
  },
} as const;

const LIST_EXTENSIONS: Record<string, FollowUpFormat> = { '.json': 'json', '.csv': 'csv', '.xlsx': 'xlsx' };
const REPORT_EXTENSIONS: Record<string, ReportFormat> = {
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
};

/**
 * `diemmac followup FILES|FOLDER`: every recommendation not yet done, with its days to or past
 * the deadline as of a day (today unless `--as-of`), most urgent first; as a table, JSON, CSV
 * or .xlsx. With `--report -o bao-cao.docx`: the report on the implementation of the
 * recommendations (done ones too) in the Decree 30/2020 layout. Files are written whole or not
 * at all, never over an existing one without `--force`.
 *
 * @example
 * await followUp(['xa/'], { asOf: '2025-02-10', format: 'csv', output: 'kien-nghi.csv' }, context)
 */
export async function followUp(
  files: string[],
  options: FollowUpOptions,
  context: Context,
): Promise<Outcome> {
  const { lang } = context;
  const w = WORDS[lang];
  const day = options.asOf === undefined ? today(undefined, context.clock) : asOfOption(options.asOf)!;
  if (options.number !== undefined && !/^\d{1,4}$/.test(options.number)) {
    fail({ code: 'option.invalid', option: '--number', value: options.number, expected: w.number });
  }
  const output = options.output;
  if (options.report) {
    if (options.format !== undefined) fail({ code: 'usage', detail: w.reportFormat });
    if (output === undefined) fail({ code: 'usage', detail: w.reportOutput });
  }
  const reportFormat = options.report
    ? (REPORT_EXTENSIONS[extname(output!).toLowerCase()] ?? 'docx')
    : undefined;
  const format =
    options.format ?? (output ? LIST_EXTENSIONS[extname(output).toLowerCase()] : undefined) ?? 'table';
  const toStdout = output === undefined || output === '-';
  if (toStdout && (reportFormat === 'docx' || (!options.report && format === 'xlsx'))) {
    fail({ code: 'usage', detail: w.binary(reportFormat === 'docx' ? '.docx' : '.xlsx') });
  }
  // Refuse early: no reason to read every file for an output that cannot be written.
  if (!toStdout) assertWritable(output!, { force: options.force });

  const followed = readFollowed(files, lang, maxInputBytes(options.maxSize, context.maxSize));
  const withFile = (items: readonly Followed[]) => {
    const rows = followedRecommendations(items, { asOf: day, addressee: options.addressee });
    const fileOf = new Map(items.map((i) => [i.supervision.id, i.file]));
    return rows.map((r): Row => ({ ...r, file: fileOf.get(r.supervision.id) ?? '' }));
  };
  const all = withFile(followed);
  const summary = summarizeFollowUp(all);
  const open = all.filter((r) => r.open);

  let content: string | Uint8Array;
  if (reportFormat) {
    content = await report(all, followed[0]?.supervision, day, reportFormat, options);
  } else if (format === 'json') {
    content = `${JSON.stringify({ tool: 'diemmac', asOf: isoDay(day), summary, recommendations: open.map(jsonRow) }, null, 2)}\n`;
  } else if (format === 'csv' || format === 'xlsx') {
    const sheets = await loadSheets();
    const table = sheets.followUpTable(open, { locale: lang });
    content = format === 'csv' ? sheets.toCsv(table) : await sheets.toXlsx([table]);
  } else {
    const paint = toStdout ? context.colors : plainPaint;
    content = formatFollowUpText(open, summary, day, lang, paint);
  }
  if (toStdout) context.stdout.write(content);
  else {
    writeAtomic(output!, content, { force: options.force });
    context.stderr.write(`${context.messages.render.written(output!)}\n`);
  }
  return { kind: 'done' };
}

const same = (s: string) => s;
const plainPaint = { bold: same, dim: same, red: same, yellow: same, cyan: same, green: same };

/** A row for JSON: days as written (dd/mm/yyyy) beside their parts, so scripts need not parse. */
function jsonRow(r: Row) {
  const day = (d: { year: number; month: number; day: number } | undefined) => (d ? isoDay(d) : undefined);
  return {
    file: r.file,
    supervision: r.supervision,
    index: r.index,
    number: r.number,
    addressee: r.addressee,
    content: r.content,
    status: r.status,
    deadline: day(r.deadline),
    deadlinePart: r.deadlinePart,
    daysToDeadline: r.daysToDeadline,
    overdue: r.overdue,
    parts: r.parts.map((p) => ({
      number: p.number,
      content: p.content,
      status: p.status,
      deadline: day(p.deadline),
      daysToDeadline: p.daysToDeadline,
      overdue: p.overdue,
    })),
    latest: r.latest && { ...r.latest, date: day(r.latest.date) },
    takenUpBy: r.takenUpBy,
  };
}

async function report(
  rows: readonly Row[],
  first: Supervision | undefined,
  day: { year: number; month: number; day: number },
  format: ReportFormat,
  options: FollowUpOptions,
): Promise<string | Uint8Array> {
  const notice = await loadNotice();
  // The report speaks for the body that supervised, signed as its notice was unless told otherwise.
  const signature = first?.signature;
  const doc = notice.followUpReport(rows, {
    asOf: day,
    issuer: { parent: first?.body.parent, name: first?.body.name ?? '' },
    number: options.number ?? null,
    place: first?.documents.conclusion.place ?? first?.locality.name ?? '',
    signature: {
      authority:
        options.authority ?? [signature?.authority, signature?.body].filter((s) => s && s !== '').join(' '),
      position: options.position ?? signature?.position ?? '',
      title: options.position === undefined ? signature?.title : undefined,
      signer: options.signer ?? signature?.signer ?? '',
    },
  });
  return format === 'docx'
    ? notice.toDocx(doc)
    : format === 'html'
      ? notice.toHtml(doc)
      : notice.toMarkdown(doc);
}

// The .docx and .xlsx libraries load only for the outputs that need them.
async function loadNotice() {
  try {
    return await import('@diemmac/notice');
  } catch (e) {
    fail({ code: 'install.broken', module: '@diemmac/notice', reason: (e as Error).message });
  }
}

async function loadSheets() {
  try {
    return await import('@diemmac/sheets');
  } catch (e) {
    fail({ code: 'install.broken', module: '@diemmac/sheets', reason: (e as Error).message });
  }
}
