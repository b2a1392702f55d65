import { randomBytes } from 'node:crypto';
import { RestoreRefused, restoreAdministrator } from './admin/restore.js';
import { connect, migrateToLatest } from './db/index.js';

// `npm run admin -w @diemmac/web -- reset-password EMAIL`: the operator's way back in when no
// administrator can sign in. Reads the same DATABASE_URL / DATA_DIR as the server. The new
// password comes from ADMIN_PASSWORD, or is generated and printed once. Exit codes: 0 done,
// 1 the database failed, 2 a wrong command or input.

const USAGE = `Cách dùng (usage):
  npm run admin -w @diemmac/web -- reset-password EMAIL

Tài khoản EMAIL trở thành quản trị viên đang hoạt động với mật khẩu mới (tạo mới nếu chưa có);
các phiên đăng nhập cũ của tài khoản đó bị đóng, nhật ký ghi lại việc này.
Mật khẩu lấy từ biến ADMIN_PASSWORD; nếu không đặt, một mật khẩu ngẫu nhiên được in ra một lần.
Dùng cùng DATABASE_URL / DATA_DIR với máy chủ.

EMAIL becomes an active administrator with a new password (created if missing); its sessions
end and the audit trail records it. The password is ADMIN_PASSWORD, or a random one printed once.`;

async function main(argv: string[]): Promise<number> {
  const [command, email, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command !== 'reset-password' || !email || rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const given = process.env.ADMIN_PASSWORD || undefined;
  // 18 random bytes in base64url: 24 characters, far above zxcvbn's score 3.
  const password = given ?? randomBytes(18).toString('base64url');
  const db = connect({
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: process.env.DATA_DIR || './data',
  });
  try {
    await migrateToLatest(db.kysely, db.dialect);
    const r = await restoreAdministrator(db, { email, password, from: 'command' }, new Date());
    console.log(
      r.created
        ? `Đã tạo quản trị viên ${r.email} (administrator created) trong ${db.label}.`
        : `Đã khôi phục quyền quản trị cho ${r.email} (administrator restored) trong ${db.label}.`,
    );
    if (!given) console.log(`Mật khẩu mới (new password, shown once): ${password}`);
    return 0;
  } catch (err) {
    if (err instanceof RestoreRefused) {
      console.error(`diemmac admin: ${err.message_vi} (${err.message_en})`);
      return 2;
    }
    console.error(
      `diemmac admin: không ghi được vào cơ sở dữ liệu ${db.label} (database error): ${err instanceof Error ? err.message : String(err)}`,
    );
    return 1;
  } finally {
    await db.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
