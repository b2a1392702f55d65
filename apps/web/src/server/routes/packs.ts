import { DEFAULT_PACK } from '@diemmac/core';
import { Hono } from 'hono';
import * as z from 'zod';
import { type AppEnv, allow, CAN, type Deps, idParam } from '../context.js';
import { ApiError } from '../errors.js';
import { activatePack, installPack } from '../packs/install.js';
import { findPackRow, listPackRows, readChoice } from '../packs/store.js';
import { readJson, validate } from '../request.js';
import { audit } from '../store/audit.js';
import { findSupervisionHead, pinPack } from '../store/supervisions.js';

/** Which installed version: its row id, or null for the built-in default pack. */
export const PackChoice = z.strictObject({ pack: z.number().int().positive().nullable() });

/** Packs, administered: the installed versions, installing one from a file, choosing the active one. */
export function packRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { kysely } = deps.db;

  app.get('/', async (c) => {
    allow(c, CAN.administer);
    const active = await readChoice(kysely);
    const rows = await listPackRows(kysely);
    return c.json({
      default: { id: DEFAULT_PACK.id, version: DEFAULT_PACK.version, name: DEFAULT_PACK.name },
      active,
      packs: rows.map((r) => ({
        row: r.id,
        id: r.pack_id,
        version: r.version,
        name: r.name,
        installedAt: r.installed_at,
        installedBy: r.installed_by_name,
        active: r.id === active,
      })),
    });
  });

  // The pack file's text as the body (YAML or JSON, as the import of a supervision).
  app.post('/', async (c) => {
    const session = allow(c, CAN.administer);
    const r = await installPack(deps, await c.req.text(), c.req.header('content-type'), session.user.id);
    return c.json({ pack: r }, r.created ? 201 : 200);
  });

  // Every reader: a draft not saved yet is checked in the browser under the pack in use.
  app.get('/active', async (c) => {
    allow(c, CAN.read);
    const pack = await deps.packs.inUse();
    return c.json({
      id: pack.id,
      version: pack.version,
      name: pack.name,
      ...(pack.content === undefined ? {} : { data: JSON.parse(pack.content) as unknown }),
    });
  });

  app.put('/active', async (c) => {
    const session = allow(c, CAN.administer);
    const { pack } = validate(PackChoice, await readJson(c));
    await activatePack(deps, pack, session.user.id);
    return c.json({ active: pack });
  });

  return app;
}

/** Pins one supervision to an installed pack version, or back to the installation's (null). */
export function packPinRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { kysely } = deps.db;

  app.put('/:id{[0-9]+}/pack', async (c) => {
    const session = allow(c, CAN.administer);
    const id = idParam(c.req.param('id'));
    const { pack } = validate(PackChoice, await readJson(c));
    const head = await findSupervisionHead(kysely, id);
    if (!head) throw new ApiError('not-found');
    const row = pack === null ? undefined : await findPackRow(kysely, pack);
    if (pack !== null && !row) throw new ApiError('not-found');
    await kysely.transaction().execute(async (trx) => {
      await pinPack(trx, id, pack);
      await audit(trx, {
        at: deps.now().toISOString(),
        userId: session.user.id,
        action: 'pack.pin',
        supervisionId: id,
        detail: row ? { row: row.id, id: row.pack_id, version: row.version } : { row: null },
      });
    });
    deps.lists.invalidate();
    return c.json({ pinned: pack });
  });

  return app;
}
