import { CodeSet, type CodeSnapshot } from './codes.js';
import { registerKey } from './mapping.js';
import { type DossierRecount, type RegisterIssue, ROWS_SHOWN } from './recount.js';

/** The recount of one part of a register, with the codes it saw. */
export interface RecountPart {
  recount: DossierRecount | undefined;
  issues: RegisterIssue[];
  codes: CodeSnapshot;
}

// Issues about the header: both parts read the same header and say the same.
const HEADER_ISSUES = new Set(['register.missing-column', 'register.unread-columns']);

/**
 * Joins the recounts of two consecutive parts of one register read apart (in two threads): the
 * first from the header on, the second with the header put back before its rows, its rows
 * numbered from 2. The result is what one reading of the whole register gives: counts added,
 * the second part's rows renumbered, issues joined in the order first met. Returns undefined
 * when no exact join exists (a dossier code of the second part already seen in the first: one
 * reading would not have counted that row); the caller then reads the register whole.
 *
 * @example
 * mergeRecounts(first, second) ?? readWhole()
 */
export function mergeRecounts(
  first: RecountPart,
  second: RecountPart,
): { recount: DossierRecount | undefined; issues: RegisterIssue[] } | undefined {
  const a = first.recount;
  const b = second.recount;
  if (!a || !b) return { recount: a, issues: first.issues };
  const seen = CodeSet.from(first.codes);
  const { hi, lo, rows } = second.codes;
  for (let i = 0; i < rows.length; i++)
    if (rows[i] !== 0 && seen.rowOf(hi[i]!, lo[i]!) !== 0) return undefined;

  const offset = a.rows;
  const shift = (rows: number[] | undefined) => rows?.map((r) => r + offset);
  const key = (i: RegisterIssue) =>
    `${i.code}|${i.column ?? ''}|${i.code === 'register.unknown-channel' ? registerKey(i.value ?? '') : ''}`;
  const issues = new Map<string, RegisterIssue>();
  for (const i of first.issues) issues.set(key(i), { ...i, rows: [...i.rows] });
  for (const i of second.issues) {
    if (HEADER_ISSUES.has(i.code)) continue;
    const known = issues.get(key(i));
    if (!known) {
      issues.set(key(i), { ...i, rows: shift(i.rows)!, firstRows: shift(i.firstRows) });
      continue;
    }
    known.count += i.count;
    known.rows = [...known.rows, ...shift(i.rows)!].slice(0, ROWS_SHOWN);
    if (known.firstRows)
      known.firstRows = [...known.firstRows, ...(shift(i.firstRows) ?? [])].slice(0, ROWS_SHOWN);
  }

  const recount: DossierRecount = {
    period: a.period,
    rows: a.rows + b.rows,
    read: a.read,
    received: {
      total: a.received.total + b.received.total,
      online: a.received.online + b.received.online,
      direct: a.received.direct + b.received.direct,
      postal: a.received.postal + b.received.postal,
      carriedOver: a.received.carriedOver + b.received.carriedOver,
    },
    resolved: {
      total: a.resolved.total + b.resolved.total,
      early: a.resolved.early + b.resolved.early,
      onTime: a.resolved.onTime + b.resolved.onTime,
      late: a.resolved.late + b.resolved.late,
    },
    pending: {
      total: a.pending.total + b.pending.total,
      withinDeadline: a.pending.withinDeadline + b.pending.withinDeadline,
      overdue: a.pending.overdue + b.pending.overdue,
    },
    withdrawn: a.withdrawn + b.withdrawn,
    suspended: a.suspended + b.suspended,
    outside: {
      resolvedBefore: a.outside.resolvedBefore + b.outside.resolvedBefore,
      receivedAfter: a.outside.receivedAfter + b.outside.receivedAfter,
      notCounted: a.outside.notCounted + b.outside.notCounted,
    },
  };
  return { recount, issues: [...issues.values()] };
}
