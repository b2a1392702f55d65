import type { Supervision } from '@diemmac/core';
import type { DerivedColumns } from '../store/supervisions.js';

export const SUPERVISION_STATUSES = ['draft', 'issued', 'closed'] as const;
export type SupervisionStatus = (typeof SUPERVISION_STATUSES)[number];

/**
 * Where a supervision stands, read from its document: a draft until the conclusion notice
 * has a number and a day; issued while recommendations are followed up; closed when every
 * recommendation is done.
 *
 * @example
 * statusOf(model) // 'draft' for the Điềm Mặc example (its notice has no number yet)
 */
export function statusOf(model: Supervision): SupervisionStatus {
  const notice = model.documents.conclusion;
  if (notice.number === null || notice.date.day === null) return 'draft';
  const recs = model.recommendations;
  if (recs.length > 0 && recs.every((r) => r.status === 'done')) return 'closed';
  return 'issued';
}

/** The columns kept beside the document so the list needs no parsing. */
export function derivedColumns(model: Supervision): DerivedColumns {
  return { slug: model.id, year: model.year, body_name: model.body.name, status: statusOf(model) };
}
