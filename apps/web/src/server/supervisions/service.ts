import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Path } from '@diemmac/core';
import type { Deps } from '../context.js';
import type { SupervisionRow } from '../db/schema.js';
import { ApiError, invalidDocument } from '../errors.js';
import { readStages } from '../issuing/stage.js';
import { type PackInUse, PackRegistry } from '../packs/registry.js';
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

/** The registry of packs, or one reading the database directly (tests' and tools' partial deps). */
const packsOf = (deps: Pick<Deps, 'db'> & Partial<Pick<Deps, 'packs'>>): PackRegistry =>
  deps.packs ?? new PackRegistry(deps.db);

/** A stored document always parses (every write is validated); if not, that is a server fault. */
function analyseStored(row: SupervisionRow, day: Day, pack: PackInUse): Analysis {
  const r = analyse(JSON.parse(row.document), day, pack.resolved);
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
  const pack = await deps.packs.forSupervision(head.pack_pin);
  const cached = deps.reads.get(readKey(id, head.version, day, pack, head.pack_pin));
  if (cached !== undefined) return cached;
  const row = await findSupervision(deps.db.kysely, id);
  if (!row) throw new ApiError('not-found');
  const analysis = analyseStored(row, day, pack);
  const read = await keepRead(deps, row, analysis, day, pack);
  // The list's counts catch up with today, and with the pack in use, whenever a supervision is opened.
  if (row.findings_as_of !== isoDay(day) || row.pack_id !== pack.id || row.pack_version !== pack.version) {
    await storeSummary(
      deps.db.kysely,
      row.id,
      row.version,
      summaryColumns(analysis.model, analysis, day, analysis.pack),
    );
    deps.lists.invalidate();
  }
  return read;
}

/** A read is cached per (id, version, day, pack, pinned or not): another pack in use checks again. */
const readKey = (id: number, version: number, day: Day, pack: PackInUse, pin: number | null) =>
  `${id}:${version}:${dayKey(day)}:${packTag(pack, pin)}`;
const packTag = (pack: PackInUse, pin: number | null) => `p${pack.row ?? 0}${pin === null ? '' : 'pin'}`;

/** Serialises a read and files it in the cache under the version it was read with. */
async function keepRead(
  deps: Pick<Deps, 'db' | 'reads'>,
  row: SupervisionRow,
  analysis: Analysis,
  day: Day,
  pack: PackInUse,
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
    // The pack the findings were checked under, and whether this supervision is pinned to it.
    // An installed pack comes with its data, so the editor checks live under the same pack.
    pack: {
      id: pack.id,
      version: pack.version,
      name: pack.name,
      row: pack.row,
      pinned: row.pack_pin !== null,
      ...(pack.content === undefined ? {} : { data: JSON.parse(pack.content) as unknown }),
    },
    today: day,
  });
  // The key carries the version read with the document, not the head's: a write in between
  // must not file the newer document under the older version.
  const read = serialised(json, `"s${row.id}-v${row.version}-${dayKey(day)}-${packTag(pack, row.pack_pin)}"`);
  deps.reads.set(readKey(row.id, row.version, day, pack, row.pack_pin), read);
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
    pack: head.pack_id === null ? null : { id: head.pack_id, version: head.pack_version },
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
      const analysis = analyseStored(row, day, await deps.packs.forSupervision(row.pack_pin));
      const summary = summaryColumns(analysis.model, analysis, day, analysis.pack);
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
export async function backfillSummaries(
  deps: Pick<Deps, 'db' | 'today'> & Partial<Pick<Deps, 'packs'>>,
): Promise<number> {
  const packs = packsOf(deps);
  let done = 0;
  for (;;) {
    const rows = await supervisionsWithoutSummary(deps.db.kysely, 100);
    if (rows.length === 0) return done;
    const day = deps.today();
    for (const row of rows) {
      const analysis = analyseStored(row, day, await packs.forSupervision(row.pack_pin));
      await storeSummary(
        deps.db.kysely,
        row.id,
        row.version,
        summaryColumns(analysis.model, analysis, day, analysis.pack),
      );
      done++;
    }
  }
}

/**
 * Stores a new supervision after the core's schema accepts it. `prefix` is where the
 * document sat in the request body, so issue paths point into that body.
 */
export async function createSupervision(
  deps: Pick<Deps, 'db' | 'now' | 'today'> & Partial<Pick<Deps, 'lists' | 'reads' | 'packs'>>,
  document: unknown,
  options: {
    userId: number | null;
    action: 'supervision.create' | 'supervision.import' | 'supervision.seed';
    prefix: Path;
  },
): Promise<number> {
  const day = today(deps);
  // A new supervision is checked under the installation's pack (it has no pin yet).
  const pack = await packsOf(deps).inUse();
  const r = analyse(document, day, pack.resolved);
  if (!r.ok) throw invalidDocument(r.issues, options.prefix);
  const columns = derivedColumns(r.analysis.model, r.analysis, day, r.analysis.pack);
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
    if (deps.reads) await keepRead(deps as Pick<Deps, 'db' | 'reads'>, row, r.analysis, day, pack);
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
  const head = await findSupervisionHead(deps.db.kysely, id);
  if (!head) throw new ApiError('not-found');
  const pack = await deps.packs.forSupervision(head.pack_pin);
  const r = analyse(document, day, pack.resolved);
  if (!r.ok) throw invalidDocument(r.issues, ['document']);
  const columns = derivedColumns(r.analysis.model, r.analysis, day, r.analysis.pack);
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
  // Kept only if the pin it was checked under is still the row's (a pin may have changed meanwhile).
  if (saved?.version === expected + 1 && saved.pack_pin === head.pack_pin)
    await keepRead(deps, saved, r.analysis, day, pack);
}

export { conflict as versionConflict };
