import { readFileSync } from 'node:fs';
import { readText } from '@diemmac/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { Db } from './db/connect.js';
import { exampleFile } from './seed.js';
import { testDatabases } from './test/databases.js';
import { at, Client, DOSSIERS, PEOPLE, prepare, TestClock, withValue } from './test/harness.js';

const RESOLVED = [...DOSSIERS, 'resolved', 'total'] as const;
// Read as the app reads files: numbers as written ("2.173" is two thousand one hundred and seventy-three).
const example = () => {
  const read = readText(readFileSync(exampleFile()!, 'utf8'));
  if (!read.ok) throw new Error('the example must read');
  return read.data as Record<string, unknown>;
};
const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe.each(testDatabases())('supervisions API on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let ctx: Awaited<ReturnType<typeof prepare>>;
  let secretary: Client;
  let viewer: Client;
  const clock = new TestClock(new Date('2024-11-20T03:00:00Z'));

  beforeAll(async () => {
    ({ db, drop } = await database.open());
    ctx = await prepare(db, clock, { bodyLimitBytes: 256 * 1024 });
    secretary = await new Client(ctx.app).signIn(PEOPLE.secretary);
    viewer = await new Client(ctx.app).signIn(PEOPLE.viewer);
  });
  afterAll(() => drop());

  it('lists the seeded example with year, body, status and findings by severity', async () => {
    const res = await viewer.get('/api/supervisions');
    expect(res.status).toBe(200);
    const { supervisions, today } = await res.json();
    expect(today).toEqual({ year: 2024, month: 11, day: 20 });
    expect(supervisions).toHaveLength(1);
    expect(supervisions[0]).toMatchObject({
      id: ctx.exampleId,
      slug: 'diem-mac-2024-cchc',
      year: 2024,
      bodyName: 'Hội đồng nhân dân xã Điềm Mặc',
      status: 'draft',
      version: 1,
    });
    expect(supervisions[0].counts.error).toBeGreaterThanOrEqual(2);
  });

  it('reads a supervision with the findings the core computes, worded in both languages', async () => {
    const res = await viewer.get(`/api/supervisions/${ctx.exampleId}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.supervision.version).toBe(1);
    expect(at(body.supervision.document, RESOLVED)).toBe(2170);
    expect(codes(body.findings)).toEqual(
      expect.arrayContaining([
        'dossier.resolved-breakdown',
        'dossier.balance',
        'rounding.mixed',
        'budget.item-direction',
        'period.conflict',
      ]),
    );
    const balance = body.findings.find((f: { code: string }) => f.code === 'dossier.balance');
    expect(balance.suggestion).toEqual({
      path: [...RESOLVED],
      value: expect.objectContaining({ value: '2169' }),
      field: 'dossiers.resolved.total',
    });
    expect(balance.message_vi).toContain('2.176');
    expect(balance.message_en).toContain('2,176');
  });

  it('sends the read gzipped when asked, and 304 when the client already has this version', async () => {
    const first = await viewer.request('GET', `/api/supervisions/${ctx.exampleId}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(first.headers.get('content-encoding')).toBe('gzip');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"s\d+-v\d+-/);
    const again = await viewer.request('GET', `/api/supervisions/${ctx.exampleId}`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('answers 404 for a supervision that does not exist', async () => {
    expect((await viewer.get('/api/supervisions/9999')).status).toBe(404);
    expect((await viewer.get('/api/supervisions/abc')).status).toBe(404);
  });

  it('saves a new version: resolved 2170 → 2169 clears both dossier errors, and the audit says who changed what', async () => {
    const { supervision } = await (await secretary.get(`/api/supervisions/${ctx.exampleId}`)).json();
    const document = withValue(supervision.document, RESOLVED, '2169');
    const res = await secretary.put(`/api/supervisions/${ctx.exampleId}`, {
      version: supervision.version,
      document,
    });
    expect(res.status).toBe(200);
    const saved = await res.json();
    expect(saved.supervision.version).toBe(supervision.version + 1);
    expect(saved.supervision.updatedBy).toBe('Người secretary');
    expect(codes(saved.findings)).not.toContain('dossier.resolved-breakdown');
    expect(codes(saved.findings)).not.toContain('dossier.balance');

    const { entries } = await (await viewer.get(`/api/supervisions/${ctx.exampleId}/audit`)).json();
    const entry = entries.find((e: { action: string }) => e.action === 'supervision.update');
    expect(entry.user.name).toBe('Người secretary');
    expect(Date.parse(entry.at)).toBe(clock.now().getTime());
    expect(entry.detail.changes).toEqual([{ path: [...RESOLVED], before: 2170, after: '2169' }]);
  });

  it('refuses a stale save with 409 and the current version, and overwrites nothing', async () => {
    const first = await (await secretary.get(`/api/supervisions/${ctx.exampleId}`)).json();
    const v = first.supervision.version;
    const mine = withValue(first.supervision.document, ['subject'], 'Bản của tôi');
    const theirs = withValue(first.supervision.document, ['subject'], 'Bản của người khác');
    expect(
      (await secretary.put(`/api/supervisions/${ctx.exampleId}`, { version: v, document: theirs })).status,
    ).toBe(200);
    const stale = await secretary.put(`/api/supervisions/${ctx.exampleId}`, { version: v, document: mine });
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body.error.code).toBe('version.conflict');
    expect(body.error.message_vi).toContain('Chưa có gì bị ghi đè');
    expect(body.current.version).toBe(v + 1);
    expect(body.current.document.subject).toBe('Bản của người khác');
    const now = await (await viewer.get(`/api/supervisions/${ctx.exampleId}`)).json();
    expect(now.supervision.document.subject).toBe('Bản của người khác');
    expect(now.supervision.version).toBe(v + 1);
  });

  it('lets exactly one of two simultaneous saves of the same version win', async () => {
    const { supervision } = await (await secretary.get(`/api/supervisions/${ctx.exampleId}`)).json();
    const other = await new Client(ctx.app).signIn(PEOPLE.admin);
    const [a, b] = await Promise.all([
      secretary.put(`/api/supervisions/${ctx.exampleId}`, {
        version: supervision.version,
        document: withValue(supervision.document, ['closing'], 'A'),
      }),
      other.put(`/api/supervisions/${ctx.exampleId}`, {
        version: supervision.version,
        document: withValue(supervision.document, ['closing'], 'B'),
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? 'A' : 'B';
    const now = await (await viewer.get(`/api/supervisions/${ctx.exampleId}`)).json();
    expect(now.supervision.document.closing).toBe(winner);
    expect(now.supervision.version).toBe(supervision.version + 1);
  });

  it('answers 400 with field paths and both languages for a document the core rejects, and stores nothing', async () => {
    const { supervision } = await (await secretary.get(`/api/supervisions/${ctx.exampleId}`)).json();
    let document = withValue(supervision.document, RESOLVED, 'hai nghìn');
    document = withValue(document, ['year'], 'năm nay');
    const res = await secretary.put(`/api/supervisions/${ctx.exampleId}`, {
      version: supervision.version,
      document,
    });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('document.invalid');
    const resolved = error.issues.find(
      (i: { path: unknown[] }) => i.path.join('.') === ['document', ...RESOLVED].join('.'),
    );
    expect(resolved).toMatchObject({ code: 'number.unreadable', received: '"hai nghìn"' });
    expect(resolved.message_vi).toContain('resolved.total');
    expect(error.issues.find((i: { path: unknown[] }) => i.path.join('.') === 'document.year')).toMatchObject(
      { code: 'type' },
    );
    const now = await (await viewer.get(`/api/supervisions/${ctx.exampleId}`)).json();
    expect(now.supervision.version).toBe(supervision.version);
  });

  it('answers 400 for a body that is not JSON or lacks the version', async () => {
    const notJson = await secretary.request('PUT', `/api/supervisions/${ctx.exampleId}`, {
      raw: '{ version: ',
      headers: { 'content-type': 'application/json' },
    });
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error.code).toBe('body.invalid-json');
    const noVersion = await secretary.put(`/api/supervisions/${ctx.exampleId}`, { document: {} });
    expect(noVersion.status).toBe(400);
    expect((await noVersion.json()).error.issues[0]).toMatchObject({ path: ['version'], code: 'required' });
  });

  it('answers 413 to an oversized body', async () => {
    const res = await secretary.put(`/api/supervisions/${ctx.exampleId}`, {
      version: 1,
      document: { pad: 'x'.repeat(300 * 1024) },
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('body.too-large');
  });

  it('forbids viewers and members to edit (403), and lets viewers read', async () => {
    const member = await new Client(ctx.app).signIn(PEOPLE.member);
    const { supervision } = await (await viewer.get(`/api/supervisions/${ctx.exampleId}`)).json();
    for (const client of [viewer, member]) {
      const res = await client.put(`/api/supervisions/${ctx.exampleId}`, {
        version: supervision.version,
        document: supervision.document,
      });
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('auth.forbidden');
      expect((await client.request('POST', '/api/supervisions/import', { raw: 'a: 1' })).status).toBe(403);
    }
  });

  it('lets members comment on a finding, but not viewers', async () => {
    const member = await new Client(ctx.app).signIn(PEOPLE.member);
    const path = `/api/supervisions/${ctx.exampleId}/comments`;
    const comment = {
      findingCode: 'rounding.mixed',
      path: ['sections', 1],
      body: 'Cần thống nhất cách làm tròn.',
    };
    const res = await member.post(path, comment);
    expect(res.status).toBe(201);
    expect((await res.json()).comments.at(-1)).toMatchObject({ ...comment, user: { name: 'Người member' } });
    expect((await viewer.post(path, comment)).status).toBe(403);
  });

  it('imports YAML as a new supervision, refusing a duplicate id with 409', async () => {
    const doc = { ...example(), id: 'diem-mac-2024-ban-sao' };
    const res = await secretary.request('POST', '/api/supervisions/import', {
      raw: YAML.stringify(doc),
      headers: { 'content-type': 'application/yaml' },
    });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created.supervision).toMatchObject({ slug: 'diem-mac-2024-ban-sao', version: 1 });
    expect(codes(created.findings)).toContain('dossier.balance');
    const again = await secretary.request('POST', '/api/supervisions/import', {
      raw: JSON.stringify(doc),
      headers: { 'content-type': 'application/json' },
    });
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('slug.taken');
  });

  it('reports an import that does not parse by line, and one the schema rejects by field', async () => {
    const syntax = await secretary.request('POST', '/api/supervisions/import', {
      raw: 'schemaVersion: 1\nid: [unclosed\nyear: 2024\n',
      headers: { 'content-type': 'application/yaml' },
    });
    expect(syntax.status).toBe(400);
    const s = await syntax.json();
    expect(s.error.code).toBe('import.syntax');
    expect(s.error.message_vi).toMatch(/dòng \d+/);
    const invalid = await secretary.request('POST', '/api/supervisions/import', {
      raw: YAML.stringify({ ...example(), id: 'Sai Mã', year: 1800 }),
      headers: { 'content-type': 'application/yaml' },
    });
    expect(invalid.status).toBe(400);
    const { error } = await invalid.json();
    expect(error.issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['id', 'year']),
    );
  });

  it('exports the document as JSON and YAML exactly as written, money included', async () => {
    const json = await viewer.get(`/api/supervisions/${ctx.exampleId}/export.json`);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toContain('diem-mac-2024-cchc.json');
    const doc = await json.json();
    const budget = at(doc, ['sections', 1, 'sections', 1, 'sections', 4, 'figures', 0]) as Record<
      string,
      Record<string, unknown>
    >;
    expect(budget.revenue!.actual).toBe('5.824.272.835');
    expect(budget.revenue!.rate).toBe('92,87');
    const yaml = await viewer.get(`/api/supervisions/${ctx.exampleId}/export.yaml`);
    expect(YAML.parse(await yaml.text())).toEqual(doc);
  });

  it('produces the conclusion notice as a .docx file', async () => {
    const res = await viewer.get(`/api/supervisions/${ctx.exampleId}/notice.docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('produces the notice as HTML and Markdown, with the annex listing each finding when asked', async () => {
    const { findings } = await (await viewer.get(`/api/supervisions/${ctx.exampleId}`)).json();
    // A finding row of the annex: its wording (without the suggestion) beside its severity.
    const plain = findings.filter((f: { suggestion?: unknown }) => f.suggestion === undefined);
    expect(plain.length).toBeGreaterThan(0);
    const escapeHtml = (t: string) =>
      t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    for (const format of ['html', 'md'] as const) {
      const base = `/api/supervisions/${ctx.exampleId}/notice.${format}`;
      const without = await (await viewer.get(base)).text();
      expect(without).toContain('Điềm Mặc');
      expect(without).not.toContain('Các sai lệch phát hiện');
      const res = await viewer.get(`${base}?annex=1`);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).toContain('Các sai lệch phát hiện');
      for (const f of plain) {
        const wording = format === 'html' ? escapeHtml(f.message_vi) : f.message_vi;
        const at = text.indexOf(wording);
        expect(at, `${format}: ${f.code}`).toBeGreaterThan(-1);
        // The same row names the rule's code.
        const row = text.slice(Math.max(0, text.lastIndexOf(format === 'html' ? '<tr' : '\n', at)), at);
        expect(row).toContain(`(${f.code})`);
      }
    }
  });

  it('publishes an OpenAPI document generated from the schemas', async () => {
    const res = await new Client(ctx.app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.0.3');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/supervisions', '/api/supervisions/{id}', '/api/supervisions/import']),
    );
    expect(doc.components.schemas.SupervisionInput.properties).toHaveProperty('sections');
    expect(doc.components.schemas.SaveSupervision.required).toEqual(expect.arrayContaining(['version']));
    expect(Object.keys(doc.paths['/api/supervisions/{id}'].put.responses)).toEqual(
      expect.arrayContaining(['200', '400', '409', '413']),
    );
  });

  it('logged no unexpected server error', () => {
    expect(ctx.errors).toEqual([]);
  });
});
