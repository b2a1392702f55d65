import { compareDates } from '../dates/calendar.js';
import { epochDay } from '../dates/epoch.js';
import type { CivilDate } from '../figures/values.js';
import type { RECOMMENDATION_STATUSES, Recommendation, Supervision } from '../supervision/schema.js';
import type { FollowUp, FollowUpEntry } from './schema.js';

export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** Where a recommendation stands on a given day. */
export interface RecommendationState {
  status: RecommendationStatus;
  /** The entry that set the status, if any was recorded by that day. */
  latest?: FollowUpEntry | undefined;
  deadline?: CivilDate | undefined;
  /** Days from the day asked to the deadline: negative once it has passed. */
  daysToDeadline?: number | undefined;
  /** Not finished (anything but `done`). */
  open: boolean;
  /** Open and past its deadline on the day asked. */
  overdue: boolean;
  takenUpBy?: FollowUp['takenUpBy'];
}

/**
 * A recommendation's status as of a day: the latest follow-up entry dated on or before it,
 * else the status the notice gave. Entries dated after `asOf` are not yet known then.
 *
 * @example
 * recommendationState(rec, followUp, { year: 2025, month: 3, day: 1 }) // { status: 'in-progress', daysToDeadline: -14, overdue: true, … }
 */
export function recommendationState(
  recommendation: Recommendation,
  followUp: FollowUp | undefined,
  asOf: { year: number; month: number; day: number },
): RecommendationState {
  let latest: FollowUpEntry | undefined;
  for (const entry of followUp?.entries ?? []) {
    if (compareDates(entry.date, asOf) > 0) continue;
    if (!latest || compareDates(entry.date, latest.date) >= 0) latest = entry;
  }
  const status = latest?.status ?? recommendation.status;
  const open = status !== 'done';
  const deadline = recommendation.deadline;
  const daysToDeadline = deadline ? epochDay(deadline) - epochDay(asOf) : undefined;
  return {
    status,
    latest,
    deadline,
    daysToDeadline,
    open,
    overdue: open && daysToDeadline !== undefined && daysToDeadline < 0,
    takenUpBy: followUp?.takenUpBy,
  };
}

/** One line of the list of open recommendations. */
export interface OpenRecommendation extends RecommendationState {
  supervision: { id: string; subject: string; commune: string; year: number };
  /** Index in the notice's recommendations. */
  index: number;
  addressee: string;
  content: string;
}

export interface OpenRecommendationsOptions {
  asOf: { year: number; month: number; day: number };
  /** Keep only recommendations whose addressee contains this text (case and accents kept). */
  addressee?: string | undefined;
}

/**
 * Every recommendation not yet done across supervisions, as of a day, most urgent first
 * (furthest past its deadline; those without a deadline last).
 *
 * @example
 * openRecommendations([{ supervision, followUps }], { asOf: { year: 2025, month: 6, day: 30 } })
 */
export function openRecommendations(
  items: readonly { supervision: Supervision; followUps?: readonly FollowUp[] | undefined }[],
  options: OpenRecommendationsOptions,
): OpenRecommendation[] {
  const out: OpenRecommendation[] = [];
  const wanted = options.addressee?.normalize('NFC').toLocaleLowerCase('vi');
  for (const { supervision, followUps } of items) {
    const byIndex = new Map((followUps ?? []).map((f) => [f.recommendation, f]));
    supervision.recommendations.forEach((rec, index) => {
      if (wanted && !rec.addressee.normalize('NFC').toLocaleLowerCase('vi').includes(wanted)) return;
      const state = recommendationState(rec, byIndex.get(index), options.asOf);
      if (!state.open) return;
      out.push({
        ...state,
        supervision: {
          id: supervision.id,
          subject: supervision.subject,
          commune: supervision.locality.name,
          year: supervision.year,
        },
        index,
        addressee: rec.addressee,
        content: rec.content,
      });
    });
  }
  const key = (r: OpenRecommendation) => r.daysToDeadline ?? Number.POSITIVE_INFINITY;
  return out.sort((a, b) => key(a) - key(b));
}
