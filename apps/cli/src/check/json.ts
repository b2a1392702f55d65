import type { Lang } from '@diemmac/core';
import type { CliMessages } from '../messages/index.js';
import { VERSION } from '../version.js';
import type { FileReport, Summary } from './report.js';

/**
 * The report a pipeline reads. Its shape is stable: fields are added, never renamed.
 *
 * @example
 * JSON.parse(formatJson(reports, summary, meta)).files[0].findings[0].code // 'dossier.resolved-breakdown'
 */
export function formatJson(
  reports: readonly FileReport[],
  summary: Summary,
  meta: { lang: Lang; today: string; messages: CliMessages },
): string {
  const files = reports.map((r) => {
    if (!r.error) return { file: r.file, ok: r.ok, findings: r.findings };
    const e = r.error;
    const position = e.code === 'input.syntax' ? { line: e.line, column: e.column } : {};
    return {
      file: r.file,
      ok: false,
      error: { code: e.code, message: meta.messages.error(e), ...position },
      ...(e.code === 'input.invalid' ? { issues: e.issues } : {}),
      findings: [],
    };
  });
  const document = { tool: 'diemmac', version: VERSION, lang: meta.lang, today: meta.today, files, summary };
  return `${JSON.stringify(document, null, 2)}\n`;
}
