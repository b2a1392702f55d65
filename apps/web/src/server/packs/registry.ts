import { DEFAULT_PACK, type ResolvedPack, resolvePack, safeResolvePack } from '@diemmac/core';
import type { Db } from '../db/connect.js';
import { findPackRow, type PackRow, readChoice } from './store.js';

/** A pack a supervision is checked under, resolved over the default pack. */
export interface PackInUse {
  /** The installed version's row (packs.id); null for the built-in default pack. */
  row: number | null;
  id: string;
  version: string;
  name: string;
  /** The pack's data as JSON text, for the worker threads; undefined for the default pack. */
  content: string | undefined;
  resolved: ResolvedPack;
}

/** The built-in default pack: what an installation checks under until an administrator chooses. */
export const DEFAULT_IN_USE: PackInUse = {
  row: null,
  id: DEFAULT_PACK.id,
  version: DEFAULT_PACK.version,
  name: DEFAULT_PACK.name,
  content: undefined,
  resolved: resolvePack(),
};

/** Resolves a stored version; it validated when installed, so failing now is a server fault. */
export function packOfRow(row: PackRow): PackInUse {
  const r = safeResolvePack(JSON.parse(row.content));
  if (!r.ok)
    throw new Error(
      `installed pack ${row.pack_id} ${row.version} no longer validates: ${JSON.stringify(r.issues[0])}`,
    );
  return {
    row: row.id,
    id: row.pack_id,
    version: row.version,
    name: row.name,
    content: row.content,
    resolved: r.value,
  };
}

/**
 * The packs checks run under, resolved once and kept: installed versions never change, and the
 * installation's choice is read again only after `changed()` (one server process owns the
 * database; the admin routes call it on every activation).
 *
 * @example
 * const pack = await deps.packs.forSupervision(row.pack_pin);
 * checkSupervision(model, { now, ...pack.resolved.checkOptions });
 */
export class PackRegistry {
  private active: Promise<PackInUse> | undefined;
  private readonly versions = new Map<number, PackInUse>();

  constructor(private readonly db: Pick<Db, 'kysely'>) {}

  /** The pack the installation checks under (the default pack until an administrator chooses one). */
  inUse(): Promise<PackInUse> {
    if (!this.active) {
      // A load that a change overtakes is simply not kept: `changed()` drops it.
      const loading = this.load();
      this.active = loading;
      loading.catch(() => {
        if (this.active === loading) this.active = undefined;
      });
    }
    return this.active;
  }

  /** The pack one supervision is checked under: the version it is pinned to, else the installation's. */
  async forSupervision(pin: number | null): Promise<PackInUse> {
    if (pin === null) return this.inUse();
    return (await this.version(pin)) ?? this.inUse();
  }

  /** One installed version, resolved (undefined when there is no such row). */
  async version(row: number): Promise<PackInUse | undefined> {
    const kept = this.versions.get(row);
    if (kept) return kept;
    const found = await findPackRow(this.db.kysely, row);
    if (!found) return undefined;
    const pack = packOfRow(found);
    this.versions.set(row, pack);
    return pack;
  }

  /** The installation's choice changed: read it again on next use. */
  changed(): void {
    this.active = undefined;
  }

  private async load(): Promise<PackInUse> {
    const row = await readChoice(this.db.kysely);
    if (row === null) return DEFAULT_IN_USE;
    const pack = await this.version(row);
    if (!pack) throw new Error(`the chosen pack row ${row} is missing`);
    return pack;
  }
}
