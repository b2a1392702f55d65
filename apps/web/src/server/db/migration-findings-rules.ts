import type { Kysely, Migration } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed today
type AnyDb = Kysely<any>;

/**
 * Each version's findings counted by rule, stored beside its counts by severity (0002): the
 * province's summary reads them instead of checking every supervision on every request. JSON
 * text, `[[code, severity, count], …]`; null until the version is next summarised (the summary
 * route fills it for rows that have none).
 */
export const findingsRulesMigration: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('supervisions').addColumn('findings_rules', 'text').execute();
  },
  async down(db: AnyDb) {
    await db.schema.alterTable('supervisions').dropColumn('findings_rules').execute();
  },
};
