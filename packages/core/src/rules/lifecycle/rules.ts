import type { Draft, Path, Rule } from '../../checks/types.js';
import { compareDates } from '../../dates/calendar.js';
import type { CivilDate, DraftDate } from '../../figures/values.js';

const LAW =
  'Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân (87/2015/QH13; từ 01/3/2026: 121/2025/QH15)';

/** The steps in the order the law sets them. */
export const LIFECYCLE_STEPS = [
  'programme',
  'plan',
  'delegationDecision',
  'contentNotice',
  'survey',
  'conference',
  'conclusion',
] as const;
export type LifecycleStep = (typeof LIFECYCLE_STEPS)[number];

export const lifecycleOrder: Rule = {
  code: 'lifecycle.order',
  severity: 'warning',
  legalBasis: LAW,
  reads: LIFECYCLE_STEPS.map((s) => `documents.${s}.date`),
  run({ supervision }) {
    const docs = supervision.documents;
    const dated: { step: LifecycleStep; date: CivilDate | DraftDate; path: Path }[] = [];
    for (const step of LIFECYCLE_STEPS) {
      const date = docs[step]?.date;
      if (date) dated.push({ step, date, path: ['documents', step, 'date'] });
    }
    const out: Draft[] = [];
    // Each dated step must not precede any earlier dated step.
    for (const [i, later] of dated.entries()) {
      const earlier = dated.slice(0, i).find((e) => compareDates(e.date, later.date) > 0);
      if (!earlier) continue;
      out.push({
        paths: [later.path, earlier.path],
        params: {
          step: later.step,
          before: earlier.step,
          date: later.date.written,
          beforeDate: earlier.date.written,
        },
      });
    }
    return out;
  },
};

export const reportLate: Rule = {
  code: 'lifecycle.report-late',
  severity: 'info',
  legalBasis: LAW,
  reads: ['documents.reports.due', 'documents.reports.received'],
  run({ supervision }) {
    const out: Draft[] = [];
    for (const [i, r] of supervision.documents.reports.entries()) {
      if (!r.due || !r.received || compareDates(r.received, r.due) <= 0) continue;
      out.push({
        paths: [
          ['documents', 'reports', i, 'received'],
          ['documents', 'reports', i, 'due'],
        ],
        params: { from: r.from, due: r.due.written, received: r.received.written },
      });
    }
    return out;
  },
};

export const recommendationOverdue: Rule = {
  code: 'recommendation.overdue',
  severity: 'warning',
  legalBasis: LAW,
  reads: ['recommendations.deadline', 'recommendations.parts.deadline', 'recommendations.status'],
  run({ supervision, asOf }) {
    const out: Draft[] = [];
    for (const [i, r] of supervision.recommendations.entries()) {
      if (r.deadline && r.status !== 'done' && compareDates(r.deadline, asOf) < 0) {
        out.push({
          paths: [
            ['recommendations', i, 'deadline'],
            ['recommendations', i, 'status'],
          ],
          params: { addressee: r.addressee, deadline: r.deadline.written, status: r.status },
        });
      }
      // A deadline may bind one part of a recommendation only; the part's status, else the whole's.
      for (const [j, part] of r.parts.entries()) {
        const status = part.status ?? r.status;
        if (!part.deadline || status === 'done' || compareDates(part.deadline, asOf) >= 0) continue;
        out.push({
          paths: [
            ['recommendations', i, 'parts', j, 'deadline'],
            // The status that applies: the part's own when it has one.
            part.status === undefined
              ? ['recommendations', i, 'status']
              : ['recommendations', i, 'parts', j, 'status'],
          ],
          params: { addressee: r.addressee, deadline: part.deadline.written, status },
        });
      }
    }
    return out;
  },
};
