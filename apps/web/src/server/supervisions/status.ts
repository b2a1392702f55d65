import type { Finding, Severity, Supervision } from '@diemmac/core';
import type { SUPERVISION_STATUSES } from '../../shared/api.js';
import type { DerivedColumns, SummaryColumns } from '../store/supervisions.js';
import { countByRule, encodeRules } from '../summary/rules.js';
import { type Day, isoDay } from './today.js';

export { SUPERVISION_STATUSES } from '../../shared/api.js';
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

/** What one check of a version gave: its findings and their counts by severity. */
export interface Checked {
  counts: Record<Severity, number>;
  findings: readonly Pick<Finding, 'code' | 'severity'>[];
}

/** The columns kept beside the document so the list needs no parsing, counts as of `day`. */
export function derivedColumns(
  model: Supervision,
  checked: Checked,
  day: Day,
  pack: { id: string; version: string },
): DerivedColumns {
  return {
    slug: model.id,
    year: model.year,
    body_name: model.body.name,
    status: statusOf(model),
    ...summaryColumns(model, checked, day, pack),
  };
}

/**
 * The list's summary of one checked version, with the pack it was checked under and its
 * findings by rule for the province's view.
 */
export function summaryColumns(
  model: Pick<Supervision, 'subject'>,
  checked: Checked,
  day: Day,
  pack: { id: string; version: string },
): SummaryColumns {
  const { counts } = checked;
  return {
    subject: model.subject,
    findings_error: counts.error,
    findings_warning: counts.warning,
    findings_info: counts.info,
    findings_as_of: isoDay(day),
    pack_id: pack.id,
    pack_version: pack.version,
    findings_rules: encodeRules(countByRule(checked.findings)),
  };
}
