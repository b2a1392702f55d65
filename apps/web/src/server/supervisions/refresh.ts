import type { Deps } from '../context.js';
import { markSummaryDay, storeSummary, supervisionsSummarisedBefore } from '../store/supervisions.js';
import { summaryColumns } from './status.js';
import { isoDay } from './today.js';

/**
 * Brings the list's stored counts up to today, once a day, in the background: findings such as
 * an overdue recommendation depend on the day. The checks run in the worker pool, a few rows at
 * a time, so requests never wait for them; until a row is done the list shows its counts with
 * the day they were computed for (`countsAsOf`).
 *
 * @example
 * refresher.poke(); // from the list route: starts a run unless today's has run or is running
 */
export class SummaryRefresher {
  private doneFor = '';
  private running: Promise<number> | undefined;

  constructor(
    private readonly deps: Pick<Deps, 'db' | 'today' | 'notices' | 'lists' | 'packs'>,
    private readonly log: (error: unknown) => void,
  ) {}

  poke(): void {
    const day = isoDay(this.deps.today());
    if (this.running || this.doneFor === day) return;
    this.running = this.run(day)
      .then((n) => {
        this.doneFor = day;
        return n;
      })
      .catch((err: unknown) => {
        this.log(err);
        return 0;
      })
      .finally(() => {
        this.running = undefined;
      });
  }

  /** The current run's count of refreshed rows (0 when none runs). */
  settled(): Promise<number> {
    return this.running ?? Promise.resolve(0);
  }

  private async run(day: string): Promise<number> {
    const { db, notices, lists, packs } = this.deps;
    const today = this.deps.today();
    let done = 0;
    for (;;) {
      const rows = await supervisionsSummarisedBefore(db.kysely, day, 20);
      if (rows.length === 0) return done;
      for (const row of rows) {
        try {
          const pack = await packs.forSupervision(row.pack_pin);
          const s = await notices.summarise({ document: row.document, today, pack: pack.content });
          await storeSummary(db.kysely, row.id, row.version, {
            ...summaryColumns(s, s, today, pack),
            findings_as_of: day,
          });
        } catch (err) {
          // A row that cannot be checked keeps its counts; it is not retried until tomorrow.
          this.log(err);
          await markSummaryDay(db.kysely, row.id, row.version, day);
        }
        done++;
      }
      lists.invalidate();
    }
  }
}
