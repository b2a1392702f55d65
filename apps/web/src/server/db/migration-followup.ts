import type { Kysely, Migration } from 'kysely';
import type { DialectName } from './connect.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

/**
 * Recommendations followed up after the notice (see followup/store.ts): each step recorded
 * (never edited, never deleted: the history is the record), and the later supervision that
 * took a recommendation up. "Overdue" depends on the day asked and is never stored.
 */
export function followUpMigration(dialect: DialectName): Migration {
  return {
    async up(db: AnyDb) {
      const table = db.schema.createTable('followup_entries');
      await (dialect === 'postgres'
        ? table.addColumn('id', 'serial', (c) => c.primaryKey())
        : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      )
        .addColumn('supervision_id', 'integer', (c) =>
          c.notNull().references('supervisions.id').onDelete('cascade'),
        )
        .addColumn('recommendation', 'integer', (c) => c.notNull())
        // The entry's day as YYYY-MM-DD (sorts as text); its written form is in `entry`.
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('entry', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('followup_entries_supervision')
        .on('followup_entries')
        .columns(['supervision_id', 'recommendation', 'day'])
        .execute();
      await db.schema
        .createTable('followup_links')
        .addColumn('supervision_id', 'integer', (c) =>
          c.notNull().references('supervisions.id').onDelete('cascade'),
        )
        .addColumn('recommendation', 'integer', (c) => c.notNull())
        .addColumn('taken_up_by', 'integer', (c) =>
          c.notNull().references('supervisions.id').onDelete('cascade'),
        )
        .addColumn('taken_up_recommendation', 'integer')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('followup_links_pk', ['supervision_id', 'recommendation'])
        .execute();
      await db.schema
        .createIndex('followup_links_taken_up_by')
        .on('followup_links')
        .column('taken_up_by')
        .execute();
    },
    async down(db: AnyDb) {
      await db.schema.dropTable('followup_links').execute();
      await db.schema.dropTable('followup_entries').execute();
    },
  };
}
