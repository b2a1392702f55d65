import { Hono } from 'hono';
import { type AppEnv, allow, CAN, type Deps, idParam } from '../context.js';
import { ApiError } from '../errors.js';
import { validate } from '../request.js';
import { RecountQuery } from '../schemas.js';
import { findSupervision } from '../store/supervisions.js';
import { recountRegister } from '../supervisions/recount.js';

/**
 * POST /api/supervisions/:id/recount: the one-stop system's dossier register (CSV or .xlsx,
 * its bytes as the body, its name in X-File-Name) recounted for the period of the
 * supervision's dossier block (`?block=` picks one of several) and compared with its figures.
 * For whoever may edit the supervision; the file's size is limited as an import's is.
 */
export function recountRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/:id{[0-9]+}/recount', async (c) => {
    allow(c, CAN.edit);
    const id = idParam(c.req.param('id'));
    const { block } = validate(RecountQuery, c.req.query());
    const row = await findSupervision(deps.db.kysely, id);
    if (!row) throw new ApiError('not-found');
    const name = decodeURIComponent(c.req.header('x-file-name') ?? '');
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return c.json(await recountRegister(JSON.parse(row.document) as unknown, { name, bytes }, block));
  });
  return app;
}
