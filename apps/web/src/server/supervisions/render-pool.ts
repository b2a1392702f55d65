import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { ApiError } from '../errors.js';
import type { Day } from './today.js';

export type NoticeFormat = 'docx' | 'html' | 'md';

/** Renders notices off the event loop. */
export interface NoticeRenderer {
  render(task: {
    document: string;
    today: Day;
    format: NoticeFormat;
    annex: boolean;
    /** The pack's data as JSON text (`PackInUse.content`); absent: the default pack. */
    pack?: string | undefined;
  }): Promise<{ body: Uint8Array | string; type: string }>;
  /** A stored supervision's subject and findings counts as of `today`, checked off the event loop. */
  summarise(task: { document: string; today: Day; pack?: string | undefined }): Promise<{
    subject: string;
    counts: { error: number; warning: number; info: number };
    /** Code and severity of each finding, for the counts by rule. */
    findings: { code: string; severity: 'error' | 'warning' | 'info' }[];
  }>;
  /** The report on a supervision's recommendations as of a day (.docx), off the event loop. */
  followUpReport(task: {
    document: string;
    followUps: unknown[];
    asOf: Day;
  }): Promise<{ body: Uint8Array | string; type: string }>;
  close(): Promise<void>;
}

type Outcome =
  | { ok: true; body: Uint8Array | string; type: string }
  | { ok: false; reason: 'unavailable' | 'unparsable'; detail: string };

// Beside the bundle in dist/ (tsup builds notice-worker.js), or beside this file in src/.
function workerFile(): string {
  const candidates = ['./notice-worker.js', './notice-worker.mjs'].map((f) => new URL(f, import.meta.url));
  const found = candidates.find((u) => existsSync(fileURLToPath(u)));
  if (!found)
    throw new Error('notice-worker.js is missing beside the server bundle: rebuild with `npm run build`');
  return found.href;
}

/**
 * A pool of worker threads for notices: one fewer than the cores (at least one), so the main
 * thread keeps a core for the API. Waiting requests queue; past `maxQueue` the answer is 503.
 *
 * @example
 * const pool = noticePool({ threads: 1 });
 * const { body, type } = await pool.render({ document: row.document, today, format: 'docx', annex: false });
 */
export function noticePool(
  options: { threads?: number | undefined; maxQueue?: number } = {},
): NoticeRenderer {
  let pool: Piscina | undefined;
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const get = () => {
    pool ??= new Piscina({
      filename: workerFile(),
      minThreads: 0,
      maxThreads: threads,
      maxQueue: options.maxQueue ?? 1000,
      idleTimeout: 30_000,
    });
    return pool;
  };
  return {
    async render(task) {
      const p = get();
      if (p.queueSize >= p.options.maxQueue) throw new ApiError('notice.busy', {}, { retryAfter: 5 });
      const outcome = (await p.run(task)) as Outcome;
      if (outcome.ok) return outcome;
      if (outcome.reason === 'unavailable')
        throw new ApiError('notice.unavailable', {}, {}, new Error(outcome.detail));
      throw new Error(`a stored supervision no longer parses: ${outcome.detail}`);
    },
    async followUpReport(task) {
      const p = get();
      if (p.queueSize >= p.options.maxQueue) throw new ApiError('notice.busy', {}, { retryAfter: 5 });
      const outcome = (await p.run(task, { name: 'followUpReport' })) as Outcome;
      if (outcome.ok) return outcome;
      if (outcome.reason === 'unavailable')
        throw new ApiError('notice.unavailable', {}, {}, new Error(outcome.detail));
      throw new Error(`a stored supervision no longer parses: ${outcome.detail}`);
    },
    async summarise(task) {
      const outcome = (await get().run(task, { name: 'summarise' })) as
        | {
            ok: true;
            subject: string;
            counts: { error: number; warning: number; info: number };
            findings: { code: string; severity: 'error' | 'warning' | 'info' }[];
          }
        | { ok: false; detail: string };
      if (!outcome.ok) throw new Error(`a stored supervision no longer parses: ${outcome.detail}`);
      return outcome;
    },
    async close() {
      await pool?.destroy();
    },
  };
}
