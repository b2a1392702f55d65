import { Worker } from 'node:worker_threads';
import type { InspectOptions } from './inspect.js';
import type { FileReport, Tally } from './report.js';
import type { Tuning } from './tune.js';

/**
 * What a worker sends back for one file: its report, or, for a JSON report, the file's entry
 * written out as UTF-8 bytes (moved, not copied, to this thread) with the tally the totals need.
 * Copying a report between threads costs about as much as writing it out, so the worker writes
 * it out, in parallel, and this thread only passes the bytes on.
 */
export type Checked =
  | { file: string; report: FileReport }
  | { file: string; entry: Uint8Array; tally: Tally };

/** What a worker is set up with: the options of the check, and what to send back. */
export interface WorkerSetup {
  options: InspectOptions;
  /** How the main thread tuned V8 for the run (check/tune.ts): the process's flags, which the worker's code caches must match. */
  tuning: Tuning;
  /** Send each file's JSON entry written out (`jsonEntry`) rather than its report. */
  entries: boolean;
}

type Reply = { index: number; checked: Checked } | { index: number; crash: string };

/** Files kept in flight per worker, so a worker never waits for the main thread. */
const IN_FLIGHT = 2;

/**
 * Each file's garbage dies young, but a scavenge copies what the file in hand still holds: with a
 * young generation of 4 MB a worker scavenged many times a file. 32 MB keeps its memory flat over
 * a long batch and scavenges less (V8's default would grow it further: 273 MB peak RSS on 300
 * files, two workers, an earlier measure). Measured here: 150 files on two threads under
 * cachegrind, 9.90 billion instructions against 10.17 with 4 MB; 1,000 files, peak RSS 188–206 MB
 * against 200–206 MB.
 */
const YOUNG_GENERATION_MB = 32;

/**
 * Checks files on `size` worker threads, and in this thread too when `local` is given (this
 * thread has the core loaded already, and on two cores one worker beside it wastes less than
 * two workers fighting it for the CPU), handing out the next file as each one finishes.
 * Each worker loads the code once and checks file after file; `onChecked` receives every
 * file in the order of `files`, as soon as it and those before it are done, so the caller
 * can write it out and let it go.
 *
 * @example
 * await inspectInPool(files, { options, entries: true, tuning: 'batch' }, 1, (c) => take(c), (file) => bar.tick(file), local);
 */
export async function inspectInPool(
  files: readonly string[],
  setup: WorkerSetup,
  size: number,
  onChecked: (checked: Checked) => void,
  onDone: (file: string) => void = () => {},
  local?: (file: string) => Checked,
): Promise<void> {
  const workers = Array.from(
    { length: Math.max(local ? 0 : 1, Math.min(size, files.length)) },
    () =>
      new Worker(new URL('./worker.mjs', import.meta.url), {
        workerData: setup,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      }),
  );
  // Files that came back before an earlier one: held until their turn.
  const waiting = new Map<number, Checked>();
  let turn = 0;
  let next = 0;
  let done = 0;
  let stopped = false;
  try {
    await new Promise<void>((resolve, reject) => {
      if (files.length === 0) return resolve();
      const settle = (index: number, checked: Checked) => {
        waiting.set(index, checked);
        onDone(checked.file);
        for (let c = waiting.get(turn); c !== undefined; c = waiting.get(turn)) {
          waiting.delete(turn++);
          onChecked(c);
        }
        done++;
        if (done === files.length) resolve();
      };
      const send = (worker: Worker) => {
        if (next < files.length) {
          worker.postMessage({ index: next, file: files[next] });
          next++;
        }
      };
      for (const worker of workers) {
        worker.on('message', (reply: Reply) => {
          if ('crash' in reply) return reject(new Error(`worker: ${reply.crash}`));
          send(worker);
          settle(reply.index, reply.checked);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (done < files.length) reject(new Error(`worker exited with code ${code}`));
        });
        for (let i = 0; i < IN_FLIGHT; i++) send(worker);
      }
      if (local) {
        // One file at a time, then a turn of the event loop, so the workers' replies are
        // answered with their next file and the progress bar draws.
        const step = () => {
          if (stopped || next >= files.length) return;
          const index = next++;
          try {
            settle(index, local(files[index]!));
          } catch (e) {
            return reject(e);
          }
          setImmediate(step);
        };
        step();
      }
    });
  } finally {
    stopped = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
