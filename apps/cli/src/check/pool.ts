import { Worker } from 'node:worker_threads';
import type { InspectOptions } from './inspect.js';
import type { FileReport } from './report.js';

type Reply = { index: number; report: FileReport } | { index: number; crash: string };

/** Files kept in flight per worker, so a worker never waits for the main thread. */
const IN_FLIGHT = 2;

/**
 * Each file's garbage dies young: a small young generation keeps a worker's memory flat over
 * a long batch. Measured on 300 files, two workers: peak RSS 273 MB with V8's default,
 * 195 MB with 4 MB, for the same CPU time.
 */
const YOUNG_GENERATION_MB = 4;

/**
 * Checks files on `size` worker threads, handing out the next file as each one finishes.
 * Each worker loads the code once and checks file after file; `onReport` receives every
 * report in the order of `files`, as soon as it and those before it are done, so the caller
 * can write it out and let it go.
 *
 * @example
 * await inspectInPool(files, options, 2, (report) => out.add(report), (file) => bar.tick(file));
 */
export async function inspectInPool(
  files: readonly string[],
  options: InspectOptions,
  size: number,
  onReport: (report: FileReport) => void,
  onDone: (file: string) => void = () => {},
): Promise<void> {
  const workers = Array.from(
    { length: Math.max(1, Math.min(size, files.length)) },
    () =>
      new Worker(new URL('./worker.js', import.meta.url), {
        workerData: options,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      }),
  );
  // Reports that came back before an earlier file's: held until their turn.
  const waiting = new Map<number, FileReport>();
  let turn = 0;
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      if (files.length === 0) return resolve();
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
          waiting.set(reply.index, reply.report);
          onDone(reply.report.file);
          for (let r = waiting.get(turn); r !== undefined; r = waiting.get(turn)) {
            waiting.delete(turn++);
            onReport(r);
          }
          done++;
          if (done === files.length) resolve();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (done < files.length) reject(new Error(`worker exited with code ${code}`));
        });
        for (let i = 0; i < IN_FLIGHT; i++) send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
