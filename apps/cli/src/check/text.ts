import { type Lang, RULES, SEVERITIES, type Severity, severityLabel } from '@diemmac/core';
import type { Paint } from '../context.js';
import type { CliMessages } from '../messages/index.js';
import type { FileReport, FindingReport, Summary } from './report.js';

export interface TextOptions {
  lang: Lang;
  messages: CliMessages;
  /** "20/11/2024" */
  today: string;
  colors: Paint;
}

const RULE_ORDER = new Map(RULES.map((r, i) => [r.code, i]));

/**
 * The report a person reads: findings grouped by severity, each at `file:line` with its
 * rule code, sentence and suggestion; then the files that could not be checked, a
 * summary by rule, by file, and the totals.
 *
 * @example
 * formatText(reports, summarise(reports), { lang: 'vi', messages: vi, today: '20/11/2024', colors })
 */
export function formatText(reports: readonly FileReport[], summary: Summary, options: TextOptions): string {
  const { lang, messages, colors: c } = options;
  const out: string[] = [c.bold(messages.check.heading(reports.length, options.today)), ''];
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan };

  const failed = reports.filter((r) => r.error);
  if (failed.length > 0) {
    out.push(c.bold(c.red(messages.check.failed(failed.length))));
    for (const r of failed) out.push(indent(messages.error(r.error!), '  '));
    out.push('');
  }

  const located = reports.flatMap((r, fileIndex) => r.findings.map((f) => ({ file: r.file, fileIndex, f })));
  for (const severity of SEVERITIES) {
    const group = located
      .filter((x) => x.f.severity === severity)
      .sort((a, b) => a.fileIndex - b.fileIndex || (a.f.line ?? 0) - (b.f.line ?? 0));
    if (group.length === 0) continue;
    out.push(c.bold(paint[severity](`${severityLabel(severity, lang)} (${group.length})`)));
    for (const { file, f } of group) {
      out.push(`  ${c.dim(where(file, f.line))}  ${paint[severity](f.code)}  ${f.message}`);
      const others = otherLines(f);
      if (others.length > 0) out.push(`      ${c.dim(messages.check.alsoAt(others))}`);
      if (f.suggestion) {
        const at = f.suggestion.line === undefined ? '' : c.dim(` (${where(file, f.suggestion.line)})`);
        out.push(`      → ${f.suggestion.text}${at}`);
      }
    }
    out.push('');
  }

  if (located.length === 0 && failed.length === 0 && reports.length === 1) {
    out.push(c.green(messages.check.clean(reports[0]!.file)), '');
  }

  if (located.length > 0)
    out.push(
      ...byRule(
        located.map((x) => x.f),
        options,
      ),
      '',
    );
  if (reports.length > 1) out.push(...byFile(reports, options), '');
  out.push(c.bold(messages.check.totals(summary)));
  return `${out.join('\n')}\n`;
}

function byRule(findings: readonly FindingReport[], { lang, messages, colors: c }: TextOptions): string[] {
  const rows = new Map<string, { f: FindingReport; count: number }>();
  for (const f of findings) {
    const row = rows.get(f.code);
    if (row) row.count++;
    else rows.set(f.code, { f, count: 1 });
  }
  const sorted = [...rows.values()].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.f.severity) - SEVERITIES.indexOf(b.f.severity) ||
      (RULE_ORDER.get(a.f.code) ?? 1e6) - (RULE_ORDER.get(b.f.code) ?? 1e6),
  );
  const labels = sorted.map((r) => severityLabel(r.f.severity, lang));
  const wLabel = Math.max(...labels.map((l) => l.length));
  const wCode = Math.max(...sorted.map((r) => r.f.code.length));
  const wCount = Math.max(...sorted.map((r) => String(r.count).length));
  return [
    c.bold(messages.check.byRule),
    ...sorted.map(
      (r, i) =>
        `  ${labels[i]!.padEnd(wLabel)}  ${r.f.code.padEnd(wCode)}  ${String(r.count).padStart(wCount)}  ${c.dim(r.f.title)}`,
    ),
  ];
}

function byFile(reports: readonly FileReport[], { lang, messages, colors: c }: TextOptions): string[] {
  const heads = SEVERITIES.map((s) => severityLabel(s, lang));
  const listed = reports.filter((r) => r.error || r.findings.length > 0);
  const clean = reports.length - listed.length;
  const wFile = Math.max(messages.check.columns.file.length, ...listed.map((r) => r.file.length));
  const lines = [
    c.bold(messages.check.byFile),
    `  ${messages.check.columns.file.padEnd(wFile)}  ${heads.join('  ')}`,
  ];
  for (const r of listed) {
    if (r.error) {
      lines.push(`  ${r.file.padEnd(wFile)}  ${c.red(messages.check.notChecked)}`);
      continue;
    }
    const counts = SEVERITIES.map((s, i) =>
      String(r.findings.filter((f) => f.severity === s).length).padStart(heads[i]!.length),
    );
    lines.push(`  ${r.file.padEnd(wFile)}  ${counts.join('  ')}`);
  }
  if (clean > 0) lines.push(`  ${c.green(messages.check.cleanFiles(clean))}`);
  return lines;
}

/** The other lines a finding read, each once, in file order. */
function otherLines(f: FindingReport): number[] {
  const lines = new Set(f.lines.filter((l): l is number => l !== null && l !== f.line));
  return [...lines].sort((a, b) => a - b);
}

const where = (file: string, line: number | undefined) => (line === undefined ? file : `${file}:${line}`);

const indent = (text: string, prefix: string) =>
  text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
