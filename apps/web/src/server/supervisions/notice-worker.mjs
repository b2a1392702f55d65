// The notice renderer's worker thread (run by the pool in render-pool.ts): reads, checks and
// renders one stored supervision (or only counts its findings, for the list's daily refresh), so a .docx taking a second of CPU never holds up the
// server's event loop. Plain JavaScript because Node 20 runs worker files as they are, both
// from src/ (tests) and, bundled by tsup, from dist/notice-worker.js.
import { checkSupervision, countBySeverity, parseSupervision } from '@diemmac/core';

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

/** @type {Promise<typeof import('@diemmac/notice') | null> | undefined} */
let notice;

/**
 * @param {{ document: string; today: { year: number; month: number; day: number }; format: 'docx' | 'html' | 'md'; annex: boolean }} task
 * @returns {Promise<{ ok: true; body: Uint8Array | string; type: string } | { ok: false; reason: 'unavailable' | 'unparsable'; detail: string }>}
 */
export default async function render({ document, today, format, annex }) {
  notice ??= import('@diemmac/notice').catch(() => null);
  const n = await notice;
  if (!n) return { ok: false, reason: 'unavailable', detail: 'the @diemmac/notice module cannot be loaded' };
  const parsed = parseSupervision(JSON.parse(document));
  if (!parsed.ok) return { ok: false, reason: 'unparsable', detail: JSON.stringify(parsed.issues[0]) };
  const findings = checkSupervision(parsed.value, { now: today });
  const doc = n.buildNotice(parsed.value, { findings, annex });
  const body =
    format === 'docx' ? await n.toDocx(doc) : format === 'html' ? n.toHtml(doc) : n.toMarkdown(doc);
  return { ok: true, body, type: TYPES[format] };
}

/**
 * The list's summary of a stored supervision as of `today`: its subject, findings by severity, and
 * each finding's code and severity (the province's view counts them by rule).
 *
 * @param {{ document: string; today: { year: number; month: number; day: number } }} task
 * @returns {{ ok: true; subject: string; counts: Record<'error' | 'warning' | 'info', number>; findings: { code: string; severity: 'error' | 'warning' | 'info' }[] } | { ok: false; detail: string }}
 */
export function summarise({ document, today }) {
  const parsed = parseSupervision(JSON.parse(document));
  if (!parsed.ok) return { ok: false, detail: JSON.stringify(parsed.issues[0]) };
  const findings = checkSupervision(parsed.value, { now: today });
  return {
    ok: true,
    subject: parsed.value.subject,
    counts: countBySeverity(findings),
    findings: findings.map((f) => ({ code: f.code, severity: f.severity })),
  };
}
