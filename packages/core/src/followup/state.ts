import { compareDates } from '../dates/calendar.js';
import { epochDay } from '../dates/epoch.js';
import type { CivilDate } from '../figures/values.js';
import type { RECOMMENDATION_STATUSES, Recommendation, Supervision } from '../supervision/schema.js';
import { partKey } from './parts.js';
import type { FollowUp, FollowUpEntry } from './schema.js';

export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** A civil day asked about: the core never reads the clock, the caller says which day. */
export interface AsOf {
  year: number;
  month: number;
  day: number;
}

/** Where one part of a recommendation ("b) Hoàn thành số hóa trước 31/12/2024") stands. */
export interface PartState {
  /** Position among the recommendation's parts, from 0. */
  index: number;
  /** The part's number as written ("b)"), if it has one. */
  number?: string | undefined;
  content: string;
  status: RecommendationStatus;
  /** The entry recorded for this part that set its status, if any by that day. */
  latest?: FollowUpEntry | undefined;
  deadline?: CivilDate | undefined;
  daysToDeadline?: number | undefined;
  open: boolean;
  overdue: boolean;
}

/** Where a recommendation stands on a given day. */
export interface RecommendationState {
  status: RecommendationStatus;
  /** The entry that set the status, if any was recorded by that day (for the whole or a part). */
  latest?: FollowUpEntry | undefined;
  /**
   * The nearest deadline still open: the recommendation's own, or that of a part not yet done
   * (then `deadlinePart` says which). Undefined when nothing open has a deadline.
   */
  deadline?: CivilDate | undefined;
  /** Index of the part whose deadline `deadline` is; undefined when it is the recommendation's own. */
  deadlinePart?: number | undefined;
  /** Days from the day asked to `deadline`: negative once it has passed. */
  daysToDeadline?: number | undefined;
  /** Not finished (anything but `done`). */
  open: boolean;
  /** Open and past a deadline (its own or an open part's) on the day asked. */
  overdue: boolean;
  /** The parts with their own deadlines and statuses, in the notice's order. */
  parts: PartState[];
  takenUpBy?: FollowUp['takenUpBy'];
}

/** The latest entry dated on or before `asOf` among those kept; ties go to the later-listed one. */
function latestEntry(
  entries: readonly FollowUpEntry[],
  asOf: AsOf,
  keep: (e: FollowUpEntry) => boolean,
): FollowUpEntry | undefined {
  let latest: FollowUpEntry | undefined;
  for (const entry of entries) {
    if (!keep(entry) || compareDates(entry.date, asOf) > 0) continue;
    if (!latest || compareDates(entry.date, latest.date) >= 0) latest = entry;
  }
  return latest;
}

const daysTo = (deadline: CivilDate | undefined, asOf: AsOf) =>
  deadline ? epochDay(deadline) - epochDay(asOf) : undefined;

/**
 * The status the parts give the whole when no entry speaks for the whole: every part done is
 * done, some done is partly done; otherwise what the notice said.
 */
function fromParts(parts: readonly PartState[], notice: RecommendationStatus): RecommendationStatus {
  if (parts.length === 0) return notice;
  if (parts.every((p) => p.status === 'done')) return 'done';
  if (parts.some((p) => p.status === 'done' || p.status === 'partly-done')) return 'partly-done';
  return notice;
}

/**
 * A recommendation's status as of a day: the latest follow-up entry for the whole dated on or
 * before it, else what its parts say, else the status the notice gave. Each part has its own
 * status (entries naming the part: `part: "b)"`) and deadline; the recommendation's deadline
 * is the nearest one still open. Entries dated after `asOf` are not yet known then.
 *
 * @example
 * recommendationState(rec, followUp, { year: 2025, month: 3, day: 1 }) // { status: 'in-progress', daysToDeadline: -14, overdue: true, … }
 */
export function recommendationState(
  recommendation: Recommendation,
  followUp: FollowUp | undefined,
  asOf: AsOf,
): RecommendationState {
  const entries = followUp?.entries ?? [];
  const whole = latestEntry(entries, asOf, (e) => e.part === undefined);
  const wholeDone = whole?.status === 'done';
  const parts = recommendation.parts.map((part, index): PartState => {
    const key = partKey(part, index);
    const own = latestEntry(entries, asOf, (e) => e.part !== undefined && partKey(e.part) === key);
    // Closing the whole closes every part; otherwise a part keeps its own history.
    const status = wholeDone ? 'done' : (own?.status ?? part.status ?? recommendation.status);
    const open = status !== 'done';
    const daysToDeadline = daysTo(part.deadline, asOf);
    return {
      index,
      number: part.number,
      content: part.content,
      status,
      latest: own,
      deadline: part.deadline,
      daysToDeadline,
      open,
      overdue: open && daysToDeadline !== undefined && daysToDeadline < 0,
    };
  });
  const status = whole?.status ?? fromParts(parts, recommendation.status);
  const open = status !== 'done';
  // The nearest deadline of what is still open: the whole's own, then each open part's.
  let deadline: CivilDate | undefined;
  let deadlinePart: number | undefined;
  if (open) {
    deadline = recommendation.deadline;
    for (const p of parts) {
      if (!p.open || !p.deadline) continue;
      if (!deadline || compareDates(p.deadline, deadline) < 0) {
        deadline = p.deadline;
        deadlinePart = p.index;
      }
    }
  } else {
    deadline = recommendation.deadline;
  }
  const daysToDeadline = daysTo(deadline, asOf);
  const partLatest = latestEntry(entries, asOf, (e) => e.part !== undefined);
  const latest =
    whole && partLatest
      ? compareDates(partLatest.date, whole.date) > 0
        ? partLatest
        : whole
      : (whole ?? partLatest);
  return {
    status,
    latest,
    deadline,
    deadlinePart,
    daysToDeadline,
    open,
    overdue: open && daysToDeadline !== undefined && daysToDeadline < 0,
    parts,
    takenUpBy: followUp?.takenUpBy,
  };
}

/** One line of the list of recommendations followed up (open or, when asked for, done). */
export interface OpenRecommendation extends RecommendationState {
  supervision: { id: string; subject: string; commune: string; year: number };
  /** Index in the notice's recommendations, from 0. */
  index: number;
  /** The number the notice wrote ("4.2"), if any; else show `index + 1`. */
  number?: string | undefined;
  addressee: string;
  content: string;
}

export interface OpenRecommendationsOptions {
  asOf: AsOf;
  /** Keep only recommendations whose addressee contains this text (ignoring case). */
  addressee?: string | undefined;
}

/** A supervision with the follow-ups of its recommendations. */
export interface FollowedSupervision {
  supervision: Supervision;
  followUps?: readonly FollowUp[] | undefined;
}

/**
 * Every recommendation across supervisions with where it stands as of a day, done ones
 * included: open ones first, most urgent first (furthest past its deadline; those without a
 * deadline after), then the done ones in the notices' order. The follow-up report lists these.
 *
 * @example
 * followedRecommendations([{ supervision, followUps }], { asOf: { year: 2025, month: 6, day: 30 } })
 */
export function followedRecommendations(
  items: readonly FollowedSupervision[],
  options: OpenRecommendationsOptions,
): OpenRecommendation[] {
  const out: OpenRecommendation[] = [];
  const wanted = options.addressee?.normalize('NFC').toLocaleLowerCase('vi');
  for (const { supervision, followUps } of items) {
    const byIndex = new Map((followUps ?? []).map((f) => [f.recommendation, f]));
    supervision.recommendations.forEach((rec, index) => {
      if (wanted && !rec.addressee.normalize('NFC').toLocaleLowerCase('vi').includes(wanted)) return;
      out.push({
        ...recommendationState(rec, byIndex.get(index), options.asOf),
        supervision: {
          id: supervision.id,
          subject: supervision.subject,
          commune: supervision.locality.name,
          year: supervision.year,
        },
        index,
        number: rec.number,
        addressee: rec.addressee,
        content: rec.content,
      });
    });
  }
  // Integer keys only: days are whole numbers; "no deadline" sorts after every day count.
  const rank = (r: OpenRecommendation) => (r.open ? (r.daysToDeadline === undefined ? 1 : 0) : 2);
  return out.sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0 || rank(a) !== 0) return byRank;
    return (a.daysToDeadline ?? 0) - (b.daysToDeadline ?? 0);
  });
}

/**
 * Every recommendation not yet done across supervisions, as of a day, most urgent first
 * (furthest past its deadline, a part's deadline included; those without a deadline last).
 *
 * @example
 * openRecommendations([{ supervision, followUps }], { asOf: { year: 2025, month: 6, day: 30 } })
 */
export function openRecommendations(
  items: readonly FollowedSupervision[],
  options: OpenRecommendationsOptions,
): OpenRecommendation[] {
  return followedRecommendations(items, options).filter((r) => r.open);
}

/** The figures of a follow-up report's summary line. */
export interface FollowUpSummary {
  total: number;
  done: number;
  open: number;
  overdue: number;
}

/**
 * Counts for the summary line: "x of y done, z overdue as of the day".
 *
 * @example
 * summarizeFollowUp(followedRecommendations(items, { asOf })) // { total: 4, done: 1, open: 3, overdue: 1 }
 */
export function summarizeFollowUp(
  rows: readonly Pick<RecommendationState, 'open' | 'overdue'>[],
): FollowUpSummary {
  let done = 0;
  let overdue = 0;
  for (const r of rows) {
    if (!r.open) done++;
    if (r.overdue) overdue++;
  }
  return { total: rows.length, done, open: rows.length - done, overdue };
}
