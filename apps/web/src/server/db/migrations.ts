import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { DialectName } from './connect.js';
import { findingsRulesMigration } from './migration-findings-rules.js';
import { followUpMigration } from './migration-followup.js';
import { issuingMigration } from './migration-issuing.js';
import { packsMigration } from './migration-packs.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

function initial(dialect: DialectName): Migration {
  const id = (tb: ReturnType<AnyDb['schema']['createTable']>) =>
    dialect === 'postgres'
      ? tb.addColumn('id', 'serial', (c) => c.primaryKey())
      : tb.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  return {
    async up(db: AnyDb) {
      await id(db.schema.createTable('users'))
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('disabled_at', 'text')
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await id(db.schema.createTable('supervisions'))
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('body_name', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('document', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .execute();
      await id(db.schema.createTable('audit'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('supervision_id', 'integer', (c) => c.references('supervisions.id').onDelete('set null'))
        .addColumn('detail', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('audit_supervision')
        .on('audit')
        .columns(['supervision_id', 'id'])
        .execute();
      await id(db.schema.createTable('comments'))
        .addColumn('supervision_id', 'integer', (c) =>
          c.notNull().references('supervisions.id').onDelete('cascade'),
        )
        .addColumn('finding_code', 'text', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('comments_supervision').on('comments').column('supervision_id').execute();
    },
    async down(db: AnyDb) {
      for (const table of ['comments', 'audit', 'supervisions', 'sessions', 'users']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}

/**
 * The list reads columns only: each version's subject and findings counts are stored when it
 * is written (checks run on write, not on list), with the day they were computed for. Rows
 * written before this migration get them from `backfillSummaries` at start. The indexes
 * serve the list's order (year, id), its status filter, and the daily refresh of stale counts.
 */
const listSummary: Migration = {
  async up(db: AnyDb) {
    for (const [name, type] of [
      ['subject', 'text'],
      ['findings_error', 'integer'],
      ['findings_warning', 'integer'],
      ['findings_info', 'integer'],
      ['findings_as_of', 'text'],
    ] as const) {
      await db.schema.alterTable('supervisions').addColumn(name, type).execute();
    }
    await db.schema.createIndex('supervisions_year_id').on('supervisions').columns(['year', 'id']).execute();
    await db.schema
      .createIndex('supervisions_status_year_id')
      .on('supervisions')
      .columns(['status', 'year', 'id'])
      .execute();
    await db.schema
      .createIndex('supervisions_findings_as_of')
      .on('supervisions')
      .column('findings_as_of')
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropIndex('supervisions_findings_as_of').execute();
    await db.schema.dropIndex('supervisions_status_year_id').execute();
    await db.schema.dropIndex('supervisions_year_id').execute();
    for (const name of ['findings_as_of', 'findings_info', 'findings_warning', 'findings_error', 'subject']) {
      await db.schema.alterTable('supervisions').dropColumn(name).execute();
    }
  },
};

/** The migrations, in code: names sort in the order they run. */
export function migrationProvider(dialect: DialectName): MigrationProvider {
  return {
    getMigrations: async () => ({
      '0001_initial': initial(dialect),
      '0002_list_summary': listSummary,
      '0003_issuing': issuingMigration,
      '0004_packs': packsMigration(dialect),
      '0005_followup': followUpMigration(dialect),
      '0006_findings_rules': findingsRulesMigration,
    }),
  };
}

/**
 * Brings the database up to date; throws with the failing migration's error.
 *
 * @example
 * await migrateToLatest(db, 'sqlite');
 */
export async function migrateToLatest(db: AnyDb, dialect: DialectName): Promise<void> {
  const { error, results } = await (await migratorFor(db, dialect)).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(error)}`, {
      cause: error,
    });
  }
}

/**
 * The migrator of a database, its bookkeeping tables looked for in the connection's own schema.
 *
 * @example
 * await (await migratorFor(db, 'postgres')).migrateTo('0001_initial');
 */
export async function migratorFor(db: AnyDb, dialect: DialectName): Promise<Migrator> {
  // Kysely looks for its own tables in every schema unless told which: two databases in one
  // PostgreSQL server (the tests' schemas) would otherwise see each other's migration lock.
  const schema =
    dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  return new Migrator({
    db,
    provider: migrationProvider(dialect),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}
