import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreAdministrator } from './admin/restore.js';
import { verifyPassword } from './auth/password.js';
import type { Db } from './db/connect.js';
import { testDatabases } from './test/databases.js';
import { Client, PASSWORD, PEOPLE, prepare, TestClock } from './test/harness.js';

const WINDOW = 15 * 60 * 1000;

describe.each(testDatabases())('sign-in limit, last administrator, password rules on $name', (database) => {
  let db: Db;
  let drop: () => Promise<void>;
  let ctx: Awaited<ReturnType<typeof prepare>>;
  const clock = new TestClock(new Date('2024-11-20T03:00:00Z'));
  let checked = 0;

  beforeAll(async () => {
    ({ db, drop } = await database.open());
    ctx = await prepare(
      db,
      clock,
      { signInLimit: { maxPerAccount: 5, maxPerAddress: 1000, windowMs: WINDOW } },
      {
        verifyPassword: (password, stored) => {
          checked++;
          return verifyPassword(password, stored);
        },
      },
    );
  });
  afterAll(() => drop());

  it('lets at most 5 of 200 simultaneous wrong sign-ins reach the password check, answers the rest 429, and refuses the right password until the window passes', async () => {
    const client = new Client(ctx.app);
    await client.get('/api/auth/session');
    const email = PEOPLE.member;
    checked = 0;
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => client.post('/api/auth/login', { email, password: `sai-${i}` })),
    );
    const statuses = answers.map((r) => r.status);
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 401)).toHaveLength(checked);
    expect(statuses.filter((s) => s === 429)).toHaveLength(200 - checked);

    const right = await client.post('/api/auth/login', { email, password: PASSWORD });
    expect(right.status).toBe(429);
    expect(checked).toBeLessThanOrEqual(5);
    clock.advance(WINDOW - 60_000);
    expect((await client.post('/api/auth/login', { email, password: PASSWORD })).status).toBe(429);
    clock.advance(60_000 + 1000);
    expect((await client.post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200);
  });

  it('refuses to demote or disable the last active administrator with 409, in both languages', async () => {
    const admin = await new Client(ctx.app).signIn(PEOPLE.admin);
    const { users } = await (await admin.get('/api/users')).json();
    const me = users.find((u: { email: string }) => u.email === PEOPLE.admin);
    for (const change of [{ role: 'viewer' }, { disabled: true }, { role: 'secretary', disabled: true }]) {
      const res = await admin.patch(`/api/users/${me.id}`, change);
      expect(res.status).toBe(409);
      const { error } = await res.json();
      expect(error.code).toBe('admin.last');
      expect(error.message_vi).toContain('quản trị viên cuối cùng');
      expect(error.message_en).toContain('last active administrator');
    }
    const after = (await (await admin.get('/api/users')).json()).users.find(
      (u: { id: number }) => u.id === me.id,
    );
    expect(after).toMatchObject({ role: 'admin', disabled: false });
    // A renamed last admin is still fine: only losing the role or the account is refused.
    expect((await admin.patch(`/api/users/${me.id}`, { name: 'Chủ tịch HĐND' })).status).toBe(200);
  });

  it('lets an administrator step down once another active one exists', async () => {
    const admin = await new Client(ctx.app).signIn(PEOPLE.admin);
    const { users } = await (await admin.get('/api/users')).json();
    const secretary = users.find((u: { email: string }) => u.email === PEOPLE.secretary);
    const me = users.find((u: { email: string }) => u.email === PEOPLE.admin);
    expect((await admin.patch(`/api/users/${secretary.id}`, { role: 'admin' })).status).toBe(200);
    expect((await admin.patch(`/api/users/${me.id}`, { role: 'viewer' })).status).toBe(200);
    const other = await new Client(ctx.app).signIn(PEOPLE.secretary);
    const last = await other.patch(`/api/users/${secretary.id}`, { disabled: true });
    expect(last.status).toBe(409);
    // Put things back for the other tests.
    expect((await other.patch(`/api/users/${me.id}`, { role: 'admin' })).status).toBe(200);
    expect((await other.patch(`/api/users/${secretary.id}`, { role: 'secretary' })).status).toBe(200);
  });

  it('gives the operator a way back: reset-password makes the account an active administrator again and ends its sessions', async () => {
    // Lock the council out the only way left: straight in the database.
    await db.kysely.updateTable('users').set({ role: 'viewer' }).where('email', '=', PEOPLE.admin).execute();
    const locked = await new Client(ctx.app).signIn(PEOPLE.admin);
    expect((await locked.get('/api/users')).status).toBe(403);

    const r = await restoreAdministrator(
      db,
      { email: PEOPLE.admin.toUpperCase(), password: 'mây-trắng-bay-qua-đồi', from: 'command' },
      clock.now(),
    );
    expect(r).toMatchObject({ email: PEOPLE.admin, created: false });
    expect((await locked.get('/api/users')).status).toBe(401);
    await expect(new Client(ctx.app).signIn(PEOPLE.admin)).rejects.toThrow(/401/);
    const back = await new Client(ctx.app).signIn(PEOPLE.admin, 'mây-trắng-bay-qua-đồi');
    expect((await back.get('/api/users')).status).toBe(200);
    const { entries } = await (await back.get('/api/audit')).json();
    const restore = entries.find((e: { action: string }) => e.action === 'user.restore');
    expect(restore.detail).toMatchObject({ email: PEOPLE.admin, from: 'command', password: 'changed' });
    expect(JSON.stringify(entries)).not.toContain('mây-trắng-bay-qua-đồi');
  });

  it('refuses a weak password for the way back, without repeating it', async () => {
    await expect(
      restoreAdministrator(db, { email: PEOPLE.admin, password: 'password12', from: 'command' }, clock.now()),
    ).rejects.toMatchObject({ message_vi: expect.stringContaining('mật khẩu: quá dễ đoán') });
    await expect(
      restoreAdministrator(db, { email: PEOPLE.admin, password: 'password12', from: 'command' }, clock.now()),
    ).rejects.not.toMatchObject({ message_vi: expect.stringContaining('password12') });
  });

  const weak = [
    ['aaaaaaaaaa', 'ký tự lặp lại'],
    ['password12', 'mật khẩu phổ biến'],
    ['          ', 'ký tự lặp lại'],
    ['😀😁😂🤣😃', 'ít nhất 10 ký tự'],
    ['123', 'ít nhất 10 ký tự'],
  ] as const;

  it.each(weak)(
    'refuses %j as a new account’s password, naming "mật khẩu" and never echoing the value',
    async (password, why) => {
      const admin = await new Client(ctx.app).signIn(PEOPLE.admin, 'mây-trắng-bay-qua-đồi');
      const res = await admin.post('/api/users', {
        email: `yeu-${Math.random().toString(36).slice(2)}@diemmac.test`,
        name: 'Người Mới',
        role: 'viewer',
        password,
      });
      expect(res.status).toBe(400);
      const text = await res.text();
      const { error } = JSON.parse(text);
      const issue = error.issues.find((i: { path: string[] }) => i.path.join('.') === 'password');
      expect(issue.message_vi).toMatch(/^mật khẩu: /);
      expect(issue.message_vi).toContain(why);
      expect(issue.message_en).toMatch(/^password: /);
      expect(issue).not.toHaveProperty('received');
      expect(text).not.toContain(JSON.stringify(password).slice(1, -1));
    },
  );

  it('says of "123" at setup only that it is too short: the value appears nowhere in the answer', async () => {
    const res = await new Client(ctx.app).request('POST', '/api/auth/setup', {
      body: { token: 'x', email: 'a@b.vn', name: 'A', password: '123' },
      csrf: false,
      headers: { 'x-csrf-token': 't', cookie: 'diemmac_csrf=t' },
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toContain('123');
    expect(JSON.parse(text).error.issues[0].message_vi).toBe('mật khẩu: cần ít nhất 10 ký tự.');
  });

  it('accepts a passphrase of several words and a password change to one', async () => {
    const admin = await new Client(ctx.app).signIn(PEOPLE.admin, 'mây-trắng-bay-qua-đồi');
    const res = await admin.post('/api/users', {
      email: 'manh@diemmac.test',
      name: 'Người Mạnh',
      role: 'member',
      password: 'sông-Đà-chảy-về-xuôi',
    });
    expect(res.status).toBe(201);
    const { user } = await res.json();
    expect((await admin.patch(`/api/users/${user.id}`, { password: 'aaaaaaaaaa' })).status).toBe(400);
    expect((await admin.patch(`/api/users/${user.id}`, { password: 'núi-Tản-mây-Ba-Vì' })).status).toBe(200);
    const { entries } = await (await admin.get('/api/audit')).json();
    const text = JSON.stringify(entries);
    expect(text).not.toContain('sông-Đà-chảy-về-xuôi');
    expect(text).not.toContain('núi-Tản-mây-Ba-Vì');
  });

  it('logged no unexpected server error', () => {
    expect(ctx.errors).toEqual([]);
  });
});
