import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { DEFAULT_CONFIG } from './config.js';
import type { Db } from './db/connect.js';
import { migrateToLatest } from './db/migrations.js';
import { testDatabases } from './test/databases.js';
import { Client, PASSWORD, PEOPLE, prepare, TestClock } from './test/harness.js';

describe.each(testDatabases())('accounts, sessions and CSRF on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let ctx: Awaited<ReturnType<typeof prepare>>;
  const clock = new TestClock(new Date('2024-11-20T03:00:00Z'));

  beforeAll(async () => {
    ({ db, drop } = await database.open());
    ctx = await prepare(db, clock);
  });
  afterAll(() => drop());

  it('answers 401 to a visitor who is not signed in', async () => {
    const res = await new Client(ctx.app).get('/api/supervisions');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      error: { code: 'auth.required', message_vi: 'Vui lòng đăng nhập.', message_en: 'Please sign in.' },
    });
  });

  it('signs in with an httpOnly, SameSite session cookie and a readable CSRF cookie', async () => {
    const client = new Client(ctx.app);
    await client.get('/api/auth/session');
    const res = await client.post('/api/auth/login', { email: PEOPLE.secretary, password: PASSWORD });
    expect(res.status).toBe(200);
    const cookies = res.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('diemmac_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const csrf = cookies.find((c) => c.startsWith('diemmac_csrf='))!;
    expect(csrf).not.toMatch(/HttpOnly/i);
    const me = await (await client.get('/api/auth/session')).json();
    expect(me.user).toMatchObject({ email: PEOPLE.secretary, role: 'secretary' });
  });

  it('ends a session when its hours are up', async () => {
    const client = await new Client(ctx.app).signIn(PEOPLE.member);
    expect((await client.get('/api/supervisions')).status).toBe(200);
    const signedIn = clock.time;
    try {
      clock.advance(DEFAULT_CONFIG.sessionHours * 3600_000 - 1000);
      expect((await client.get('/api/supervisions')).status).toBe(200);
      clock.advance(1000);
      expect((await client.get('/api/supervisions')).status).toBe(401);
    } finally {
      clock.time = signedIn;
    }
  });

  it('accepts the email in any case', async () => {
    await expect(new Client(ctx.app).signIn(PEOPLE.viewer.toUpperCase())).resolves.toBeInstanceOf(Client);
  });

  it('refuses a wrong password with 401 and records the attempt', async () => {
    const client = new Client(ctx.app);
    await client.get('/api/auth/session');
    const res = await client.post('/api/auth/login', { email: PEOPLE.member, password: 'sai-mật-khẩu' });
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('auth.bad-credentials');
    const admin = await new Client(ctx.app).signIn(PEOPLE.admin);
    const { entries } = await (await admin.get('/api/audit')).json();
    expect(
      entries.some(
        (e: { action: string; detail: { email: string } }) =>
          e.action === 'auth.login-failed' && e.detail.email === PEOPLE.member,
      ),
    ).toBe(true);
  });

  it('limits failed sign-ins: the sixth try within 15 minutes gets 429, even with the right password', async () => {
    const client = new Client(ctx.app);
    await client.get('/api/auth/session');
    const email = PEOPLE.viewer;
    for (let i = 0; i < 5; i++) {
      expect((await client.post('/api/auth/login', { email, password: 'sai' })).status).toBe(401);
    }
    const limited = await client.post('/api/auth/login', { email, password: PASSWORD });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe('auth.rate-limited');
    clock.advance(15 * 60 * 1000 + 1000);
    expect((await client.post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200);
  });

  it('rejects a write without the CSRF header, with a wrong one, or from another origin', async () => {
    const client = await new Client(ctx.app).signIn(PEOPLE.member);
    const path = `/api/supervisions/${ctx.exampleId}/comments`;
    const body = { findingCode: 'dossier.balance', path: [], body: 'Đề nghị kiểm tra lại.' };
    const none = await client.request('POST', path, { body, csrf: false });
    expect(none.status).toBe(403);
    expect(none.headers.get('cache-control')).toBe('no-store');
    expect((await none.json()).error.code).toBe('csrf.failed');
    const wrong = await client.request('POST', path, {
      body,
      csrf: false,
      headers: { 'x-csrf-token': 'khác' },
    });
    expect(wrong.status).toBe(403);
    const foreign = await client.request('POST', path, { body, headers: { origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    const same = await client.request('POST', path, { body, headers: { origin: 'http://localhost' } });
    expect(same.status).toBe(201);
  });

  it('requires the CSRF token for sign-in too', async () => {
    const client = new Client(ctx.app);
    const res = await client.post('/api/auth/login', { email: PEOPLE.admin, password: PASSWORD });
    expect(res.status).toBe(403);
  });

  it('signs out: the session no longer opens anything', async () => {
    const client = await new Client(ctx.app).signIn(PEOPLE.viewer);
    const token = client.cookies.get('diemmac_session')!;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    const replay = new Client(ctx.app);
    replay.cookies.set('diemmac_session', token);
    expect((await replay.get('/api/supervisions')).status).toBe(401);
  });

  it('lets only administrators manage accounts', async () => {
    const secretary = await new Client(ctx.app).signIn(PEOPLE.secretary);
    expect((await secretary.get('/api/users')).status).toBe(403);
    const admin = await new Client(ctx.app).signIn(PEOPLE.admin);
    const created = await admin.post('/api/users', {
      email: 'moi@diemmac.test',
      name: 'Nguyễn Thị Mới',
      role: 'viewer',
      password: 'mật-khẩu-mới-dài',
    });
    expect(created.status).toBe(201);
    const { user } = await created.json();
    expect(user).toMatchObject({ email: 'moi@diemmac.test', role: 'viewer', disabled: false });
    expect(user).not.toHaveProperty('password_hash');
    const again = await admin.post('/api/users', {
      email: 'MOI@diemmac.test',
      name: 'X',
      role: 'viewer',
      password: 'mật-khẩu-mới-dài',
    });
    expect(again.status).toBe(409);
    const bad = await admin.post('/api/users', {
      email: 'khong-phai-email',
      name: '',
      role: 'chief',
      password: 'ngắn',
    });
    expect(bad.status).toBe(400);
    const paths = (await bad.json()).error.issues.map((i: { path: string[] }) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['email', 'name', 'role', 'password']));
    const newcomer = await new Client(ctx.app).signIn('moi@diemmac.test', 'mật-khẩu-mới-dài');
    expect((await admin.patch(`/api/users/${user.id}`, { disabled: true })).status).toBe(200);
    expect((await newcomer.get('/api/supervisions')).status).toBe(401);
  });
});

describe.each(testDatabases())('first start without an administrator on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await database.open());
    await migrateToLatest(db.kysely, db.dialect);
  });
  afterAll(() => drop());

  it('creates the administrator once, with the printed one-time token', async () => {
    const app = createApp({ db, config: { setupToken: 'mã-một-lần' } });
    const client = new Client(app);
    const session = await (await client.get('/api/auth/session')).json();
    expect(session).toMatchObject({ user: null, setupRequired: true });
    const body = { email: 'chutich@diemmac.test', name: 'Chủ tịch', password: 'mật-khẩu-quản-trị' };
    expect((await client.post('/api/auth/setup', { ...body, token: 'đoán-bừa' })).status).toBe(403);
    const res = await client.post('/api/auth/setup', { ...body, token: 'mã-một-lần' });
    expect(res.status).toBe(201);
    expect((await res.json()).user).toMatchObject({ role: 'admin' });
    expect((await client.get('/api/users')).status).toBe(200);
    const second = new Client(app);
    await second.get('/api/auth/session');
    expect(
      (await second.post('/api/auth/setup', { ...body, email: 'khac@diemmac.test', token: 'mã-một-lần' }))
        .status,
    ).toBe(403);
  });
});
