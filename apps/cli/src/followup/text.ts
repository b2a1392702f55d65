import { formatDateShort, type Lang } from '@diemmac/core';
import {
  deadlinePartWords,
  deadlineWords,
  entryWords,
  type FollowUpSummary,
  type OpenRecommendation,
  RECOMMENDATION_STATUS_WORDS,
  takenUpWords,
} from '@diemmac/core/followup';
import type { Paint } from '../context.js';

const WORDS = {
  vi: {
    heading: (asOf: string, open: number, overdue: number) =>
      open === 0
        ? `Không có kiến nghị nào chưa hoàn thành tính đến ngày ${asOf}.`
        : `Kiến nghị chưa hoàn thành tính đến ngày ${asOf}: ${open}, trong đó ${overdue} quá hạn.`,
    number: (n: string) => `kiến nghị ${n}`,
    deadline: 'thời hạn',
    latest: 'gần nhất',
  },
  en: {
    heading: (asOf: string, open: number, overdue: number) =>
      open === 0
        ? `No recommendation left to do as of ${asOf}.`
        : `Recommendations not yet done as of ${asOf}: ${open}, ${overdue} of them overdue.`,
    number: (n: string) => `recommendation ${n}`,
    deadline: 'deadline',
    latest: 'latest',
  },
} as const;

/** A row with the file its supervision came from. */
export type Row = OpenRecommendation & { file: string };

/**
 * The list for a terminal: the days to or past the deadline first (overdue in red), then where
 * the recommendation comes from, its text, deadline, status, latest response and giám sát lại.
 */
export function formatFollowUpText(
  rows: readonly Row[],
  summary: FollowUpSummary,
  asOf: { year: number; month: number; day: number },
  lang: Lang,
  paint: Paint,
): string {
  const w = WORDS[lang];
  const lines = [paint.bold(w.heading(formatDateShort(asOf), rows.length, summary.overdue))];
  const width = Math.max(0, ...rows.map((r) => deadlineWords(r, lang).length));
  const indent = ' '.repeat(width + 4);
  for (const r of rows) {
    const days = deadlineWords(r, lang).padEnd(width);
    const colour = r.overdue ? paint.red : r.daysToDeadline === undefined ? paint.dim : paint.yellow;
    const where = `${r.supervision.commune} (${r.supervision.year}) · ${w.number(r.number ?? String(r.index + 1))} · ${r.addressee}`;
    lines.push('', `  ${colour(days)}  ${paint.bold(where)}`, `${indent}${r.content}`);
    const part = deadlinePartWords(r, lang);
    const facts = [
      ...(r.deadline ? [`${w.deadline} ${formatDateShort(r.deadline)}${part ? ` (${part})` : ''}`] : []),
      RECOMMENDATION_STATUS_WORDS[lang][r.status],
      r.file,
    ];
    lines.push(`${indent}${paint.dim(facts.join(' · '))}`);
    if (r.latest) lines.push(`${indent}${w.latest}: ${entryWords(r.latest, lang)}`);
    if (r.takenUpBy) lines.push(`${indent}${takenUpWords(r.takenUpBy, lang)}`);
  }
  return `${lines.join('\n')}\n`;
}
