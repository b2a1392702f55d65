import { createHash } from 'node:crypto';
import { DEFAULT_PACK, safeResolvePack } from '@diemmac/core';
import type { Deps } from '../context.js';
import { ApiError, toApiIssues } from '../errors.js';
import { audit } from '../store/audit.js';
import { forgetUnpinnedSummaries } from '../store/supervisions.js';
import { isUniqueViolation } from '../store/unique.js';
import { readUpload } from '../supervisions/import.js';
import {
  findPackRow,
  findPackVersion,
  insertPackRow,
  listPackRows,
  readChoice,
  writeChoice,
} from './store.js';

/** JSON with every object's keys sorted: the same pack in YAML or JSON, in any key order, is one text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface Installed {
  /** False when this very pack version was already installed: nothing was written. */
  created: boolean;
  row: number;
  id: string;
  version: string;
}

/**
 * Installs a pack file's text (YAML or JSON) as a new immutable version, after the core validated
 * it. The version is the pack's own `version` field: sending the same pack again changes nothing,
 * sending other content under an installed id and version is refused (409). Audited as an install,
 * or as an update when another version of the same pack id was installed before.
 *
 * @example
 * const r = await installPack(deps, readFileSync('tn.yaml', 'utf8'), 'application/yaml', admin.id);
 * r // { created: true, row: 1, id: 'tn', version: '2025.2' }
 */
export async function installPack(
  deps: Pick<Deps, 'db' | 'now'>,
  text: string,
  contentType: string | undefined,
  userId: number,
): Promise<Installed> {
  const data = readUpload(text, contentType);
  const given = (data as { id?: unknown } | null)?.id;
  // Checked first: under the default pack's id every rule of the pack would also be misplaced.
  if (given === DEFAULT_PACK.id) throw new ApiError('pack.reserved', { id: given });
  const resolved = safeResolvePack(data);
  if (!resolved.ok)
    throw new ApiError(
      'pack.invalid',
      { count: resolved.issues.length },
      { issues: toApiIssues(resolved.issues) },
    );
  const { id, version, name } = resolved.value.pack;
  const content = JSON.stringify(data);
  const digest = createHash('sha256').update(canonical(data)).digest('hex');
  const same = async (): Promise<Installed> => {
    const existing = await findPackVersion(deps.db.kysely, id, version);
    if (!existing) throw new Error(`pack ${id} ${version} vanished`);
    if (existing.digest !== digest) throw new ApiError('pack.version-taken', { id, version });
    return { created: false, row: existing.id, id, version };
  };
  if (await findPackVersion(deps.db.kysely, id, version)) return same();
  try {
    const row = await deps.db.kysely.transaction().execute(async (trx) => {
      const at = deps.now().toISOString();
      const earlier = (await listPackRows(trx)).filter((r) => r.pack_id === id).map((r) => r.version);
      const row = await insertPackRow(trx, {
        pack_id: id,
        version,
        name,
        content,
        digest,
        installed_at: at,
        installed_by: userId,
      });
      await audit(trx, {
        at,
        userId,
        action: earlier.length > 0 ? 'pack.update' : 'pack.install',
        detail: {
          row,
          id,
          version,
          name,
          digest,
          rules: resolved.value.pack.rules.map((r) => r.code),
          ...(earlier.length > 0 ? { earlier } : {}),
        },
      });
      return row;
    });
    return { created: true, row, id, version };
  } catch (err) {
    // Two administrators installing the same id and version at once: the second one sees the first.
    if (isUniqueViolation(err)) return same();
    throw err;
  }
}

/**
 * Chooses the pack version the whole installation checks under (null: the built-in default pack).
 * Audited with what it replaced; the list's stored counts of unpinned supervisions are computed
 * again under the new pack as they are shown.
 *
 * @example
 * await activatePack(deps, 3, admin.id); // every unpinned supervision is now checked under row 3
 */
export async function activatePack(
  deps: Pick<Deps, 'db' | 'now' | 'packs' | 'lists'>,
  row: number | null,
  userId: number,
): Promise<void> {
  const chosen = row === null ? null : await findPackRow(deps.db.kysely, row);
  if (row !== null && !chosen) throw new ApiError('not-found');
  await deps.db.kysely.transaction().execute(async (trx) => {
    const at = deps.now().toISOString();
    const before = await readChoice(trx);
    const was = before === null ? undefined : await findPackRow(trx, before);
    await writeChoice(trx, row, at);
    await forgetUnpinnedSummaries(trx);
    const named = (r: { id: number; pack_id: string; version: string } | undefined) =>
      r
        ? { row: r.id, id: r.pack_id, version: r.version }
        : { id: DEFAULT_PACK.id, version: DEFAULT_PACK.version };
    await audit(trx, {
      at,
      userId,
      action: 'pack.activate',
      detail: { from: named(was), to: named(chosen ?? undefined) },
    });
  });
  deps.packs.changed();
  deps.lists.invalidate();
}
