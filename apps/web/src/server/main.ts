import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { RestoreRefused, restoreAdministrator } from './admin/restore.js';
import { createApp } from './app.js';
import { type AppConfig, DEFAULT_CONFIG } from './config.js';
import { connect, type Db, migrateToLatest } from './db/index.js';
import { ApiError } from './errors.js';
import { exampleFile, seedExample } from './seed.js';
import { countActiveAdmins, countUsers } from './store/users.js';
import { noticePool } from './supervisions/render-pool.js';
import { backfillSummaries } from './supervisions/service.js';
import { dayClock } from './supervisions/today.js';

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
  importLimitBytes: number;
  renderThreads: number | undefined;
}

function readEnv(env: NodeJS.ProcessEnv): Env {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`PORT phải là số cổng 0–65535 (PORT must be a port number), nhận được "${env.PORT}"`);
  const importLimit = env.IMPORT_MAX_BYTES ? Number(env.IMPORT_MAX_BYTES) : DEFAULT_CONFIG.importLimitBytes;
  if (!Number.isInteger(importLimit) || importLimit < 1024)
    fail(
      `IMPORT_MAX_BYTES phải là số byte nguyên ≥ 1024 (IMPORT_MAX_BYTES must be a whole number of bytes ≥ 1024), nhận được "${env.IMPORT_MAX_BYTES}"`,
    );
  const threads = env.RENDER_THREADS ? Number(env.RENDER_THREADS) : undefined;
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1 || threads > 64))
    fail(
      `RENDER_THREADS phải là số nguyên 1–64 (RENDER_THREADS must be 1–64), nhận được "${env.RENDER_THREADS}"`,
    );
  return {
    renderThreads: threads,
    importLimitBytes: importLimit,
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
): Promise<{ created?: string; restored?: string; setupToken?: string; noAdmin?: boolean }> {
  if ((await countUsers(db.kysely)) === 0) {
    if (!env.adminEmail || !env.adminPassword) return { setupToken: randomBytes(24).toString('base64url') };
  } else if ((await countActiveAdmins(db.kysely)) > 0) {
    return {};
  } else if (!env.adminEmail || !env.adminPassword) {
    return { noAdmin: true };
  }
  // No account yet, or none of them an active administrator: ADMIN_EMAIL/ADMIN_PASSWORD bring one.
  try {
    const r = await restoreAdministrator(
      db,
      { email: env.adminEmail!, password: env.adminPassword!, name: env.adminName, from: 'environment' },
      now,
    );
    return r.created ? { created: r.email } : { restored: r.email };
  } catch (err) {
    if (err instanceof RestoreRefused)
      fail(
        `ADMIN_EMAIL/ADMIN_PASSWORD chưa hợp lệ: ${err.message_vi} (invalid administrator: ${err.message_en})`,
      );
    throw err;
  }
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
  // Rows written before the list's summaries were stored get theirs now, once.
  const summarised = await backfillSummaries({
    db,
    today: dayClock(() => new Date(), DEFAULT_CONFIG.timeZone),
  });
  if (summarised > 0)
    console.log(
      `diemmac: đã tính tóm tắt phát hiện cho ${summarised} cuộc giám sát (findings summaries backfilled)`,
    );
  const admin = await ensureAdministrator(db, env, new Date());
  const config: AppConfig = {
    ...DEFAULT_CONFIG,
    secureCookies: env.secureCookies,
    trustProxy: env.trustProxy,
    importLimitBytes: env.importLimitBytes,
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
  const notices = noticePool({ threads: env.renderThreads });
  const app = createApp({ db, config, notices });
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
      if (admin.restored) {
        lines.push(
          `Không còn quản trị viên nào hoạt động: đã khôi phục ${admin.restored} với mật khẩu trong ADMIN_PASSWORD (administrator restored)`,
        );
      } else if (admin.noAdmin) {
        lines.push(
          'Cảnh báo: không còn quản trị viên nào hoạt động (no active administrator). Khôi phục bằng (restore with):',
          '  npm run admin -w @diemmac/web -- reset-password EMAIL   (hoặc đặt ADMIN_EMAIL và ADMIN_PASSWORD rồi khởi động lại)',
        );
      } else if (admin.created) {
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
    void Promise.allSettled([notices.close(), db.close()]).finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
