import { availableParallelism } from 'node:os';
import { type InspectOptions, inspector } from './inspect.js';
import { inspectInPool } from './pool.js';
import type { Progress } from './progress.js';
import type { FileReport } from './report.js';

/**
 * Below this many files, worker threads cost more than they save: each loads and warms up
 * its own copy of the code. Measured on two cores (`npm run bench`): 45 files, one thread
 * 1.5 s, two workers 1.9 s; 300 files, even; 1,000 files, 17.8 s against 12.2 s.
 */
export const POOL_THRESHOLD = 250;

/**
 * How many threads check the files: `--jobs n` as given (1: this thread alone), else one
 * worker per core, at most four, once there are enough files to pay for them.
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
 * Checks every file, on `threads` worker threads or in this one, and hands each report to
 * `onReport` in the order given, as soon as it is ready.
 *
 * @example
 * await inspectAll(files, { lang: 'vi', now }, { threads: 2, progress }, (report) => out.add(report));
 */
export async function inspectAll(
  files: readonly string[],
  options: InspectOptions,
  run: { threads: number; progress: Progress },
  onReport: (report: FileReport) => void,
): Promise<void> {
  if (run.threads > 1) {
    return inspectInPool(files, options, run.threads, onReport, (file) => run.progress.tick(file));
  }
  const inspect = inspector(options);
  for (const file of files) {
    onReport(inspect(file));
    run.progress.tick(file);
    // Let the progress bar draw between files.
    if (files.length > 1) await new Promise((resolve) => setImmediate(resolve));
  }
}
