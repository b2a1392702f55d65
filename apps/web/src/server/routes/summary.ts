import { summaryTables, toCsv, toXlsx } from '@diemmac/sheets';
import { Hono } from 'hono';
import { type AppEnv, allow, CAN, type Deps } from '../context.js';
import { validate } from '../request.js';
import { SUMMARY_VIEWS, SummaryQuery } from '../summary/query.js';
import { ProvinceSummaries } from '../summary/service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The province's view ("Tổng hợp"): the summary as JSON, and exported as .xlsx or CSV. */
export function summaryRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const summaries = new ProvinceSummaries(deps);

  app.get('/', async (c) => {
    allow(c, CAN.read);
    const { json } = await summaries.get(validate(SummaryQuery, c.req.query()));
    return c.body(json, 200, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'private, no-cache',
    });
  });

  app.get('/export.xlsx', async (c) => {
    allow(c, CAN.read);
    const query = validate(SummaryQuery, c.req.query());
    const { summary } = await summaries.get(query);
    const bytes = await toXlsx(summaryTables(summary, query.lang));
    return new Response(new Uint8Array(bytes), {
      headers: { 'content-type': XLSX, 'content-disposition': 'attachment; filename="tong-hop.xlsx"' },
    });
  });

  app.get('/export.csv', async (c) => {
    allow(c, CAN.read);
    const query = validate(SummaryQuery, c.req.query());
    const { summary } = await summaries.get(query);
    const table = summaryTables(summary, query.lang)[SUMMARY_VIEWS.indexOf(query.view)]!;
    return new Response(toCsv(table, { locale: query.lang }), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="tong-hop-${query.view}.csv"`,
      },
    });
  });

  return app;
}
