import { followUpTable, toCsv, toXlsx } from '@diemmac/sheets';
import { Hono } from 'hono';
import { type AppEnv, allow, CAN, type Deps, idParam } from '../context.js';
import { AsOfQuery, ExportQuery, OpenQuery, RecordEntry, TakeUp } from '../followup/schemas.js';
import {
  openItemOut,
  openItems,
  readFollowUps,
  recordEntry,
  reportInput,
  takeUp,
} from '../followup/service.js';
import { dayAsked } from '../real-day.js';
import { readJson, validate } from '../request.js';
import { type Day, isoDay } from '../supervisions/today.js';
import { attachment } from './supervisions.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Recommendations followed up: a supervision's follow-ups (read by every role, recorded by
 * those who edit supervisions) and the open recommendations across supervisions. "Quá hạn"
 * is as of `asOf` (today, in the council's time zone, when absent).
 */
export function followUpRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const asOfOf = (query: { asOf?: Day | undefined }) => dayAsked(query.asOf, deps.today());

  app.get('/supervisions/:id{[0-9]+}/followups', async (c) => {
    allow(c, CAN.read);
    const id = idParam(c.req.param('id'));
    const query = validate(AsOfQuery, c.req.query());
    return c.json(await readFollowUps(deps, id, asOfOf(query)));
  });

  app.post('/supervisions/:id{[0-9]+}/followups', async (c) => {
    const session = allow(c, CAN.edit);
    const id = idParam(c.req.param('id'));
    const sent = await readJson(c);
    const input = validate(RecordEntry, sent);
    const entryId = await recordEntry(deps, id, input, sent as Record<string, unknown>, session.user.id);
    return c.json({ entryId, ...(await readFollowUps(deps, id, deps.today())) }, 201);
  });

  app.post('/supervisions/:id{[0-9]+}/followups/take-up', async (c) => {
    const session = allow(c, CAN.edit);
    const id = idParam(c.req.param('id'));
    const input = validate(TakeUp, await readJson(c));
    await takeUp(deps, id, input, session.user.id);
    return c.json(await readFollowUps(deps, id, deps.today()));
  });

  app.get('/followups/open', async (c) => {
    allow(c, CAN.read);
    const query = validate(OpenQuery, c.req.query());
    const asOf = asOfOf(query);
    const all = await openItems(deps, { asOf, addressee: query.addressee || undefined });
    return c.json({
      asOf,
      addressee: query.addressee || null,
      total: all.length,
      overdue: all.filter((o) => o.overdue).length,
      limit: query.limit,
      offset: query.offset,
      items: all.slice(query.offset, query.offset + query.limit).map(openItemOut),
    });
  });

  // The open list as a file: the same rows as the page (every page), the columns of @diemmac/sheets.
  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/followups/open.${format}`, async (c) => {
      allow(c, CAN.read);
      const query = validate(ExportQuery, c.req.query());
      const asOf = asOfOf(query);
      const rows = await openItems(deps, { asOf, addressee: query.addressee || undefined });
      const table = followUpTable(rows, { locale: query.lang });
      const name = `kien-nghi-can-theo-doi-${isoDay(asOf)}.${format}`;
      const body =
        format === 'csv'
          ? toCsv(table, { locale: query.lang })
          : new Uint8Array(await toXlsx([table], { created: deps.now() }));
      return new Response(body, {
        headers: {
          'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : XLSX,
          'content-disposition': attachment(name),
        },
      });
    });
  }

  // The report on a supervision's recommendations (.docx), rendered in the notice's worker pool.
  app.get('/supervisions/:id{[0-9]+}/followups/report.docx', async (c) => {
    allow(c, CAN.read);
    const id = idParam(c.req.param('id'));
    const asOf = asOfOf(validate(AsOfQuery, c.req.query()));
    const { slug, document, followUps } = await reportInput(deps, id);
    const { body, type } = await deps.notices.followUpReport({ document, followUps, asOf });
    return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
      headers: {
        'content-type': type,
        'content-disposition': attachment(`bao-cao-thuc-hien-kien-nghi-${slug}-${isoDay(asOf)}.docx`),
      },
    });
  });

  return app;
}
