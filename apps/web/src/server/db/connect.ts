import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { QueuedSqliteDialect } from './sqlite-queue.js';

export type DialectName = 'sqlite' | 'postgres';

/** A connected database: one Kysely code path for both dialects. */
export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  /** Where it lives, for the start-up message (the password is never shown). */
  label: string;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** postgres://… selects PostgreSQL; otherwise SQLite in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** PostgreSQL schema to work in (the tests use one per run). */
  searchPath?: string | undefined;
}

/**
 * Opens PostgreSQL when a database URL is given, else the SQLite file
 * `${dataDir}/diemmac.sqlite` in WAL mode.
 *
 * @example
 * const db = connect({ dataDir: './data' }); // db.dialect === 'sqlite'
 */
export function connect(options: ConnectOptions): Db {
  if (options.databaseUrl) return connectPostgres(options.databaseUrl, options.searchPath);
  return connectSqlite(join(options.dataDir ?? './data', 'diemmac.sqlite'));
}

function connectSqlite(file: string): Db {
  mkdirSync(join(file, '..'), { recursive: true });
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  const kysely = new Kysely<Database>({
    dialect: new QueuedSqliteDialect({ database: withStatementCache(database) }),
  });
  return { kysely, dialect: 'sqlite', label: file, close: () => kysely.destroy() };
}

// Kysely prepares every query anew; preparing costs more than running a small query, so
// statements are kept by their SQL text. Safe: Kysely runs one query at a time on this
// connection and never iterates, and SQLite re-prepares a statement after a schema change.
function withStatementCache(database: SQLite.Database, size = 256): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        statements.set(sql, statement);
        if (statements.size > size) statements.delete(statements.keys().next().value as string);
      }
      return statement;
    },
  };
}

function connectPostgres(url: string, searchPath?: string): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kysely, dialect: 'postgres', label: redact(url), close: () => kysely.destroy() };
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres';
  }
}
