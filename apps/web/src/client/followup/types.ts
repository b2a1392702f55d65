import type { Day } from '../api.js';

// The follow-up API's answers (src/server/routes/followups.ts), as the client reads them.

export type RecommendationStatus =
  | 'pending'
  | 'in-progress'
  | 'done'
  | 'partly-done'
  | 'not-done'
  | 'unsatisfactory';

export const STATUSES: readonly RecommendationStatus[] = [
  'pending',
  'in-progress',
  'done',
  'partly-done',
  'not-done',
  'unsatisfactory',
];

export interface WrittenDate {
  written: string;
  iso: string;
}

/** GET /api/followups/open: one page of the open recommendations. */
export interface OpenList {
  asOf: Day;
  addressee: string | null;
  total: number;
  overdue: number;
  limit: number;
  offset: number;
  items: OpenItem[];
}

export interface OpenItem {
  supervision: { id: number; slug: string; subject: string; commune: string; year: number };
  index: number;
  number: string | null;
  addressee: string;
  content: string;
  status: RecommendationStatus;
  deadline: WrittenDate | null;
  /** The part whose deadline is counted ("a)"), when it is a part's. */
  deadlinePart: string | null;
  daysToDeadline: number | null;
  overdue: boolean;
  latest: { vi: string; en: string } | null;
  takenUpBy: { supervision: string; recommendation?: number } | null;
}

export interface EntryView {
  id: number;
  date: string;
  status: RecommendationStatus;
  note?: string;
  responses: unknown[];
  part?: string;
  recordedBy: { id: number; name: string } | null;
  recordedAt: string;
}

/** GET /api/supervisions/:id/followups. */
export interface FollowUpRead {
  supervision: { id: number; slug: string; subject: string; followable: boolean };
  asOf: Day & { iso: string };
  recommendations: {
    index: number;
    number: string | null;
    title: string | null;
    addressee: string;
    content: string;
    deadline: WrittenDate | null;
    parts: {
      label: string;
      content: string;
      deadline: WrittenDate | null;
      status: RecommendationStatus;
      daysToDeadline: number | null;
      open: boolean;
      overdue: boolean;
    }[];
    status: RecommendationStatus;
    daysToDeadline: number | null;
    open: boolean;
    overdue: boolean;
    entries: EntryView[];
    takenUpBy: { id: number; slug: string; subject: string | null; recommendation: number | null } | null;
  }[];
  takesUp: {
    supervision: { id: number; slug: string; subject: string | null };
    recommendation: number;
    into: number | null;
  }[];
}

/** "20/01/2025": a day as a form shows it. */
export const writtenDay = (d: Day): string =>
  `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;

/** A citation as stored (its text as written, or a structured one with its text). */
export const citationText = (c: unknown): string =>
  typeof c === 'string' ? c : ((c as { text?: string }).text ?? JSON.stringify(c));
