import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { Db } from './db/connect.js';
import { testDatabases } from './test/databases.js';
import { Client, PEOPLE, prepare, TestClock } from './test/harness.js';
import { PACK_FILE, wardNotice } from './test/ward.js';

// A province's pack, installed by the council's administrator through the web API: validated by
// the core, kept as immutable versions, audited, chosen for the whole installation or pinned to
// one supervision; every check says which pack and version it ran under.

const packText = readFileSync(PACK_FILE, 'utf8');
/** The example pack as another version, with one more field name worded its own way. */
const nextVersion = packText
  .replace("version: '2025.2'", "version: '2025.3'")
  .replace(
    '    dossiers.received.online: { vi: số hồ sơ tiếp nhận trực tuyến, en: dossiers received online }',
    '    dossiers.received.online: { vi: số hồ sơ nộp qua mạng, en: dossiers filed online }',
  );

interface Finding {
  code: string;
  message_vi: string;
  message_en: string;
}

describe.each(testDatabases())('packs installed by an administrator on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let ctx: Awaited<ReturnType<typeof prepare>>;
  let admin: Client;
  let secretary: Client;
  const clock = new TestClock(new Date('2026-11-20T03:00:00Z'));
  const rows: Record<string, number> = {};
  let ward = 0;

  const install = (text: string, type = 'application/yaml') =>
    admin.request('POST', '/api/packs', { raw: text, headers: { 'content-type': type } });
  const activate = (pack: number | null) => admin.put('/api/packs/active', { pack });
  const read = async (id: number) => await (await secretary.get(`/api/supervisions/${id}`)).json();
  const audited = async () =>
    ((await (await admin.get('/api/audit')).json()).entries as { action: string; detail: unknown }[]).filter(
      (e) => e.action.startsWith('pack.'),
    );

  beforeAll(async () => {
    ({ db, drop } = await database.open());
    ctx = await prepare(db, clock);
    admin = await new Client(ctx.app).signIn(PEOPLE.admin);
    secretary = await new Client(ctx.app).signIn(PEOPLE.secretary);
  });
  afterAll(() => drop());

  it('checks under the built-in default pack until an administrator chooses one, and says so', async () => {
    const body = await read(ctx.exampleId);
    expect(body.pack).toEqual({
      id: 'diemmac',
      version: '2026.1',
      name: expect.any(String),
      row: null,
      pinned: false,
    });
    // The built-in pack is in the browser's core already: no data travels with the read.
    const list = await (await admin.get('/api/packs')).json();
    expect(list).toMatchObject({ default: { id: 'diemmac', version: '2026.1' }, active: null, packs: [] });
    const active = await (await secretary.get('/api/packs/active')).json();
    expect(active).toEqual({ id: 'diemmac', version: '2026.1', name: expect.any(String) });
  });

  it('installs the example pack from its YAML file as version 2025.2, audited, not yet in use', async () => {
    const res = await install(packText);
    expect(res.status).toBe(201);
    const { pack } = await res.json();
    expect(pack).toMatchObject({ created: true, id: 'tn', version: '2025.2' });
    rows.v2 = pack.row;
    const list = await (await admin.get('/api/packs')).json();
    expect(list.active).toBeNull();
    expect(list.packs).toEqual([
      expect.objectContaining({
        row: rows.v2,
        id: 'tn',
        version: '2025.2',
        active: false,
        installedBy: 'Người admin',
      }),
    ]);
    const [entry] = await audited();
    expect(entry).toMatchObject({
      action: 'pack.install',
      detail: { id: 'tn', version: '2025.2', rules: ['tn.staffing.under-quota', 'tn.dossier.online-share'] },
    });
  });

  it('takes the same pack again, even as JSON, without a new version; refuses other content under that version (409)', async () => {
    const again = await install(JSON.stringify(YAML.parse(packText)), 'application/json');
    expect(again.status).toBe(200);
    expect((await again.json()).pack).toMatchObject({ created: false, row: rows.v2 });
    const changed = await install(packText.replace('name: Gói giám sát', 'name: Gói khác'));
    expect(changed.status).toBe(409);
    const { error } = await changed.json();
    expect(error.code).toBe('pack.version-taken');
    expect(error.message_vi).toContain('"tn" phiên bản 2025.2 đã được cài với nội dung khác');
    expect(error.message_en).toContain('raise "version"');
    expect((await audited()).length).toBe(1);
  });

  it('refuses a pack the core does not validate (400), naming each field path in Vietnamese and English', async () => {
    const broken = packText
      .replace("operator: '>='", "operator: '=>'")
      .replace('code: tn.dossier.online-share', 'code: hcm.dossier.online-share');
    const res = await install(broken);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('pack.invalid');
    expect(error.message_vi).toContain('Chưa có gì được cài');
    const paths = error.issues.map((i: { path: unknown[] }) => i.path);
    expect(paths).toContainEqual(['rules', 0, 'operator']);
    for (const issue of error.issues) {
      expect(issue.message_vi).toMatch(/\S/);
      expect(issue.message_en).toMatch(/\S/);
    }
    const syntax = await install('id: tn\n  name: [');
    expect(syntax.status).toBe(400);
    expect((await syntax.json()).error.code).toBe('import.syntax');
    const reserved = await install(packText.replace('\nid: tn\n', '\nid: diemmac\n'));
    expect(reserved.status).toBe(409);
    expect((await reserved.json()).error.code).toBe('pack.reserved');
    expect((await (await admin.get('/api/packs')).json()).packs).toHaveLength(1);
  });

  it("checks a ward's notice under the active pack: its rules and wording, and the pack named in the answer", async () => {
    const res = await activate(rows.v2!);
    expect(res.status).toBe(200);
    // Every signed-in user's browser learns the pack in use, with its data, for drafts not saved yet.
    const active = await (await secretary.get('/api/packs/active')).json();
    expect(active).toMatchObject({ id: 'tn', version: '2025.2', data: { id: 'tn' } });
    const imported = await secretary.request('POST', '/api/supervisions/import', {
      raw: YAML.stringify(wardNotice('phuong-vi-du-2025')),
      headers: { 'content-type': 'application/yaml' },
    });
    expect(imported.status).toBe(201);
    const body = await imported.json();
    ward = body.supervision.id;
    expect(body.pack).toMatchObject({
      id: 'tn',
      version: '2025.2',
      name: expect.stringContaining('Thái Nguyên'),
      pinned: false,
    });
    // The pack's data comes along, so the editor in the browser checks under the same pack.
    expect(body.pack.data).toEqual(JSON.parse(JSON.stringify(YAML.parse(packText))));
    const findings = body.findings as Finding[];
    const codes = findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['tn.staffing.under-quota', 'tn.dossier.online-share']));
    expect(codes).not.toContain('outline.section');
    expect(findings.find((f) => f.code === 'tn.staffing.under-quota')?.message_vi).toBe(
      'Biên chế hiện có đạt ít nhất 90% biên chế được giao: tỷ lệ biên chế hiện có (%) là 80.',
    );
    // The pack's own sentence for a core finding, filled with the finding's figures.
    expect(findings.find((f) => f.code === 'dossier.balance')?.message_vi).toMatch(
      /^Phường ghi tiếp nhận 100 hồ sơ, nhưng đã và đang giải quyết cộng lại là 101\./,
    );
    const [activation] = await audited();
    expect(activation).toMatchObject({
      action: 'pack.activate',
      detail: { from: { id: 'diemmac' }, to: { row: rows.v2, id: 'tn', version: '2025.2' } },
    });
  });

  it('records the pack and version with the stored counts the list shows', async () => {
    const list = await (await secretary.get('/api/supervisions')).json();
    const item = list.supervisions.find((s: { id: number }) => s.id === ward);
    expect(item.pack).toEqual({ id: 'tn', version: '2025.2' });
    const stored = await db.kysely
      .selectFrom('supervisions')
      .select(['pack_id', 'pack_version'])
      .where('id', '=', ward)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ pack_id: 'tn', pack_version: '2025.2' });
    // The example written before the choice is counted again under the chosen pack.
    const example = list.supervisions.find((s: { id: number }) => s.id === ctx.exampleId);
    expect(example.pack).toEqual({ id: 'tn', version: '2025.2' });
  });

  it("renders the notice's annex with the pack's rules in the pack's words", async () => {
    const res = await secretary.get(`/api/supervisions/${ward}/notice.md?annex=1`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('Biên chế hiện có đạt ít nhất 90% biên chế được giao');
    expect(text).toContain('Phường ghi tiếp nhận 100 hồ sơ');
  });

  it('keeps a supervision pinned to a version when a newer version becomes active; the others follow', async () => {
    const pin = await admin.put(`/api/supervisions/${ward}/pack`, { pack: rows.v2 });
    expect(pin.status).toBe(200);
    const res = await install(nextVersion);
    expect(res.status).toBe(201);
    rows.v3 = (await res.json()).pack.row;
    expect((await audited())[0]).toMatchObject({
      action: 'pack.update',
      detail: { id: 'tn', version: '2025.3', earlier: ['2025.2'] },
    });
    await activate(rows.v3!);
    const pinned = await read(ward);
    expect(pinned.pack).toMatchObject({ id: 'tn', version: '2025.2', pinned: true });
    const unpinned = await read(ctx.exampleId);
    expect(unpinned.pack).toMatchObject({ id: 'tn', version: '2025.3', pinned: false });
    // Unpinned, the ward's notice is checked under 2025.3, in its words.
    await admin.put(`/api/supervisions/${ward}/pack`, { pack: null });
    const moved = await read(ward);
    expect(moved.pack).toMatchObject({ version: '2025.3', pinned: false });
    expect(moved.findings.find((f: Finding) => f.code === 'tn.dossier.online-share').message_vi).toContain(
      'số hồ sơ nộp qua mạng',
    );
  });

  it('goes back to the default pack when the administrator chooses it', async () => {
    await activate(null);
    const body = await read(ward);
    expect(body.pack).toMatchObject({ id: 'diemmac', pinned: false });
    expect(body.findings.map((f: Finding) => f.code)).not.toContain('tn.staffing.under-quota');
    const list = await (await admin.get('/api/packs')).json();
    expect(list.active).toBeNull();
    expect(list.packs.map((p: { version: string }) => p.version)).toEqual(['2025.3', '2025.2']);
  });

  it('answers 404 for a version that is not installed, and 400 for a choice that is not a row id', async () => {
    expect((await activate(9999)).status).toBe(404);
    expect((await admin.put('/api/packs/active', { pack: 'tn' })).status).toBe(400);
    expect((await admin.put(`/api/supervisions/${ward}/pack`, { pack: 9999 })).status).toBe(404);
  });

  it('logged no unexpected server error', () => {
    expect(ctx.errors).toEqual([]);
  });
});
