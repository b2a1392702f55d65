import { parseSupervision, type Supervision } from '@diemmac/core';
import { type ProvinceSummary, type SummaryItem, summarise } from '@diemmac/core/summary';
import type { Deps } from '../context.js';
import type { SupervisionRow } from '../db/schema.js';
import { dayAsked } from '../real-day.js';
import { storeSummary } from '../store/supervisions.js';
import { analyse, Lru } from '../supervisions/analyse.js';
import { summaryColumns } from '../supervisions/status.js';
import { dayKey } from '../supervisions/today.js';
import type { SummaryQuery } from './query.js';
import { decodeRules, findingsOf } from './rules.js';

type Row = Pick<SupervisionRow, 'id' | 'version' | 'document' | 'findings_rules' | 'pack_pin'>;

/**
 * The province's view, computed from the stored supervisions and the findings stored with each
 * version (counted by rule when it was written or refreshed): no supervision is checked here
 * unless it has no stored counts yet (written before they existed), and then only once, its
 * counts stored for the next request. Parsed models are kept per (id, version); whole answers
 * per query until the next write (the list's cache generation).
 */
export class ProvinceSummaries {
  private readonly models = new Lru<Supervision>(5000);
  private readonly answers = new Lru<{ summary: ProvinceSummary; json: string }>(32);

  constructor(private readonly deps: Pick<Deps, 'db' | 'today' | 'lists' | 'packs'>) {}

  async get(query: SummaryQuery): Promise<{ summary: ProvinceSummary; json: string }> {
    const today = this.deps.today();
    const asOf = dayAsked(query.asOf, today);
    const key = this.deps.lists.key([
      'summary',
      dayKey(today),
      dayKey(asOf),
      query.year,
      query.body,
      query.status,
    ]);
    const cached = this.answers.get(key);
    if (cached) return cached;
    const items = await this.items();
    const summary = summarise(items, {
      asOf,
      filters: { year: query.year, body: query.body, status: query.status },
    });
    const answer = { summary, json: JSON.stringify({ summary, today }, exact) };
    this.answers.set(key, answer);
    return answer;
  }

  /**
   * Every stored supervision as a summary item. Documents are read only for versions whose model
   * is not kept yet (or whose counts by rule are missing): an unchanged database costs one query
   * of small columns.
   */
  private async items(): Promise<SummaryItem[]> {
    const { kysely } = this.deps.db;
    const heads = await kysely
      .selectFrom('supervisions')
      .select(['id', 'version', 'findings_rules'])
      .orderBy('id')
      .execute();
    const ready = new Map<number, SummaryItem>();
    const missing: number[] = [];
    for (const head of heads) {
      const stored = decodeRules(head.findings_rules);
      const model = stored && this.models.get(`${head.id}:${head.version}`);
      if (stored && model) ready.set(head.id, { supervision: model, findings: findingsOf(stored) });
      else missing.push(head.id);
    }
    // In slices: SQLite caps the number of bound values in one statement.
    for (let i = 0; i < missing.length; i += 500) {
      const rows = await kysely
        .selectFrom('supervisions')
        .select(['id', 'version', 'document', 'findings_rules', 'pack_pin'])
        .where('id', 'in', missing.slice(i, i + 500))
        .execute();
      for (const row of rows) ready.set(row.id, await this.item(row));
    }
    // A row deleted between the two queries is simply not there.
    return heads.flatMap((h) => ready.get(h.id) ?? []);
  }

  private async item(row: Row): Promise<SummaryItem> {
    const stored = decodeRules(row.findings_rules);
    const modelKey = `${row.id}:${row.version}`;
    if (stored) {
      let supervision = this.models.get(modelKey);
      if (!supervision) {
        const parsed = parseSupervision(JSON.parse(row.document));
        if (!parsed.ok) throw new Error(`stored supervision ${row.id} no longer parses`);
        supervision = parsed.value;
        this.models.set(modelKey, supervision);
      }
      return { supervision, findings: findingsOf(stored) };
    }
    // Written before findings were counted by rule: checked once, and the counts kept.
    const today = this.deps.today();
    const pack = await this.deps.packs.forSupervision(row.pack_pin);
    const r = analyse(JSON.parse(row.document), today, pack.resolved);
    if (!r.ok) throw new Error(`stored supervision ${row.id} no longer parses`);
    await storeSummary(
      this.deps.db.kysely,
      row.id,
      row.version,
      summaryColumns(r.analysis.model, r.analysis, today, r.analysis.pack),
    );
    this.models.set(modelKey, r.analysis.model);
    return { supervision: r.analysis.model, findings: r.analysis.findings };
  }
}

/** Counts (bigint) as digit strings; exact decimals serialise themselves as strings. */
function exact(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
