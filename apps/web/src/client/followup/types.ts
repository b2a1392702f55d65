import { RECOMMENDATION_STATUSES } from '../../shared/api.js';
import type { Day } from '../api.js';

// The follow-up API's answers are the server's schemas (src/shared/followups.ts).
export type {
  EntryView,
  FollowUpRead,
  OpenItem,
  OpenList,
  RecommendationStatus,
} from '../../shared/followups.js';

export const STATUSES = RECOMMENDATION_STATUSES;

/** "20/01/2025": a day as a form shows it. */
export const writtenDay = (d: Day): string =>
  `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;

/** A citation as stored (its text as written, or a structured one with its text). */
export const citationText = (c: unknown): string =>
  typeof c === 'string' ? c : ((c as { text?: string }).text ?? JSON.stringify(c));
