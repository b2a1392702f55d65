import type { Kysely, Migration } from 'kysely';
import type { DialectName } from './connect.js';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

/**
 * Packs an administrator installs (packs/store.ts): each (pack id, version) is one immutable row
 * holding the pack as read; the one the installation checks under; and, on every supervision, the
 * pack its stored findings summary was computed under and an optional pin to one pack version.
 */
export function packsMigration(dialect: DialectName): Migration {
  return {
    async up(db: AnyDb) {
      const table = db.schema.createTable('packs');
      await (dialect === 'postgres'
        ? table.addColumn('id', 'serial', (c) => c.primaryKey())
        : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      )
        .addColumn('pack_id', 'text', (c) => c.notNull())
        .addColumn('version', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('digest', 'text', (c) => c.notNull())
        .addColumn('installed_at', 'text', (c) => c.notNull())
        .addColumn('installed_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addUniqueConstraint('packs_id_version', ['pack_id', 'version'])
        .execute();
      // One row per scope ('installation'); no row means the built-in default pack.
      await db.schema
        .createTable('pack_choice')
        .addColumn('scope', 'text', (c) => c.primaryKey())
        .addColumn('pack_row', 'integer', (c) => c.notNull().references('packs.id'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.alterTable('supervisions').addColumn('pack_id', 'text').execute();
      await db.schema.alterTable('supervisions').addColumn('pack_version', 'text').execute();
      // No foreign key: SQLite cannot drop a column that has one (down), and pack rows are never
      // deleted; the app checks the row exists before it pins.
      await db.schema.alterTable('supervisions').addColumn('pack_pin', 'integer').execute();
    },
    async down(db: AnyDb) {
      for (const name of ['pack_pin', 'pack_version', 'pack_id']) {
        await db.schema.alterTable('supervisions').dropColumn(name).execute();
      }
      await db.schema.dropTable('pack_choice').execute();
      await db.schema.dropTable('packs').execute();
    },
  };
}
