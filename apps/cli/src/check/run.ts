import { availableParallelism } from 'node:os';
import { type InspectOptions, inspector } from './inspect.js';
import type { Checked } from './pool.js';
import type { Progress } from './progress.js';
import { currentTuning } from './tune.js';

/**
 * Below this many files, worker threads cost more than they save: each loads and warms up
 * its own copy of the code. Measured on two cores (`npm run bench`): 45 files, one thread
 * 1.5 s, two workers 1.9 s; 300 files, even; 1,000 files, 17.8 s against 12.2 s.
 */
export const POOL_THRESHOLD = 250;

/**
 * How many threads check the files, this one included: `--jobs n` as given (1: this thread
 * alone), else one per core, at most four, once there are enough files to pay for the workers.
 *
 * @example
 * threadsFor(1000, undefined, 2) // 2
 * threadsFor(40, undefined, 2) // 1
 */
export function threadsFor(
  files: number,
  jobs: number | undefined,
  cores: number = availableParallelism(),
): number {
  if (jobs !== undefined) return Math.min(jobs, files);
  return files >= POOL_THRESHOLD ? Math.max(1, Math.min(4, cores)) : 1;
}

/**
 * Checks every file, in this thread and `threads - 1` worker threads, and hands each to
 * `onChecked` in the order given, as soon as it is ready: its report, or with `entries` (a JSON
 * report) on worker threads, its JSON entry written out there (pool.ts).
 *
 * @example
 * await inspectAll(files, { lang: 'vi', now }, { threads: 2, progress }, (c) => take(c));
 */
export async function inspectAll(
  files: readonly string[],
  options: InspectOptions,
  run: { threads: number; progress: Progress; entries?: boolean },
  onChecked: (checked: Checked) => void,
): Promise<void> {
  const inspect = inspector(options);
  if (run.threads > 1) {
    // This thread checks files too, beside threads - 1 workers.
    const setup = { options, entries: run.entries ?? false, tuning: currentTuning() };
    const tick = (file: string) => run.progress.tick(file);
    const local = (file: string) => ({ file, report: inspect(file) });
    // node:worker_threads loads only for a batch.
    const { inspectInPool } = await import('./pool.js');
    return inspectInPool(files, setup, run.threads - 1, onChecked, tick, local);
  }
  for (const file of files) {
    onChecked({ file, report: inspect(file) });
    run.progress.tick(file);
    // Let the progress bar draw between files.
    if (files.length > 1) await new Promise((resolve) => setImmediate(resolve));
  }
}
