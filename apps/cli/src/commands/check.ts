import { dirname } from 'node:path';
import { DEFAULT_PACK, formatDateShort } from '@diemmac/core';
import { openJsonReport } from '../check/json.js';
import type { Checked } from '../check/pool.js';
import { startProgress } from '../check/progress.js';
import { countReport, emptySummary, type FileReport } from '../check/report.js';
import { inspectAll, threadsFor } from '../check/run.js';
import { formatText } from '../check/text.js';
import type { Context } from '../context.js';
import { fail, type Outcome } from '../errors.js';
import { type Expanded, expandInputs } from '../io/expand.js';
import { maxInputBytes } from '../io/limit.js';
import { isNoticeFile } from '../io/notice-file.js';
import { findConfig, type Loaded, loadPack } from '../pack/load.js';
import type { PackSetting } from '../pack/setting.js';
import { asOf, isoDay, today } from '../today.js';

export interface CheckOptions {
  format: 'text' | 'json';
  config?: string | undefined;
  pack?: string | undefined;
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
  const { files, unmatched } = expanded;
  const groups = packGroups(files, options, context, maxBytes);
  if (files.length === 0 && unmatched.length > 0) fail({ code: 'input.no-match', pattern: unmatched[0]! });
  const missed: FileReport[] = unmatched.map((pattern) => ({
    file: pattern,
    ok: false,
    error: { code: 'input.no-match', pattern },
    findings: [],
  }));
  const summary = emptySummary();
  // JSON goes out file by file as the checks finish; the text report groups findings by
  // severity across files, so it is written once all are in.
  // The report's head names the pack when all files ran under one (each worker resolves it itself).
  const packs = [...groups.values()].map((g) => packId(g.loaded.setting));
  const head = packs.length === 1 ? { pack: packs[0], base: packId({}) } : {};
  const json =
    options.format === 'json'
      ? openJsonReport((s) => context.stdout.write(s), { lang, today: isoDay(now), messages, ...head })
      : undefined;
  const kept: FileReport[] = [];
  const take = (report: FileReport) => {
    countReport(summary, report);
    if (json) json.add(report);
    else kept.push(report);
  };
  const takeChecked = (checked: Checked) => {
    if ('report' in checked) return take(checked.report);
    countReport(summary, checked.tally);
    json?.addEntry(checked.entry);
  };
  for (const report of missed) take(report);

  const progress = await startProgress({ total: files.length, out: context, unit: messages.check.unit });
  // Notices as written (.docx, .doc, .txt, .md) go to the reader, after the YAML and JSON files,
  // which the batch checker reports in their order as they finish.
  try {
    // Files under different diemmac.config files run under their own pack, group by group.
    for (const group of groups.values()) {
      const notices = group.files.filter(isNoticeFile);
      const models = group.files.filter((f) => !isNoticeFile(f));
      const inspect = { lang, now, asOf: asOf(options.asOf), pack: group.loaded.setting, maxBytes };
      const threads = threadsFor(models.length, jobs);
      await inspectAll(models, inspect, { threads, progress, entries: json !== undefined }, takeChecked);
      if (notices.length > 0) {
        // The reader (and its .docx library) loads only when a notice as written is checked.
        const { inspectNotices } = await import('../check/notice.js');
        for (const report of await inspectNotices(notices, inspect, progress)) take(report);
      }
    }
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

/**
 * The pack each file runs under: `--pack` and `--config` for all, with the checks of the
 * diemmac.config found upwards from each file's folder; files sharing a config share a group.
 */
function packGroups(
  files: readonly string[],
  options: CheckOptions,
  context: Context,
  maxBytes: number,
): Map<string, { loaded: Loaded; files: string[] }> {
  const byDir = new Map<string, string>();
  const groups = new Map<string, { loaded: Loaded; files: string[] }>();
  const load = (from: string) =>
    loadPack({
      pack: options.pack,
      config: options.config,
      from,
      cwd: process.cwd(),
      lang: context.lang,
      maxBytes,
    });
  for (const file of files) {
    const dir = dirname(file);
    let key = byDir.get(dir);
    if (key === undefined) {
      key = findConfig(dir) ?? '';
      byDir.set(dir, key);
    }
    let group = groups.get(key);
    if (!group) {
      group = { loaded: load(dir), files: [] };
      groups.set(key, group);
    }
    group.files.push(file);
  }
  if (groups.size === 0) groups.set('', { loaded: load(process.cwd()), files: [] });
  return groups;
}

/** The id and version of the pack a setting names (validated already), or the default pack's. */
function packId(setting: PackSetting): { id: string; version: string } {
  const data = setting.data as { id?: string; version?: string } | undefined;
  return data?.id && data.version
    ? { id: String(data.id), version: String(data.version) }
    : { id: DEFAULT_PACK.id, version: DEFAULT_PACK.version };
}
