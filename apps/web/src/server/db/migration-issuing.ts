import type { Kysely, Migration } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

/** The stage of each conclusion notice (draft → signing → issued); see issuing/stage.ts. */
export const issuingMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('notice_stages')
      .addColumn('supervision_id', 'integer', (c) =>
        c.primaryKey().references('supervisions.id').onDelete('cascade'),
      )
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropTable('notice_stages').execute();
  },
};
