import { createInspector, type InspectedFinding, type Lang } from '@diemmac/core';
import { CliFailure } from '../errors.js';
import { readInput } from '../io/read-input.js';
import { applySetting, type PackSetting } from '../pack/setting.js';
import { reportIssues } from './issues.js';
import type { FileReport, FindingReport } from './report.js';

/** Today as a civil date: the core never reads a clock. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

export interface InspectOptions {
  lang: Lang;
  now: Day;
  /** The day to judge deadlines as of; by default each notice's own date. */
  asOf?: Day | undefined;
  /**
   * The pack and checks to run under, as plain data (validated by `loadPack`): a worker thread
   * receives it through workerData and resolves the pack once, itself. Default: the default pack.
   */
  pack?: PackSetting | undefined;
  /** The input size limit in bytes (default 5 MB). */
  maxBytes?: number | undefined;
}

/**
 * The work of one thread: everything that depends only on the options is prepared here,
 * once, and the function returned does per file only what each file needs: read, parse,
 * check, word the findings. The core's pipeline is compiled once per thread (`createInspector`).
 * Never throws for a user's mistake: a missing, unreadable or invalid file comes back as a
 * report with its error.
 *
 * @example
 * const inspect = inspector({ lang: 'vi', now: { year: 2024, month: 11, day: 20 } });
 * inspect('bao-cao.yaml').findings[0]
 * // { code: 'dossier.resolved-breakdown', severity: 'error', line: 249, message: 'Số hồ sơ đã giải quyết ghi 2.170, …' }
 */
export function inspector(options: InspectOptions): (file: string) => FileReport {
  const { lang, maxBytes } = options;
  // Parse, check under the pack, word and place: the core's one pipeline, compiled once here.
  const inspection = createInspector({ pack: applySetting(options.pack), langs: [lang] });
  const day = { now: options.now, asOf: options.asOf };
  return (file) => {
    try {
      const input = readInput(file, maxBytes);
      const r = inspection.data(input.data, day, input.locate);
      if (!r.ok) {
        const issues = r.stage === 'schema' ? reportIssues(r.issues, lang) : [];
        return { file, ok: false, error: { code: 'input.invalid', file, issues }, findings: [] };
      }
      return {
        file,
        ok: r.counts.error === 0,
        findings: r.findings.map((f) => findingReport(f, lang)),
      };
    } catch (e) {
      if (e instanceof CliFailure) return { file, ok: false, error: e.error, findings: [] };
      throw e;
    }
  };
}

/** Reads, validates and checks one file (see `inspector`). */
export function inspectFile(file: string, options: InspectOptions): FileReport {
  return inspector(options)(file);
}

/** A finding as the CLI reports it, in `lang`, at the line of the first figure it read. */
export function findingReport(finding: InspectedFinding, lang: Lang): FindingReport {
  const words = finding.words[lang];
  const at = finding.at[0];
  const report: FindingReport = {
    code: finding.code,
    severity: finding.severity,
    title: words?.title ?? finding.code,
    message: words?.message ?? finding.code,
    line: at?.line,
    column: at?.column,
    paths: finding.paths,
    lines: finding.at.map((p) => p?.line ?? null),
    computed: finding.computed,
    reported: finding.reported,
    legalBasis: finding.legalBasis,
  };
  if (finding.suggestion) {
    report.suggestion = {
      path: finding.suggestion.path,
      value: finding.suggestion.value,
      text: words?.suggestion ?? '',
      line: finding.suggestionAt?.line,
      column: finding.suggestionAt?.column,
    };
  }
  return report;
}
