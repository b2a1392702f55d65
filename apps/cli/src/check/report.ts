import type { Path, Quantity, Severity } from '@diemmac/core';
import type { CliError } from '../errors.js';

/** One finding as the CLI shows it: the core's data, its sentence, and where it stands in the file. */
export interface FindingReport {
  code: string;
  severity: Severity;
  /** What the rule checks. */
  title: string;
  /** The finding in one sentence, figures included, suggestion excluded. */
  message: string;
  line?: number | undefined;
  column?: number | undefined;
  paths: Path[];
  /** The line of each path, in the same order (null where the file has no line for it). */
  lines: (number | null)[];
  computed?: Quantity | undefined;
  reported?: Quantity | undefined;
  suggestion?:
    | {
        path: Path;
        value: Quantity;
        text: string;
        line?: number | undefined;
        column?: number | undefined;
      }
    | undefined;
  legalBasis?: string | undefined;
}

/** The result of checking one file: plain data, so a worker thread can send it back. */
export interface FileReport {
  file: string;
  /** Read, valid, and no finding is an error. */
  ok: boolean;
  /** Why the file could not be checked. */
  error?: CliError | undefined;
  findings: FindingReport[];
}

export interface Summary {
  files: number;
  /** Files that could not be read or are not valid supervisions. */
  failed: number;
  error: number;
  warning: number;
  info: number;
  /** Findings per rule code, in order of first appearance. */
  byRule: Record<string, number>;
}

/** Totals of no file yet. */
export function emptySummary(): Summary {
  return { files: 0, failed: 0, error: 0, warning: 0, info: 0, byRule: {} };
}

/** What the totals need of a file's report: whether it could be checked, each finding's severity and rule. */
export interface Tally {
  failed: boolean;
  findings: readonly Pick<FindingReport, 'severity' | 'code'>[];
}

/** The tally of a report: what a worker thread sends back beside a JSON entry written out. */
export function tallyOf(report: FileReport): Tally {
  return {
    failed: report.error !== undefined,
    findings: report.findings.map((f) => ({ severity: f.severity, code: f.code })),
  };
}

/** Counts one more file into `summary`. */
export function countReport(summary: Summary, report: FileReport | Tally): void {
  summary.files++;
  if ('failed' in report ? report.failed : report.error) summary.failed++;
  for (const f of report.findings) {
    summary[f.severity]++;
    summary.byRule[f.code] = (summary.byRule[f.code] ?? 0) + 1;
  }
}

/**
 * Totals over a batch.
 *
 * @example
 * summarise(reports) // { files: 100, failed: 1, error: 12, warning: 40, info: 3, byRule: { 'dossier.balance': 7, … } }
 */
export function summarise(reports: readonly FileReport[]): Summary {
  const summary = emptySummary();
  for (const report of reports) countReport(summary, report);
  return summary;
}
