import { readFileSync } from 'node:fs';
import { parseSupervisionText } from '@diemmac/core';
import { buildNotice, toDocx } from '@diemmac/notice';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db/connect.js';
import { testDatabases } from './test/databases.js';
import { Client, PEOPLE, prepare, TestClock } from './test/harness.js';

// The seed notice as the office typed it, and the clean example rendered to .docx by us.
const SEED = new URL('../../../../../shared/seed/000_53488146ee78dd7d.txt', import.meta.url);
const CLEAN = new URL('../../../../examples/thanh-binh-2025.yaml', import.meta.url);

type Figure = { kind: string; received?: { total?: string } };
type Section = { figures?: Figure[]; sections?: Section[] };
const figuresOf = (sections: Section[] = []): Figure[] =>
  sections.flatMap((s) => [...(s.figures ?? []), ...figuresOf(s.sections)]);

describe.each(testDatabases())('reading a notice as written into a draft on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let ctx: Awaited<ReturnType<typeof prepare>>;
  let secretary: Client;
  let viewer: Client;
  const clock = new TestClock(new Date('2024-11-20T03:00:00Z'));
  const upload = (who: Client, name: string, bytes: Uint8Array | string) =>
    who.request('POST', '/api/supervisions/read-notice', {
      raw: bytes,
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) },
    });

  beforeAll(async () => {
    ({ db, drop } = await database.open());
    ctx = await prepare(db, clock);
    secretary = await new Client(ctx.app).signIn(PEOPLE.secretary);
    viewer = await new Client(ctx.app).signIn(PEOPLE.viewer);
  });
  afterAll(() => drop());

  it('reads the seed .txt into a draft with its dossier figures, and stores nothing', async () => {
    const before = (await (await secretary.get('/api/supervisions')).json()).total;
    const res = await upload(secretary, 'thong-bao-diem-mac.txt', readFileSync(SEED));
    expect(res.status).toBe(200);
    const body = await res.json();
    const dossiers = figuresOf(body.draft.sections).find((f) => f.kind === 'dossiers');
    expect(dossiers?.received?.total?.replace(/\./g, '')).toBe('2175');
    expect(Number(body.understood.replace(',', '.'))).toBeGreaterThan(90);
    expect(body.remarks.some((r: string) => r.includes('Thực hiện Thực hiện'))).toBe(true);
    expect((await (await secretary.get('/api/supervisions')).json()).total).toBe(before);
  });

  it('reads a .docx', async () => {
    const parsed = parseSupervisionText(readFileSync(CLEAN, 'utf8'));
    if (!parsed.ok) throw new Error('the clean example must parse');
    const docx = await toDocx(buildNotice(parsed.value, {}));
    const res = await upload(secretary, 'thanh-binh.docx', docx);
    expect(res.status).toBe(200);
    expect((await res.json()).draft.locality.name).toBe('Thanh Bình');
  });

  it('says which formats it reads when a file is not one, in Vietnamese and English', async () => {
    const res = await upload(secretary, 'bien-ban.pdf', '%PDF-1.7');
    expect(res.status).toBe(415);
    const { error } = await res.json();
    expect(error.message_vi).toBe(
      'Không đọc được tệp "bien-ban.pdf": diemmac đọc các tệp .yaml, .yml, .json, .docx, .doc, .txt, .md (tệp Word .docx, .doc; văn bản .txt, .md; hoặc tệp giám sát YAML, JSON).',
    );
    expect(error.message_en).toContain('diemmac reads .yaml, .yml, .json, .docx, .doc, .txt, .md');
  });

  it('is for those who may edit', async () => {
    expect((await upload(viewer, 'a.txt', 'THÔNG BÁO')).status).toBe(403);
  });
});
