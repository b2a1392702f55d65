import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Path } from '@diemmac/core';
import type { Deps } from '../context.js';
import type { SupervisionRow } from '../db/schema.js';
import { ApiError, invalidDocument } from '../errors.js';
import { readStages } from '../issuing/stage.js';
import { audit } from '../store/audit.js';
import {
  findSupervision,
  findSupervisionHead,
  insertSupervision,
  type ListFilter,
  listSupervisionPage,
  type SupervisionHead,
  storeSummary,
  supervisionsWithoutSummary,
  updateSupervision,
} from '../store/supervisions.js';
import { isUniqueViolation } from '../store/unique.js';
import { type Analysis, analyse } from './analyse.js';
import type { CachedRead } from './cached-read.js';
import { diffDocuments } from './diff.js';
import { derivedColumns, summaryColumns } from './status.js';
import { type Day, dayKey, isoDay } from './today.js';

/** A read, serialised once per (id, version, day): JSON bytes, their gzip, and an ETag. */
export type { CachedRead } from './cached-read.js';

function serialised(json: string, etag: string): CachedRead {
  const bytes = new TextEncoder().encode(json);
  return { bytes, gzip: new Uint8Array(gzipSync(bytes, { level: 6 })), etag };
}

export const today = (deps: Pick<Deps, 'today'>): Day => deps.today();

async function userName(deps: Pick<Deps, 'db'>, id: number | null): Promise<string | null> {
  if (id === null) return null;
  const row = await deps.db.kysely.selectFrom('users').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? null;
}

/** A stored document always parses (every write is validated); if not, that is a server fault. */
function analyseStored(row: SupervisionRow, day: Day): Analysis {
  const r = analyse(JSON.parse(row.document), day);
  if (!r.ok) throw new Error(`stored supervision ${row.id} no longer parses: ${JSON.stringify(r.issues[0])}`);
  return r.analysis;
}

/**
 * A supervision with its findings as of today, serialised. Cached per (id, version, day):
 * a new version or a new day reads and checks again; an unchanged one costs one query.
 */
export async function readSupervision(deps: Deps, id: number): Promise<CachedRead> {
  const head = await findSupervisionHead(deps.db.kysely, id);
  if (!head) throw new ApiError('not-found');
  const day = today(deps);
  const cached = deps.reads.get(`${id}:${head.version}:${dayKey(day)}`);
  if (cached !== undefined) return cached;
  const row = await findSupervision(deps.db.kysely, id);
  if (!row) throw new ApiError('not-found');
  const analysis = analyseStored(row, day);
  const read = await keepRead(deps, row, analysis, day);
  // The list's counts catch up with today whenever a supervision is opened.
  if (row.findings_as_of !== isoDay(day)) {
    await storeSummary(deps.db.kysely, row.id, row.version, summaryColumns(analysis.model, analysis, day));
    deps.lists.invalidate();
  }
  return read;
}

/** Serialises a read and files it in the cache under the version it was read with. */
async function keepRead(
  deps: Pick<Deps, 'db' | 'reads'>,
  row: SupervisionRow,
  analysis: Analysis,
  day: Day,
): Promise<CachedRead> {
  const json = JSON.stringify({
    supervision: {
      id: row.id,
      slug: row.slug,
      status: row.status,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      updatedBy: await userName(deps, row.updated_by),
      document: JSON.parse(row.document) as unknown,
    },
    findings: analysis.findings,
    counts: analysis.counts,
    today: day,
  });
  // The key carries the version read with the document, not the head's: a write in between
  // must not file the newer document under the older version.
  const read = serialised(json, `"s${row.id}-v${row.version}-${dayKey(day)}"`);
  deps.reads.set(`${row.id}:${row.version}:${dayKey(day)}`, read);
  return read;
}

/** One list item: the stored columns, counts as of the day they were computed for. */
function listItem(head: SupervisionHead) {
  return {
    id: head.id,
    slug: head.slug,
    year: head.year,
    bodyName: head.body_name,
    subject: head.subject ?? '',
    status: head.status,
    version: head.version,
    updatedAt: head.updated_at,
    counts: {
      error: head.findings_error ?? 0,
      warning: head.findings_warning ?? 0,
      info: head.findings_info ?? 0,
    },
    countsAsOf: head.findings_as_of,
  };
}

/**
 * A page of the list, from columns only: no document is parsed or checked here (each version's
 * counts were stored when it was written). A row written before summaries existed is
 * summarised once, here or by `backfillSummaries` at start.
 */
export async function listSupervisions(
  deps: Deps,
  query: ListFilter & { limit: number; offset: number },
): Promise<CachedRead> {
  const day = today(deps);
  const key = deps.lists.key([dayKey(day), query.limit, query.offset, query.status, query.year]);
  const cached = deps.lists.get(key);
  if (cached) return cached;
  const { rows, total } = await listSupervisionPage(deps.db.kysely, query);
  // Where each notice stands (Dự thảo → Trình ký → Đã ban hành) once it has been through the
  // issuing steps; null for one that never was (an imported notice keeps the status its data says).
  const stages = await readStages(
    deps.db.kysely,
    rows.map((r) => r.id),
  );
  const items = [];
  let summarised = false;
  for (const head of rows) {
    if (head.findings_as_of === null) {
      const row = await findSupervision(deps.db.kysely, head.id);
      if (!row) continue;
      const analysis = analyseStored(row, day);
      const summary = summaryColumns(analysis.model, analysis, day);
      await storeSummary(deps.db.kysely, row.id, row.version, summary);
      summarised = true;
      items.push({ ...listItem({ ...head, ...summary }), stage: stages.get(head.id) ?? null });
    } else items.push({ ...listItem(head), stage: stages.get(head.id) ?? null });
  }
  const json = JSON.stringify({
    supervisions: items,
    total,
    limit: query.limit,
    offset: query.offset,
    today: day,
  });
  const page = serialised(json, `"l${createHash('sha1').update(json).digest('base64url').slice(0, 20)}"`);
  // Filed under the generation read before the queries: if a write committed meanwhile, this
  // page is never found again. Writes invalidate after they commit.
  if (summarised) deps.lists.invalidate();
  return deps.lists.set(key, page);
}

/**
 * Computes the stored summary of every row that has none (rows written before the summary
 * columns existed), in batches. Run at start, after the migrations.
 *
 * @example
 * await backfillSummaries({ db, today }); // 5000 rows → 5000
 */
export async function backfillSummaries(deps: Pick<Deps, 'db' | 'today'>): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await supervisionsWithoutSummary(deps.db.kysely, 100);
    if (rows.length === 0) return done;
    const day = deps.today();
    for (const row of rows) {
      const analysis = analyseStored(row, day);
      await storeSummary(deps.db.kysely, row.id, row.version, summaryColumns(analysis.model, analysis, day));
      done++;
    }
  }
}

/**
 * Stores a new supervision after the core's schema accepts it. `prefix` is where the
 * document sat in the request body, so issue paths point into that body.
 */
export async function createSupervision(
  deps: Pick<Deps, 'db' | 'now' | 'today'> & Partial<Pick<Deps, 'lists' | 'reads'>>,
  document: unknown,
  options: {
    userId: number | null;
    action: 'supervision.create' | 'supervision.import' | 'supervision.seed';
    prefix: Path;
  },
): Promise<number> {
  const day = today(deps);
  const r = analyse(document, day);
  if (!r.ok) throw invalidDocument(r.issues, options.prefix);
  const columns = derivedColumns(r.analysis.model, r.analysis, day);
  try {
    const row = await deps.db.kysely.transaction().execute(async (trx) => {
      const at = deps.now().toISOString();
      const row = await insertSupervision(trx, {
        ...columns,
        document: JSON.stringify(document),
        at,
        userId: options.userId,
      });
      await audit(trx, {
        at,
        userId: options.userId,
        action: options.action,
        supervisionId: row.id,
        detail: { slug: row.slug, version: 1 },
      });
      return row;
    });
    deps.lists?.invalidate();
    // The checks just ran: the read that usually follows need not run them again.
    if (deps.reads) await keepRead(deps as Pick<Deps, 'db' | 'reads'>, row, r.analysis, day);
    return row.id;
  } catch (err) {
    if (isUniqueViolation(err)) throw new ApiError('slug.taken', { slug: columns.slug });
    throw err;
  }
}

async function conflict(deps: Deps, id: number, sent: number): Promise<ApiError> {
  const current = await findSupervision(deps.db.kysely, id);
  if (!current) return new ApiError('not-found');
  return new ApiError(
    'version.conflict',
    { current: current.version, sent },
    {
      current: {
        version: current.version,
        document: JSON.parse(current.document) as unknown,
        updatedAt: current.updated_at,
        updatedBy: await userName(deps, current.updated_by),
      },
    },
  );
}

/**
 * Saves a document over version `expected`. A stale version is refused with the current
 * one (409) and nothing is written; the save and its audit entry commit together.
 */
export async function saveSupervision(
  deps: Deps,
  id: number,
  expected: number,
  document: unknown,
  userId: number,
): Promise<void> {
  const day = today(deps);
  const r = analyse(document, day);
  if (!r.ok) throw invalidDocument(r.issues, ['document']);
  const columns = derivedColumns(r.analysis.model, r.analysis, day);
  let stale = false;
  try {
    await deps.db.kysely.transaction().execute(async (trx) => {
      const before = await findSupervision(trx, id);
      if (!before) throw new ApiError('not-found');
      if (before.version !== expected) {
        stale = true;
        return;
      }
      const at = deps.now().toISOString();
      const ok = await updateSupervision(trx, id, expected, {
        ...columns,
        document: JSON.stringify(document),
        at,
        userId,
      });
      if (!ok) {
        stale = true;
        return;
      }
      const { changes, more } = diffDocuments(JSON.parse(before.document), document);
      await audit(trx, {
        at,
        userId,
        action: 'supervision.update',
        supervisionId: id,
        detail: { version: expected + 1, changes, ...(more > 0 ? { more } : {}) },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new ApiError('slug.taken', { slug: columns.slug });
    throw err;
  }
  if (stale) throw await conflict(deps, id, expected);
  deps.lists.invalidate();
  const saved = await findSupervision(deps.db.kysely, id);
  if (saved?.version === expected + 1) await keepRead(deps, saved, r.analysis, day);
}

export { conflict as versionConflict };
