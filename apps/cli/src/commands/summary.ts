import { basename, extname } from 'node:path';
import { createChecker, formatDateShort, formatIssue, type Lang, parseSupervision } from '@diemmac/core';
import {
  type ProvinceSummary,
  SUMMARY_WORDING,
  SUPERVISION_STATUSES,
  type SummaryItem,
  summarise,
} from '@diemmac/core/summary';
import { summaryTables, toCsv, toText, toXlsx } from '@diemmac/sheets';
import { locateIssues } from '../check/issues.js';
import type { Context } from '../context.js';
import { type CliError, CliFailure, fail, type Outcome } from '../errors.js';
import { expandInputs } from '../io/expand.js';
import { maxInputBytes } from '../io/limit.js';
import { readInput } from '../io/read-input.js';
import { assertWritable, writeAtomic } from '../io/write-atomic.js';
import { CONFIG_NAMES } from '../pack/load.js';
import { applySetting } from '../pack/setting.js';
import { asOf, today } from '../today.js';

export type SummaryFormat = 'table' | 'json' | 'csv' | 'xlsx';
const VIEWS = ['communes', 'rules', 'index766', 'recommendations'] as const;
type View = (typeof VIEWS)[number];

export interface SummaryOptions {
  asOf?: string | undefined;
  year?: string | undefined;
  body?: string | undefined;
  status?: string | undefined;
  format?: SummaryFormat | undefined;
  view?: string | undefined;
  output?: string | undefined;
  force?: boolean | undefined;
  today?: string | undefined;
  maxSize?: string | undefined;
}

const WORDS = {
  vi: {
    heading: (n: number, day: string) => `Tổng hợp ${n} cuộc giám sát, tính đến ngày ${day}`,
    left: (n: number) => `Bỏ qua ${n} tệp không đọc được (không có trong tổng hợp):`,
    xlsxNeedsFile: 'tệp .xlsx không in ra màn hình được; hãy chọn tên tệp với -o',
    written: (file: string) => `Đã ghi ${file}.`,
  },
  en: {
    heading: (n: number, day: string) => `Summary of ${n} supervisions, as of ${day}`,
    left: (n: number) =>
      `Left out ${n} file${n === 1 ? '' : 's'} that could not be read (not in the summary):`,
    xlsxNeedsFile: 'an .xlsx file cannot be printed; name the file with -o',
    written: (file: string) => `Wrote ${file}.`,
  },
} as const;

/**
 * `diemmac summary FOLDER`: reads and checks every supervision file of the folder with one
 * compiled checker, summarises them as of a day (`@diemmac/core/summary`), and prints the views
 * or writes them (.xlsx, CSV, JSON) whole or not at all. A file that cannot be read is listed
 * with its error and left out; the summary of the others is still given, and the exit code is 2.
 *
 * @example
 * await summary('xa/', { format: 'xlsx', output: 'tong-hop.xlsx' }, context)
 */
export async function summary(folder: string, options: SummaryOptions, context: Context): Promise<Outcome> {
  const { lang } = context;
  const w = WORDS[lang];
  const format = options.format ?? formatOf(options.output) ?? 'table';
  const view = choice('--view', options.view, VIEWS) ?? 'communes';
  const status = choice('--status', options.status, SUPERVISION_STATUSES);
  const year = yearOption(options.year);
  const output = options.output === '-' ? undefined : options.output;
  if (format === 'xlsx' && output === undefined) fail({ code: 'usage', detail: w.xlsxNeedsFile });
  // Refuse early: no reason to read a hundred files for an output that cannot be written.
  if (output !== undefined) assertWritable(output, { force: options.force });
  const now = today(options.today, context.clock);
  const day = asOf(options.asOf) ?? now;

  const { files } = expandInputs([folder]);
  const inputs = files.filter((f) => !(CONFIG_NAMES as readonly string[]).includes(basename(f)));
  if (inputs.length === 0) fail({ code: 'input.no-match', pattern: folder });
  const { items, failed } = readAll(inputs, options, context, now);

  const result = summarise(items, { asOf: day, filters: { year, body: options.body, status } });
  if (failed.length > 0) {
    context.stderr.write(`${w.left(failed.length)}\n`);
    for (const error of failed) context.stderr.write(`  ${context.messages.error(error)}\n`);
  }
  const content = await render(result, format, view, lang, failed);
  if (output === undefined) context.stdout.write(content);
  else {
    writeAtomic(output, content, { force: options.force });
    context.stderr.write(`${w.written(output)}\n`);
  }
  // Findings are what a summary reports, not a failure of it: only unreadable files change the code.
  return { kind: 'checked', errorFindings: 0, failedInputs: failed.length };
}

/** Every file read, validated and checked with one compiled rule set; failures kept as errors. */
function readAll(
  files: readonly string[],
  options: SummaryOptions,
  context: Context,
  now: { year: number; month: number; day: number },
): { items: SummaryItem[]; failed: CliError[] } {
  const checker = createChecker(applySetting().checkOptions);
  const maxBytes = maxInputBytes(options.maxSize, context.maxSize);
  // Findings as of each notice's own date, as `check` gives them, unless --as-of says otherwise.
  const checkDay = { now, asOf: asOf(options.asOf) };
  const items: SummaryItem[] = [];
  const failed: CliError[] = [];
  for (const file of files) {
    try {
      const input = readInput(file, maxBytes);
      const parsed = parseSupervision(input.data);
      if (!parsed.ok) {
        failed.push({
          code: 'input.invalid',
          file,
          issues: locateIssues(parsed.issues, input.locate, context.lang, formatIssue),
        });
        continue;
      }
      items.push({ supervision: parsed.value, findings: checker.check(parsed.value, checkDay) });
    } catch (e) {
      if (e instanceof CliFailure) failed.push(e.error);
      else throw e;
    }
  }
  return { items, failed };
}

async function render(
  result: ProvinceSummary,
  format: SummaryFormat,
  view: View,
  lang: Lang,
  failed: readonly CliError[],
): Promise<string | Uint8Array> {
  const tables = summaryTables(result, lang);
  switch (format) {
    case 'xlsx':
      return toXlsx(tables);
    case 'csv':
      return toCsv(tables[VIEWS.indexOf(view)]!, { locale: lang });
    case 'json':
      return `${JSON.stringify({ tool: 'diemmac', summary: result, failed }, exact, 2)}\n`;
    case 'table': {
      const words = SUMMARY_WORDING[lang];
      const head = [
        WORDS[lang].heading(result.supervisions, formatDateShort(result.asOf)),
        words.rounding(result.rounding.precision, result.rounding.mode),
        '',
      ];
      return [...head, ...tables.map((t) => toText(t, { locale: lang }))].join('\n');
    }
  }
}

/** Counts (bigint) and exact decimals as JSON strings: never a binary float. */
function exact(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

function formatOf(output: string | undefined): SummaryFormat | undefined {
  const ext = output === undefined ? '' : extname(output).toLowerCase();
  return ext === '.xlsx' ? 'xlsx' : ext === '.csv' ? 'csv' : ext === '.json' ? 'json' : undefined;
}

function choice<T extends string>(
  option: string,
  value: string | undefined,
  known: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(known as readonly string[]).includes(value))
    fail({ code: 'option.invalid', option, value, expected: known.join(', ') });
  return value as T;
}

function yearOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) fail({ code: 'option.invalid', option: '--year', value, expected: 'YYYY' });
  return Number(value);
}
