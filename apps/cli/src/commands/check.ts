import { type CheckConfig, formatDateShort, formatIssue, parseCheckConfig } from '@diemmac/core';
import { locateIssues } from '../check/issues.js';
import { openJsonReport } from '../check/json.js';
import { inspectNotices } from '../check/notice.js';
import { startProgress } from '../check/progress.js';
import { countReport, emptySummary, type FileReport } from '../check/report.js';
import { inspectAll, threadsFor } from '../check/run.js';
import { formatText } from '../check/text.js';
import { preferQuickStart, QUICK_RUN } from '../check/tune.js';
import type { Context } from '../context.js';
import { fail, type Outcome } from '../errors.js';
import { type Expanded, expandInputs } from '../io/expand.js';
import { maxInputBytes } from '../io/limit.js';
import { readInput } from '../io/read-input.js';
import { isNoticeFile } from '../io/read-notice.js';
import { asOf, isoDay, today } from '../today.js';

export interface CheckOptions {
  format: 'text' | 'json';
  config?: string | undefined;
  today?: string | undefined;
  asOf?: string | undefined;
  jobs?: string | undefined;
  maxSize?: string | undefined;
}

/**
 * `diemmac check <files…>`: every file is read, validated and checked; the report goes to
 * stdout as text or JSON. Exit 0 when no finding is an error, 1 when one is, 2 when an
 * input could not be read or is not a valid supervision.
 *
 * @example
 * await check(['bao-cao.yaml'], { format: 'text', today: '2024-11-20' }, context) // { kind: 'checked', errorFindings: 2, failedInputs: 0 }
 */
export async function check(
  args: readonly string[],
  options: CheckOptions,
  context: Context,
  expanded: Expanded = expandInputs(args),
): Promise<Outcome> {
  const { lang, messages } = context;
  const now = today(options.today, context.clock);
  const jobs = parseJobs(options.jobs);
  const maxBytes = maxInputBytes(options.maxSize, context.maxSize);
  const config = options.config === undefined ? undefined : loadConfig(options.config, maxBytes, context);

  const { files, unmatched } = expanded;
  if (files.length === 0 && unmatched.length > 0) fail({ code: 'input.no-match', pattern: unmatched[0]! });
  if (files.length < QUICK_RUN) preferQuickStart();
  const missed: FileReport[] = unmatched.map((pattern) => ({
    file: pattern,
    ok: false,
    error: { code: 'input.no-match', pattern },
    findings: [],
  }));
  const summary = emptySummary();
  // JSON goes out file by file as the checks finish; the text report groups findings by
  // severity across files, so it is written once all are in.
  const json =
    options.format === 'json'
      ? openJsonReport((s) => context.stdout.write(s), { lang, today: isoDay(now), messages })
      : undefined;
  const kept: FileReport[] = [];
  const take = (report: FileReport) => {
    countReport(summary, report);
    if (json) json.add(report);
    else kept.push(report);
  };
  for (const report of missed) take(report);

  const progress = await startProgress({
    total: files.length,
    stream: context.stderr,
    enabled: context.interactive,
    unit: messages.check.unit,
  });
  // Notices as written (.docx, .doc, .txt, .md) go to the reader, after the YAML and JSON files,
  // which the batch checker reports in their order as they finish.
  const notices = files.filter(isNoticeFile);
  const models = files.filter((f) => !isNoticeFile(f));
  const inspect = { lang, now, asOf: asOf(options.asOf), config, maxBytes };
  try {
    await inspectAll(models, inspect, { threads: threadsFor(models.length, jobs), progress }, take);
    for (const report of await inspectNotices(notices, inspect, progress)) take(report);
  } finally {
    progress.stop();
  }
  if (json) json.end(summary);
  else {
    context.stdout.write(
      formatText(kept, summary, { lang, messages, today: formatDateShort(now), colors: context.colors }),
    );
  }
  return { kind: 'checked', errorFindings: summary.error, failedInputs: summary.failed };
}

function parseJobs(option: string | undefined): number | undefined {
  if (option === undefined) return undefined;
  const n = Number(option);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    fail({ code: 'option.invalid', option: '--jobs', value: option, expected: '1–64' });
  }
  return n;
}

/** A rules configuration: YAML or JSON, rule codes checked against the catalogue. */
function loadConfig(file: string, maxBytes: number, context: Context): CheckConfig {
  const input = readInput(file, maxBytes);
  const parsed = parseCheckConfig(input.data);
  if (!parsed.ok) {
    fail({
      code: 'config.invalid',
      file,
      issues: locateIssues(parsed.issues, input.locate, context.lang, formatIssue),
    });
  }
  return parsed.value;
}
