import type { FollowUp } from '../followup/schema.js';
import { recommendationState } from '../followup/state.js';
import type { Supervision } from '../supervision/schema.js';

export const SUPERVISION_STATUSES = ['draft', 'issued', 'closed'] as const;
export type SupervisionStatus = (typeof SUPERVISION_STATUSES)[number];

/**
 * Where a supervision stands as of a day: a draft until its conclusion notice has a number and
 * a day; issued while any recommendation is open; closed once every recommendation is done
 * (follow-ups recorded by that day included). The web app's list stores the same status.
 *
 * @example
 * supervisionStatus(model, [], { year: 2025, month: 12, day: 31 }) // 'issued'
 */
export function supervisionStatus(
  supervision: Supervision,
  followUps: readonly FollowUp[] | undefined,
  asOf: { year: number; month: number; day: number },
): SupervisionStatus {
  const notice = supervision.documents.conclusion;
  if (notice.number === null || notice.date.day === null) return 'draft';
  const recs = supervision.recommendations;
  if (recs.length === 0) return 'issued';
  const byIndex = new Map((followUps ?? []).map((f) => [f.recommendation, f]));
  const done = recs.every((rec, i) => !recommendationState(rec, byIndex.get(i), asOf).open);
  return done ? 'closed' : 'issued';
}
