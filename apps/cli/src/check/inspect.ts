import {
  createChecker,
  type ExtraWording,
  type Finding,
  formatIssue,
  type Lang,
  parseSupervision,
  ruleTitle,
  formatFinding as sentence,
} from '@diemmac/core';
import { CliFailure } from '../errors.js';
import type { Locator } from '../io/locate.js';
import { readInput } from '../io/read-input.js';
import { applySetting, type PackSetting } from '../pack/setting.js';
import { locateIssues } from './issues.js';
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
 * check, word the findings. The rule set is compiled once per thread (`createChecker`).
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
  const resolved = applySetting(options.pack);
  const checker = createChecker(resolved.checkOptions);
  const { wording } = resolved;
  const day = { now: options.now, asOf: options.asOf };
  return (file) => {
    try {
      const input = readInput(file, maxBytes);
      const parsed = parseSupervision(input.data);
      if (!parsed.ok) {
        return {
          file,
          ok: false,
          error: {
            code: 'input.invalid',
            file,
            issues: locateIssues(parsed.issues, input.locate, lang, formatIssue),
          },
          findings: [],
        };
      }
      const findings = checker.check(parsed.value, day);
      return {
        file,
        ok: !findings.some((f) => f.severity === 'error'),
        findings: findings.map((f) => describeFinding(f, input.locate, lang, wording)),
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

/** A finding worded in `lang` and placed at the line of the first figure it read. */
export function describeFinding(
  finding: Finding,
  locate: Locator,
  lang: Lang,
  wording?: ExtraWording,
): FindingReport {
  const places = finding.paths.map((path) => locate(path));
  const at = places[0];
  const message = sentence({ ...finding, suggestion: undefined }, lang, wording);
  const report: FindingReport = {
    code: finding.code,
    severity: finding.severity,
    title: ruleTitle(finding.code, lang, wording),
    message,
    line: at?.line,
    column: at?.column,
    paths: finding.paths,
    lines: places.map((p) => p?.line ?? null),
    computed: finding.computed,
    reported: finding.reported,
    legalBasis: finding.legalBasis,
  };
  if (finding.suggestion) {
    // The core words the suggestion after the finding; keep it apart to show it on its own line.
    const full = sentence(finding, lang, wording);
    const where = locate(finding.suggestion.path);
    report.suggestion = {
      path: finding.suggestion.path,
      value: finding.suggestion.value,
      text: full.startsWith(message) ? full.slice(message.length).trim() : full,
      line: where?.line,
      column: where?.column,
    };
  }
  return report;
}
