import { createReadStream, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import {
  type DossierBlock,
  formatFinding,
  formatInteger,
  formatIssue,
  type Lang,
  type Path,
  parseSupervision,
} from '@diemmac/core';
import { figuresOf } from '@diemmac/core/adapters';
import {
  blockPeriod,
  compareRecount,
  createRegisterReader,
  type DayNumber,
  type DossierRecount,
  formatRegisterIssue,
  REGISTER_WORDING,
  type RegisterIssue,
  showDayNumber,
} from '@diemmac/core/register';
import { locateIssues } from '../check/issues.js';
import type { Context } from '../context.js';
import { CliFailure, fail, type Outcome } from '../errors.js';
import { maxInputBytes } from '../io/limit.js';
import { readInput } from '../io/read-input.js';
import { type BadUtf8, utf8Checker } from '../io/utf8-stream.js';
import { dayOption } from '../today.js';
import { recountInTwo } from './recount-split.js';

export interface RecountOptions {
  notice?: string | undefined;
  block?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  format: 'text' | 'json';
  maxSize?: string | undefined;
  /** Worker threads reading a CSV register: '1' or '2' (default: 2 for a large register). */
  workers?: string | undefined;
}

// From this size on, a CSV register is read in two halves in parallel (when two cores exist).
const SPLIT_BYTES = 16 * 1024 * 1024;

const WORDS = {
  vi: {
    heading: (file: string, rows: string, from: string, to: string) =>
      `Đếm lại từ sổ theo dõi ${file} (${rows} dòng), kỳ ${from} – ${to}:`,
    received: 'Tiếp nhận',
    online: 'trực tuyến',
    direct: 'trực tiếp',
    postal: 'bưu chính',
    carriedOver: 'kỳ trước chuyển sang',
    resolved: 'Đã giải quyết',
    early: 'trước hạn',
    onTime: 'đúng hạn',
    late: 'quá hạn',
    pending: 'Đang giải quyết',
    withinDeadline: 'chưa tới hạn',
    overdue: 'quá hạn',
    withdrawn: 'Công dân rút',
    suspended: 'tạm dừng',
    register: 'Về sổ theo dõi:',
    compared: (file: string) => `So với thông báo ${file}:`,
    agrees: (file: string) => `✓ Số liệu hồ sơ của ${file} khớp với sổ theo dõi.`,
    noPeriod: 'cần --from và --to, hoặc --notice có khối số liệu hồ sơ nêu rõ kỳ',
    noBlock: 'thông báo không có khối số liệu hồ sơ (hoặc không có khối với mã đã cho)',
    severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' },
  },
  en: {
    heading: (file: string, rows: string, from: string, to: string) =>
      `Recounted from the register ${file} (${rows} rows), period ${from} – ${to}:`,
    received: 'Received',
    online: 'online',
    direct: 'in person',
    postal: 'by post',
    carriedOver: 'carried over',
    resolved: 'Resolved',
    early: 'early',
    onTime: 'on time',
    late: 'late',
    pending: 'Pending',
    withinDeadline: 'within the deadline',
    overdue: 'overdue',
    withdrawn: 'Withdrawn',
    suspended: 'suspended',
    register: 'About the register:',
    compared: (file: string) => `Compared with the notice ${file}:`,
    agrees: (file: string) => `✓ The dossier figures of ${file} agree with the register.`,
    noPeriod: 'give --from and --to, or a --notice whose dossier block states its period',
    noBlock: 'the notice has no dossier block (or none with the id given)',
    severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  },
} as const;

/**
 * `diemmac recount so-theo-doi.csv --notice giam-sat.yaml`: streams the register (memory stays
 * bounded whatever its size), recounts the dossier figures of the period, says what is wrong
 * with the register row by row, and puts a finding on each figure of the notice that the
 * register counts otherwise.
 *
 * @example
 * await recount('so.csv', { notice: 'giam-sat.yaml', format: 'text' }, context)
 */
export async function recount(file: string, options: RecountOptions, context: Context): Promise<Outcome> {
  const { lang } = context;
  const w = WORDS[lang];
  const notice = options.notice === undefined ? undefined : dossierBlock(options, context);
  const period = periodOf(options, notice?.block) ?? fail({ code: 'usage', detail: w.noPeriod });

  const { recount: counted, issues } = /\.xlsx$/i.test(file)
    ? await readSheet(file, period)
    : await readCsvRegister(file, period, workersOption(options.workers));
  if (!counted) {
    fail({
      code: 'input.invalid',
      file,
      issues: issues
        .filter((i) => i.severity === 'error')
        .map((i) => ({ code: i.code, path: [], message: formatRegisterIssue(i, lang), line: 1 })),
    });
  }
  const findings = notice ? compareRecount(counted, notice.block, notice.path) : [];
  if (options.format === 'json') {
    const report = {
      tool: 'diemmac',
      register: file,
      recount: counted,
      issues: issues.map((i) => ({ ...i, message: formatRegisterIssue(i, lang) })),
      notice: notice?.file,
      findings: findings.map((f) => ({
        ...f,
        message: formatFinding(f, lang, REGISTER_WORDING),
        line: notice?.locate(f.paths[0] ?? [])?.line,
      })),
    };
    context.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    context.stdout.write(text(file, counted, issues, notice, findings, lang));
  }
  return { kind: 'checked', errorFindings: 0, failedInputs: 0 };
}

/** A CSV register read whole, or in two halves in parallel when it is large (or `--workers 2`). */
async function readCsvRegister(file: string, period: Period, workers: 1 | 2 | undefined) {
  let size = 0;
  try {
    size = statSync(file).size;
  } catch {
    // Unreadable or missing: readCsv says which.
  }
  const split = workers ?? (size >= SPLIT_BYTES && availableParallelism() >= 2 ? 2 : 1);
  if (split === 2 && size > 0) {
    const halves = await recountInTwo(file, size, period);
    if (halves) return halves;
  }
  return readCsv(file, period);
}

function workersOption(value: string | undefined): 1 | 2 | undefined {
  if (value === undefined) return undefined;
  if (value !== '1' && value !== '2')
    fail({ code: 'option.invalid', option: '--workers', value, expected: '1 | 2' });
  return value === '1' ? 1 : 2;
}

/** Streams a CSV register to the recount: bytes as they are, checked to be UTF-8 on the way. */
async function readCsv(file: string, period: Period) {
  const reader = createRegisterReader({ period });
  // The bytes go to the recount as they are (it reads dates and codes in place); a separate
  // native check makes sure they are UTF-8 and says where they are not.
  const utf8 = utf8Checker();
  const badEncoding = (bad: BadUtf8): never => fail({ code: 'input.encoding', file, ...bad });
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      const bad = utf8.chunk(chunk);
      if (bad) badEncoding(bad);
      reader.pushBytes(chunk);
    }
  } catch (e) {
    if (e instanceof CliFailure) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail({ code: 'input.not-found', file });
    fail({ code: 'input.unreadable', file, reason: code ?? String(e) });
  }
  const bad = utf8.end();
  if (bad) badEncoding(bad);
  return reader.end();
}

/** Streams an .xlsx register (its first sheet) to the recount; exceljs loads only for one. */
async function readSheet(file: string, period: Period) {
  const { recountRegisterSheet, SheetReadError } = await import('@diemmac/sheets');
  try {
    return await recountRegisterSheet(file, { period });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail({ code: 'input.not-found', file });
    if (e instanceof SheetReadError) fail({ code: 'input.unreadable', file, reason: e.reason });
    throw e;
  }
}

type Period = { from: DayNumber; to: DayNumber };

interface Notice {
  file: string;
  block: DossierBlock;
  path: Path;
  locate: (path: Path) => { line: number } | undefined;
}

function dossierBlock(options: RecountOptions, context: Context): Notice {
  const file = options.notice!;
  const input = readInput(file, maxInputBytes(options.maxSize, context.maxSize));
  const parsed = parseSupervision(input.data);
  if (!parsed.ok) {
    fail({
      code: 'input.invalid',
      file,
      issues: locateIssues(parsed.issues, input.locate, context.lang, formatIssue),
    });
  }
  const blocks = figuresOf(parsed.value, 'dossiers').filter(
    (e) => !options.block || e.figure.id === options.block,
  );
  const [entry] = blocks;
  if (!entry) fail({ code: 'usage', detail: WORDS[context.lang].noBlock });
  return { file, block: entry.figure, path: entry.path, locate: input.locate };
}

function periodOf(
  options: RecountOptions,
  block: DossierBlock | undefined,
): { from: DayNumber; to: DayNumber } | undefined {
  const own = block ? blockPeriod(block) : undefined;
  const from = options.from === undefined ? own?.from : dayNumberOption('--from', options.from);
  const to = options.to === undefined ? own?.to : dayNumberOption('--to', options.to);
  return from !== undefined && to !== undefined ? { from, to } : undefined;
}

function dayNumberOption(option: string, value: string): DayNumber {
  const day = dayOption(option, value);
  return day.year * 10000 + day.month * 100 + day.day;
}

function text(
  file: string,
  r: DossierRecount,
  issues: RegisterIssue[],
  notice: Notice | undefined,
  findings: ReturnType<typeof compareRecount>,
  lang: Lang,
): string {
  const w = WORDS[lang];
  const n = (v: number) => formatInteger(String(v), { locale: lang });
  const lines = [
    w.heading(file, n(r.rows), showDayNumber(r.period.from), showDayNumber(r.period.to)),
    `  ${w.received} ${n(r.received.total)} (${w.online} ${n(r.received.online)}, ${w.direct} ${n(r.received.direct)}, ${w.postal} ${n(r.received.postal)}, ${w.carriedOver} ${n(r.received.carriedOver)})`,
    `  ${w.resolved} ${n(r.resolved.total)} (${w.early} ${n(r.resolved.early)}, ${w.onTime} ${n(r.resolved.onTime)}, ${w.late} ${n(r.resolved.late)})`,
    `  ${w.pending} ${n(r.pending.total)} (${w.withinDeadline} ${n(r.pending.withinDeadline)}, ${w.overdue} ${n(r.pending.overdue)})`,
    `  ${w.withdrawn} ${n(r.withdrawn)}, ${w.suspended} ${n(r.suspended)}`,
  ];
  if (issues.length > 0) {
    lines.push(
      '',
      w.register,
      ...issues.map((i) => `  [${w.severity[i.severity]}] ${formatRegisterIssue(i, lang)}`),
    );
  }
  if (notice) {
    lines.push('');
    if (findings.length === 0) lines.push(w.agrees(notice.file));
    else {
      lines.push(w.compared(notice.file));
      for (const f of findings) {
        const line = notice.locate(f.paths[0] ?? [])?.line;
        lines.push(
          `  ${notice.file}${line ? `:${line}` : ''}  ${f.code}  ${formatFinding(f, lang, REGISTER_WORDING)}`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
