import { Worker } from 'node:worker_threads';
import type { InspectOptions } from './inspect.js';
import type { FileReport } from './report.js';

type Reply = { index: number; report: FileReport } | { index: number; crash: string };

/** Files kept in flight per worker, so a worker never waits for the main thread. */
const IN_FLIGHT = 2;

/**
 * Checks files on `size` worker threads, handing out the next file as each one finishes,
 * and returns the reports in the order of `files`.
 *
 * @example
 * const reports = await inspectInPool(files, options, 2, (report) => bar.tick(report.file));
 */
export async function inspectInPool(
  files: readonly string[],
  options: InspectOptions,
  size: number,
  onReport: (report: FileReport) => void,
): Promise<FileReport[]> {
  const reports: FileReport[] = new Array(files.length);
  const workers = Array.from(
    { length: Math.max(1, Math.min(size, files.length)) },
    () => new Worker(new URL('./worker.js', import.meta.url), { workerData: options }),
  );
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
          reports[reply.index] = reply.report;
          onReport(reply.report);
          done++;
          if (done === files.length) resolve();
          else send(worker);
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
  return reports;
}
