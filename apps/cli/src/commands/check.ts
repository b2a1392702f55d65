import { type CheckConfig, formatDateShort, formatIssue, parseCheckConfig } from '@diemmac/core';
import { locateIssues } from '../check/issues.js';
import { formatJson } from '../check/json.js';
import { inspectNotices } from '../check/notice.js';
import { startProgress } from '../check/progress.js';
import { type FileReport, summarise } from '../check/report.js';
import { inspectAll, QUICK_RUN, threadsFor } from '../check/run.js';
import { formatText } from '../check/text.js';
import { preferQuickStart } from '../check/tune.js';
import type { Context } from '../context.js';
import { fail, type Outcome } from '../errors.js';
import { expandInputs } from '../io/expand.js';
import { readInput } from '../io/read-input.js';
import { isNoticeFile } from '../io/read-notice.js';
import { isoDay, today } from '../today.js';

export interface CheckOptions {
  format: 'text' | 'json';
  config?: string | undefined;
  today?: string | undefined;
  jobs?: string | undefined;
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
): Promise<Outcome> {
  const { lang, messages } = context;
  const now = today(options.today, context.clock);
  const jobs = parseJobs(options.jobs);
  const config = options.config === undefined ? undefined : loadConfig(options.config, context);

  const { files, unmatched } = expandInputs(args);
  if (files.length === 0 && unmatched.length > 0) fail({ code: 'input.no-match', pattern: unmatched[0]! });
  if (files.length < QUICK_RUN) preferQuickStart();
  const progress = await startProgress({
    total: files.length,
    stream: context.stderr,
    enabled: context.interactive,
    unit: messages.check.unit,
  });
  let reports: FileReport[];
  // Notices (.docx, .doc, .txt, .md) go to the reader; YAML and JSON to the batch checker.
  const notices = files.filter(isNoticeFile);
  const models = files.filter((f) => !isNoticeFile(f));
  try {
    const checked = await inspectAll(
      models,
      { lang, now, config },
      { threads: threadsFor(models.length, jobs), progress },
    );
    const read = await inspectNotices(notices, { lang, now, config }, progress);
    reports = files.map((f) => (isNoticeFile(f) ? read.shift() : checked.shift()) as FileReport);
  } finally {
    progress.stop();
  }
  const missed: FileReport[] = unmatched.map((pattern) => ({
    file: pattern,
    ok: false,
    error: { code: 'input.no-match', pattern },
    findings: [],
  }));
  const all = [...missed, ...reports];
  const summary = summarise(all);
  context.stdout.write(
    options.format === 'json'
      ? formatJson(all, summary, { lang, today: isoDay(now), messages })
      : formatText(all, summary, { lang, messages, today: formatDateShort(now), colors: context.colors }),
  );
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
function loadConfig(file: string, context: Context): CheckConfig {
  const input = readInput(file);
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
