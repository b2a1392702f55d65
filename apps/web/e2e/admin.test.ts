import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../src/server/auth/password.js';
import { connect } from '../src/server/db/connect.js';
import { APP_DIR } from './server.js';

// `npm run admin -w @diemmac/web -- reset-password EMAIL`, run as the operator would: the
// built command against a data directory.
const ADMIN = join(APP_DIR, 'dist', 'admin.js');

describe('the admin command', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'diemmac-admin-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const run = (args: string[], env: Record<string, string> = {}) => {
    if (!existsSync(ADMIN)) throw new Error(`${ADMIN} is missing: run \`npm run build\` in apps/web first`);
    const { DATABASE_URL: _, ADMIN_PASSWORD: __, ...parent } = process.env;
    return spawnSync(process.execPath, [ADMIN, ...args], {
      env: { ...parent, DATA_DIR: dataDir, ...env },
      encoding: 'utf8',
    });
  };
  const user = async (email: string) => {
    const db = connect({ dataDir });
    try {
      return await db.kysely.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    } finally {
      await db.close();
    }
  };

  it('creates an administrator with a generated password, printed once', async () => {
    const r = run(['reset-password', 'ChuTich@xa.gov.vn']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Đã tạo quản trị viên chutich@xa.gov.vn');
    const password = /Mật khẩu mới \(new password, shown once\): (\S+)/.exec(r.stdout)?.[1];
    expect(password).toBeDefined();
    const row = await user('chutich@xa.gov.vn');
    expect(row).toMatchObject({ role: 'admin', disabled_at: null });
    expect(await verifyPassword(password!, row!.password_hash)).toBe(true);
  });

  it('restores a demoted, disabled account with the password from ADMIN_PASSWORD, without printing it', async () => {
    const db = connect({ dataDir });
    await db.kysely
      .updateTable('users')
      .set({ role: 'viewer', disabled_at: '2024-11-20T00:00:00.000Z' })
      .where('email', '=', 'chutich@xa.gov.vn')
      .execute();
    await db.close();
    const r = run(['reset-password', 'chutich@xa.gov.vn'], { ADMIN_PASSWORD: 'mây-trắng-bay-qua-đồi' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Đã khôi phục quyền quản trị cho chutich@xa.gov.vn');
    expect(r.stdout + r.stderr).not.toContain('mây-trắng-bay-qua-đồi');
    const row = await user('chutich@xa.gov.vn');
    expect(row).toMatchObject({ role: 'admin', disabled_at: null });
    expect(await verifyPassword('mây-trắng-bay-qua-đồi', row!.password_hash)).toBe(true);
  });

  it('exits 2 for a weak password, a wrong email or a wrong command, saying why', () => {
    const weak = run(['reset-password', 'chutich@xa.gov.vn'], { ADMIN_PASSWORD: 'password12' });
    expect(weak.status).toBe(2);
    expect(weak.stderr).toContain('mật khẩu: quá dễ đoán');
    expect(weak.stderr).not.toContain('password12');
    expect(run(['reset-password', 'khong-phai-email']).status).toBe(2);
    const usage = run(['xoa-het']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('reset-password EMAIL');
  });
});
