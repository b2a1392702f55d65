import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { hashPassword } from './auth/password.js';
import { type AppConfig, DEFAULT_CONFIG } from './config.js';
import { connect, type Db, migrateToLatest } from './db/index.js';
import { ApiError } from './errors.js';
import { Setup } from './schemas.js';
import { exampleFile, seedExample } from './seed.js';
import { audit } from './store/audit.js';
import { countUsers, insertUser } from './store/users.js';

// The process shell: reads the environment, prepares the database, listens, and is the one
// place that exits the process.

interface Env {
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  adminName: string;
  host: string | undefined;
  seed: boolean;
  secureCookies: boolean;
  trustProxy: boolean;
}

function readEnv(env: NodeJS.ProcessEnv): Env {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`PORT phải là số cổng 0–65535 (PORT must be a port number), nhận được "${env.PORT}"`);
  return {
    port,
    dataDir: env.DATA_DIR || './data',
    databaseUrl: env.DATABASE_URL || undefined,
    adminEmail: env.ADMIN_EMAIL || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    adminName: env.ADMIN_NAME || 'Quản trị viên',
    host: env.HOST || undefined,
    seed: env.SEED_EXAMPLE !== 'false' && env.SEED_EXAMPLE !== '0',
    secureCookies: env.SECURE_COOKIES === 'true' || env.SECURE_COOKIES === '1',
    trustProxy: env.TRUST_PROXY === 'true' || env.TRUST_PROXY === '1',
  };
}

function fail(message: string): never {
  console.error(`diemmac: ${message}`);
  process.exit(1);
}

async function ensureAdministrator(
  db: Db,
  env: Env,
  now: Date,
): Promise<{ created?: string; setupToken?: string }> {
  if ((await countUsers(db.kysely)) > 0) return {};
  if (!env.adminEmail || !env.adminPassword) return { setupToken: randomBytes(24).toString('base64url') };
  const r = Setup.safeParse({
    token: '-',
    email: env.adminEmail,
    name: env.adminName,
    password: env.adminPassword,
  });
  if (!r.success) {
    const fields = r.error.issues.map((i) => i.path.join('.')).join(', ');
    fail(
      `ADMIN_EMAIL/ADMIN_PASSWORD chưa hợp lệ (${fields}); mật khẩu cần ít nhất 10 ký tự. (invalid administrator: ${fields}; the password needs 10+ characters)`,
    );
  }
  const at = now.toISOString();
  const passwordHash = await hashPassword(r.data.password);
  await db.kysely.transaction().execute(async (trx) => {
    const user = await insertUser(trx, {
      email: r.data.email,
      name: r.data.name,
      role: 'admin',
      passwordHash,
      at,
    });
    await audit(trx, {
      at,
      userId: null,
      action: 'user.create',
      detail: { id: user.id, email: user.email, role: 'admin', from: 'environment' },
    });
  });
  return { created: r.data.email.toLowerCase() };
}

async function main(): Promise<void> {
  const env = readEnv(process.env);
  const db = connect({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
  try {
    await migrateToLatest(db.kysely, db.dialect);
  } catch (err) {
    fail(
      `không chuẩn bị được cơ sở dữ liệu ${db.label} (cannot migrate the database): ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const admin = await ensureAdministrator(db, env, new Date());
  const config: AppConfig = {
    ...DEFAULT_CONFIG,
    secureCookies: env.secureCookies,
    trustProxy: env.trustProxy,
    publicDir: fileURLToPath(new URL('./public', import.meta.url)),
    ...(admin.setupToken ? { setupToken: admin.setupToken } : {}),
  };
  let seeded: number | undefined;
  if (env.seed) {
    const file = exampleFile();
    if (file) {
      try {
        seeded = await seedExample({ db, now: () => new Date(), config }, file);
      } catch (err) {
        // A broken example must not keep the office from its own data: start without it.
        const issues =
          err instanceof ApiError ? (err.data.issues ?? []).slice(0, 5).map((i) => `  ${i.message_vi}`) : [];
        console.warn(
          [
            `diemmac: không nạp được ví dụ ${file} (the example could not be loaded): ${err instanceof Error ? err.message : String(err)}`,
            ...issues,
          ].join('\n'),
        );
      }
    } else
      console.warn(
        'diemmac: không tìm thấy examples/diem-mac-2024.yaml; bỏ qua ví dụ (example not found, not loaded)',
      );
  }
  const app = createApp({ db, config });
  const server = serve(
    { fetch: app.fetch, port: env.port, ...(env.host ? { hostname: env.host } : {}) },
    (info) => {
      const address = `http://localhost:${info.port}`;
      const lines = [
        `diemmac đang chạy tại ${address}  (listening on ${address})`,
        `Cơ sở dữ liệu (database): ${db.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'} ${db.label}`,
      ];
      if (seeded !== undefined)
        lines.push(`Đã nạp ví dụ Điềm Mặc 2024 (example loaded): ${address}/s/${seeded}`);
      if (admin.created) {
        lines.push(
          `Đăng nhập lần đầu (first sign-in): ${admin.created} với mật khẩu trong ADMIN_PASSWORD (the password you set)`,
        );
      } else if (admin.setupToken) {
        lines.push(`Chưa có tài khoản. Tạo tài khoản quản trị tại (create the administrator, one time):`);
        lines.push(`  ${address}/setup#token=${admin.setupToken}`);
      } else {
        lines.push('Đăng nhập bằng tài khoản đã có (sign in with an existing account).');
      }
      console.log(lines.join('\n'));
    },
  );
  server.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EADDRINUSE')
      fail(`cổng ${env.port} đang được dùng; đặt PORT khác (port ${env.port} is in use; set PORT)`);
    fail(err.message);
  });
  const stop = () => {
    server.close();
    void db.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
