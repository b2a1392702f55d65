import { type Context, Hono } from 'hono';
import YAML from 'yaml';
import { type AppEnv, allow, CAN, type Deps, idParam } from '../context.js';
import { ApiError } from '../errors.js';
import { readJson, validate } from '../request.js';
import { ListQuery, NewComment, NewSupervision, SaveSupervision } from '../schemas.js';
import { audit, listAudit } from '../store/audit.js';
import { insertComment, listComments } from '../store/comments.js';
import { deleteSupervision, findSupervision, findSupervisionHead } from '../store/supervisions.js';
import { readNoticeUpload, readUpload } from '../supervisions/import.js';
import type { NoticeFormat } from '../supervisions/render-pool.js';
import {
  type CachedRead,
  createSupervision,
  listSupervisions,
  readSupervision,
  saveSupervision,
  versionConflict,
} from '../supervisions/service.js';

const JSON_TYPE = 'application/json; charset=utf-8';

/** A cached read as the response: gzip when the client accepts it, 304 when its copy is current. */
function sendRead(c: Context<AppEnv>, read: CachedRead, status: 200 | 201 = 200): Response {
  const headers: Record<string, string> = {
    'content-type': JSON_TYPE,
    etag: read.etag,
    vary: 'Accept-Encoding',
    'cache-control': 'private, no-cache',
  };
  if (status === 200 && c.req.header('if-none-match') === read.etag)
    return new Response(null, { status: 304, headers });
  const gzip = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '');
  if (gzip) headers['content-encoding'] = 'gzip';
  return new Response(gzip ? read.gzip : read.bytes, { status, headers });
}

/** RFC 6266 filename with a plain ASCII fallback. */
export function attachment(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Supervisions: list, read with findings, create, import, save with a version, export, notice. */
export function supervisionRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { kysely } = deps.db;

  app.get('/', async (c) => {
    allow(c, CAN.read);
    deps.summaries.poke();
    return sendRead(c, await listSupervisions(deps, validate(ListQuery, c.req.query())));
  });

  app.post('/', async (c) => {
    const session = allow(c, CAN.edit);
    const { document } = validate(NewSupervision, await readJson(c));
    const id = await createSupervision(deps, document, {
      userId: session.user.id,
      action: 'supervision.create',
      prefix: ['document'],
    });
    return sendRead(c, await readSupervision(deps, id), 201);
  });

  app.post('/import', async (c) => {
    const session = allow(c, CAN.edit);
    const data = readUpload(await c.req.text(), c.req.header('content-type'));
    const id = await createSupervision(deps, data, {
      userId: session.user.id,
      action: 'supervision.import',
      prefix: [],
    });
    return sendRead(c, await readSupervision(deps, id), 201);
  });

  // A notice as offices hold it (.docx, .doc, .txt, .md), read into a draft the editor opens:
  // nothing is stored until the secretary saves it. The file's name says its format.
  app.post('/read-notice', async (c) => {
    allow(c, CAN.edit);
    const name = decodeURIComponent(c.req.header('x-file-name') ?? '');
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return c.json(await readNoticeUpload(name, bytes));
  });

  app.get('/:id{[0-9]+}', async (c) => {
    allow(c, CAN.read);
    return sendRead(c, await readSupervision(deps, idParam(c.req.param('id'))));
  });

  app.put('/:id{[0-9]+}', async (c) => {
    const session = allow(c, CAN.edit);
    const id = idParam(c.req.param('id'));
    const { version, document } = validate(SaveSupervision, await readJson(c));
    await saveSupervision(deps, id, version, document, session.user.id);
    return sendRead(c, await readSupervision(deps, id));
  });

  app.delete('/:id{[0-9]+}', async (c) => {
    const session = allow(c, CAN.administer);
    const id = idParam(c.req.param('id'));
    const version = Number(c.req.query('version'));
    const head = await findSupervisionHead(kysely, id);
    if (!head) throw new ApiError('not-found');
    if (!Number.isInteger(version) || version !== head.version)
      throw await versionConflict(deps, id, version || 0);
    const deleted = await kysely.transaction().execute(async (trx) => {
      const at = deps.now().toISOString();
      await audit(trx, {
        at,
        userId: session.user.id,
        action: 'supervision.delete',
        supervisionId: id,
        detail: { id, slug: head.slug, version },
      });
      return deleteSupervision(trx, id, version);
    });
    if (!deleted) throw await versionConflict(deps, id, version);
    deps.lists.invalidate();
    return c.body(null, 204);
  });

  for (const format of ['json', 'yaml'] as const) {
    app.get(`/:id{[0-9]+}/export.${format}`, async (c) => {
      allow(c, CAN.read);
      const row = await findSupervision(kysely, idParam(c.req.param('id')));
      if (!row) throw new ApiError('not-found');
      const document = JSON.parse(row.document) as unknown;
      const body =
        format === 'json'
          ? `${JSON.stringify(document, null, 2)}\n`
          : YAML.stringify(document, { lineWidth: 0 });
      return new Response(body, {
        headers: {
          'content-type':
            format === 'json' ? 'application/json; charset=utf-8' : 'application/yaml; charset=utf-8',
          'content-disposition': attachment(`${row.slug}.${format}`),
        },
      });
    });
  }

  for (const format of ['docx', 'html', 'md'] as const satisfies NoticeFormat[]) {
    app.get(`/:id{[0-9]+}/notice.${format}`, async (c) => {
      allow(c, CAN.read);
      const row = await findSupervision(kysely, idParam(c.req.param('id')));
      if (!row) throw new ApiError('not-found');
      const annex = c.req.query('annex') === '1' || c.req.query('annex') === 'true';
      const pack = await deps.packs.forSupervision(row.pack_pin);
      // Read, checked and rendered in a worker thread: the event loop stays free for others.
      const { body, type } = await deps.notices.render({
        document: row.document,
        today: deps.today(),
        format,
        annex,
        pack: pack.content,
      });
      const inline = format === 'html' && c.req.query('download') !== '1';
      return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
        headers: {
          'content-type': type,
          'content-disposition': inline ? 'inline' : attachment(`thong-bao-${row.slug}.${format}`),
        },
      });
    });
  }

  app.get('/:id{[0-9]+}/audit', async (c) => {
    allow(c, CAN.read);
    const id = idParam(c.req.param('id'));
    if (!(await findSupervisionHead(kysely, id))) throw new ApiError('not-found');
    return c.json({ entries: await listAudit(kysely, { supervisionId: id, limit: 100 }) });
  });

  app.get('/:id{[0-9]+}/comments', async (c) => {
    allow(c, CAN.read);
    const id = idParam(c.req.param('id'));
    if (!(await findSupervisionHead(kysely, id))) throw new ApiError('not-found');
    return c.json({ comments: await listComments(kysely, id) });
  });

  app.post('/:id{[0-9]+}/comments', async (c) => {
    const session = allow(c, CAN.comment);
    const id = idParam(c.req.param('id'));
    const body = validate(NewComment, await readJson(c));
    if (!(await findSupervisionHead(kysely, id))) throw new ApiError('not-found');
    await kysely.transaction().execute(async (trx) => {
      const at = deps.now().toISOString();
      const commentId = await insertComment(trx, { supervisionId: id, ...body, userId: session.user.id, at });
      await audit(trx, {
        at,
        userId: session.user.id,
        action: 'comment.create',
        supervisionId: id,
        detail: { commentId, findingCode: body.findingCode, path: body.path, body: body.body },
      });
    });
    return c.json({ comments: await listComments(kysely, id) }, 201);
  });

  return app;
}
