import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connect, type Db } from '../db/connect.js';

/** A database for one test file: opened fresh, dropped after. */
export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  open(): Promise<{ db: Db; drop(): Promise<void> }>;
}

const sqlite: TestDatabase = {
  name: 'sqlite',
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'diemmac-web-'));
    const db = connect({ dataDir: dir });
    return {
      db,
      async drop() {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

function postgres(url: string): TestDatabase {
  return {
    name: 'postgres',
    async open() {
      // Each run works in its own schema, dropped afterwards: runs never see each other.
      const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      const db = connect({ databaseUrl: url, searchPath: schema });
      return {
        db,
        async drop() {
          await db.close();
          const c = new pg.Client({ connectionString: url });
          await c.connect();
          await c.query(`DROP SCHEMA ${schema} CASCADE`);
          await c.end();
        },
      };
    },
  };
}

/**
 * SQLite always; PostgreSQL when TEST_DATABASE_URL is set (CI sets it). The same tests run
 * on each: `describe.each(testDatabases())`.
 */
export function testDatabases(): TestDatabase[] {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    console.warn(
      '[diemmac web] TEST_DATABASE_URL is not set: the PostgreSQL run is skipped. ' +
        'Start one with apps/web/scripts/pg-test-server.sh start and export the URL it prints.',
    );
    return [sqlite];
  }
  return [sqlite, postgres(url)];
}
