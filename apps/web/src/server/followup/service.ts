import type { CivilDate, Recommendation, Supervision } from '@diemmac/core';
import { Supervision as SupervisionSchema } from '@diemmac/core';
import {
  deadlinePartName,
  entryWords,
  FollowUp,
  type FollowUpEntryInput,
  followedRecommendations,
  type OpenRecommendation,
  partKey,
  recommendationState,
} from '@diemmac/core/followup';
import * as z from 'zod';
import type { Deps } from '../context.js';
import { ApiError } from '../errors.js';
import { audit } from '../store/audit.js';
import { findSupervision } from '../store/supervisions.js';
import { type Day, isoDay } from '../supervisions/today.js';
import { followUpIssue } from './messages.js';
import type { RecordEntry } from './schemas.js';
import {
  insertEntry,
  listEntries,
  listLinks,
  type StoredEntry,
  type StoredLink,
  writeLink,
} from './store.js';

// What a follow-up needs of a stored supervision: its names and its recommendations. The rest
// (figures, sections) is neither parsed nor checked here.
// (The pick is loosened: the stored document holds every other field too.)
const Followed = z.object(
  SupervisionSchema.pick({ id: true, year: true, subject: true, locality: true, recommendations: true })
    .shape,
);

interface FollowedSupervision {
  dbId: number;
  slug: string;
  /** Enough of the model for the core's follow-up functions, which read only these fields. */
  model: Supervision;
  recommendations: Recommendation[];
}

function followed(row: { id: number; slug: string; document: string }): FollowedSupervision {
  const r = Followed.safeParse(JSON.parse(row.document));
  // Every stored document was validated on write: failing here is a server fault, not the user's.
  if (!r.success) throw new Error(`stored supervision ${row.id} no longer parses: ${r.error.message}`);
  return {
    dbId: row.id,
    slug: row.slug,
    model: r.data as unknown as Supervision,
    recommendations: r.data.recommendations,
  };
}

/** A notice is followed up once issued: it has its number and its day (status issued or closed). */
const followable = (status: string) => status !== 'draft';

/** The label of a recommendation's part: its number as written ("a)"), else its position from 1. */
export const partLabel = (part: { number?: string | undefined }, i: number): string =>
  part.number?.trim() || String(i + 1);

/** The follow-ups of one supervision's recommendations, in the core's shape. */
function followUpsOf(entries: readonly StoredEntry[], links: readonly StoredLink[]): FollowUp[] {
  return followUpInputs(entries, links).map((f) => FollowUp.parse(f));
}

/** The same as input documents (dates as written): what a worker thread is sent to parse. */
function followUpInputs(entries: readonly StoredEntry[], links: readonly StoredLink[]): unknown[] {
  const byRec = new Map<number, { recommendation: number; entries: unknown[]; takenUpBy?: unknown }>();
  const get = (n: number) => {
    let f = byRec.get(n);
    if (!f) {
      f = { recommendation: n, entries: [] };
      byRec.set(n, f);
    }
    return f;
  };
  for (const e of entries) {
    get(e.recommendation).entries.push({
      ...(e.entry as object),
      ...(e.recordedBy ? { recordedBy: e.recordedBy.name } : {}),
    });
  }
  for (const l of links) {
    get(l.recommendation).takenUpBy = {
      supervision: l.other.slug,
      ...(l.takenUpRecommendation !== null ? { recommendation: l.takenUpRecommendation } : {}),
    };
  }
  return [...byRec.values()];
}

/** A supervision's stored document and its follow-ups as input documents, for the report's worker. */
export async function reportInput(deps: Pick<Deps, 'db'>, id: number) {
  const { kysely } = deps.db;
  const row = await findSupervision(kysely, id);
  if (!row) throw new ApiError('not-found');
  if (!followable(row.status)) throw new ApiError('followup.not-issued');
  const [entries, links] = await Promise.all([listEntries(kysely, [id]), listLinks(kysely, [id], 'from')]);
  return { slug: row.slug, document: row.document, followUps: followUpInputs(entries, links) };
}

const dateOut = (d: CivilDate | undefined) => (d ? { written: d.written, iso: isoDay(d) } : null);

/**
 * A supervision's recommendations with their state as of a day, their history and their
 * links to later (or earlier) supervisions.
 */
export async function readFollowUps(deps: Pick<Deps, 'db'>, id: number, asOf: Day) {
  const { kysely } = deps.db;
  const row = await findSupervision(kysely, id);
  if (!row) throw new ApiError('not-found');
  const s = followed(row);
  const [entries, links, takesUp] = await Promise.all([
    listEntries(kysely, [id]),
    listLinks(kysely, [id], 'from'),
    listLinks(kysely, [id], 'by'),
  ]);
  const followUps = new Map(followUpsOf(entries, links).map((f) => [f.recommendation, f]));
  return {
    supervision: { id, slug: row.slug, subject: s.model.subject, followable: followable(row.status) },
    asOf: { ...asOf, iso: isoDay(asOf) },
    recommendations: s.recommendations.map((rec, index) => {
      const state = recommendationState(rec, followUps.get(index), asOf);
      const link = links.find((l) => l.recommendation === index);
      return {
        index,
        number: rec.number ?? null,
        title: rec.title ?? null,
        addressee: rec.addressee,
        content: rec.content,
        deadline: dateOut(rec.deadline),
        parts: state.parts.map((p) => ({
          label: partLabel(p, p.index),
          content: p.content,
          deadline: dateOut(p.deadline),
          status: p.status,
          daysToDeadline: p.daysToDeadline ?? null,
          open: p.open,
          overdue: p.overdue,
        })),
        status: state.status,
        deadlineCounted: dateOut(state.deadline),
        deadlinePart: deadlinePartName(state) || null,
        daysToDeadline: state.daysToDeadline ?? null,
        open: state.open,
        overdue: state.overdue,
        entries: entries
          .filter((e) => e.recommendation === index)
          .map((e) => ({
            id: e.id,
            ...(e.entry as object),
            recordedBy: e.recordedBy,
            recordedAt: e.recordedAt,
          })),
        takenUpBy: link ? { ...link.other, recommendation: link.takenUpRecommendation } : null,
      };
    }),
    takesUp: takesUp.map((l) => ({
      supervision: l.other,
      recommendation: l.recommendation,
      into: l.takenUpRecommendation,
    })),
  };
}

/** Records one step of a recommendation's follow-up, audited in the same transaction. */
export async function recordEntry(
  deps: Pick<Deps, 'db' | 'now'>,
  id: number,
  input: RecordEntry,
  sent: Record<string, unknown>,
  userId: number,
): Promise<number> {
  const { kysely } = deps.db;
  const row = await findSupervision(kysely, id);
  if (!row) throw new ApiError('not-found');
  if (!followable(row.status)) throw new ApiError('followup.not-issued');
  const recs = followed(row).recommendations;
  const rec = recs[input.recommendation];
  if (!rec)
    throw followUpIssue('followup.unknown-recommendation', ['recommendation'], { count: recs.length });
  // A part is named as the notice numbers it, with or without its bracket ("b)", "b").
  if (input.part !== undefined && !rec.parts.some((p, i) => partKey(p, i) === partKey(input.part ?? ''))) {
    throw followUpIssue('followup.unknown-part', ['part'], {
      parts: rec.parts.map(partLabel).join(', ') || '-',
    });
  }
  // Kept as an input document keeps it: the date and the citations as written (the sent
  // citations, validated, not their parsed form); who recorded it is the row's user.
  const entry: FollowUpEntryInput = {
    date: input.date.written,
    status: input.status,
    ...(input.note ? { note: input.note } : {}),
    responses: Array.isArray(sent.responses) ? (sent.responses as FollowUpEntryInput['responses']) : [],
    ...(input.part !== undefined ? { part: input.part } : {}),
  };
  return kysely.transaction().execute(async (trx) => {
    const at = deps.now().toISOString();
    const entryId = await insertEntry(trx, {
      supervisionId: id,
      recommendation: input.recommendation,
      day: isoDay(input.date),
      status: input.status,
      entry,
      userId,
      at,
    });
    await audit(trx, {
      at,
      userId,
      action: 'followup.record',
      supervisionId: id,
      detail: { entryId, recommendation: input.recommendation, ...entry },
    });
    return entryId;
  });
}

/** Sets or clears the later supervision taking a recommendation up (giám sát lại), audited. */
export async function takeUp(
  deps: Pick<Deps, 'db' | 'now'>,
  id: number,
  input: {
    recommendation: number;
    takenUpBy: { supervision: number; recommendation?: number | undefined } | null;
  },
  userId: number,
): Promise<void> {
  const { kysely } = deps.db;
  const row = await findSupervision(kysely, id);
  if (!row) throw new ApiError('not-found');
  const recs = followed(row).recommendations;
  if (!recs[input.recommendation])
    throw followUpIssue('followup.unknown-recommendation', ['recommendation'], { count: recs.length });
  const target = input.takenUpBy;
  if (target) {
    if (target.supervision === id) throw followUpIssue('followup.self', ['takenUpBy', 'supervision'], {});
    const later = await findSupervision(kysely, target.supervision);
    if (!later)
      throw followUpIssue('followup.unknown-supervision', ['takenUpBy', 'supervision'], {
        id: target.supervision,
      });
    const count = followed(later).recommendations.length;
    if (target.recommendation !== undefined && target.recommendation >= count)
      throw followUpIssue('followup.unknown-recommendation', ['takenUpBy', 'recommendation'], { count });
  }
  await kysely.transaction().execute(async (trx) => {
    const at = deps.now().toISOString();
    await writeLink(trx, {
      supervisionId: id,
      recommendation: input.recommendation,
      takenUpBy: target?.supervision ?? null,
      takenUpRecommendation: target?.recommendation ?? null,
      at,
    });
    await audit(trx, {
      at,
      userId,
      action: 'followup.take-up',
      supervisionId: id,
      detail: { recommendation: input.recommendation, takenUpBy: target },
    });
  });
}

/** One open recommendation with the database id of its supervision, for links and exports. */
export interface OpenItem extends OpenRecommendation {
  supervisionDbId: number;
}

/**
 * Every recommendation across the issued supervisions as of a day, open ones first and most
 * overdue first (`open: true` keeps only those), optionally only those of one addressee.
 * Reads documents, so it costs a parse of each issued supervision's recommendations (not of
 * its figures).
 */
export async function openItems(
  deps: Pick<Deps, 'db'>,
  options: { asOf: Day; addressee?: string | undefined; open?: boolean; supervision?: number },
): Promise<OpenItem[]> {
  const { kysely } = deps.db;
  let query = kysely
    .selectFrom('supervisions')
    .select(['id', 'slug', 'document'])
    .where('status', '!=', 'draft')
    .orderBy('id');
  if (options.supervision !== undefined) query = query.where('id', '=', options.supervision);
  const rows = await query.execute();
  const supervisions = rows.map(followed);
  const ids = supervisions.map((s) => s.dbId);
  const [entries, links] = await Promise.all([listEntries(kysely, ids), listLinks(kysely, ids, 'from')]);
  const items = supervisions.map((s) => ({
    supervision: s.model,
    followUps: followUpsOf(
      entries.filter((e) => e.supervisionId === s.dbId),
      links.filter((l) => l.supervisionId === s.dbId),
    ),
  }));
  const bySlug = new Map(supervisions.map((s) => [s.slug, s.dbId]));
  const all = followedRecommendations(items, { asOf: options.asOf, addressee: options.addressee });
  return (options.open === false ? all : all.filter((o) => o.open)).map((o) => ({
    ...o,
    supervisionDbId: bySlug.get(o.supervision.id) ?? 0,
  }));
}

/** An open recommendation as the API answers it. */
export function openItemOut(o: OpenItem) {
  return {
    supervision: { ...o.supervision, slug: o.supervision.id, id: o.supervisionDbId },
    index: o.index,
    number: o.number ?? null,
    addressee: o.addressee,
    content: o.content,
    status: o.status,
    deadline: dateOut(o.deadline),
    /** The part whose deadline is counted ("b)"), when it is a part's rather than the whole's. */
    deadlinePart: deadlinePartName(o) || null,
    daysToDeadline: o.daysToDeadline ?? null,
    latest: o.latest ? { vi: entryWords(o.latest, 'vi'), en: entryWords(o.latest, 'en') } : null,
    overdue: o.overdue,
    takenUpBy: o.takenUpBy ?? null,
  };
}
