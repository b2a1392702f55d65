import { parentPort, workerData } from 'node:worker_threads';
import { type InspectOptions, inspector } from './inspect.js';

// A worker of the pool in pool.ts: prepared once, then checks the files it is sent, one
// message per file.
const inspect = inspector(workerData as InspectOptions);
parentPort?.on('message', (job: { index: number; file: string }) => {
  try {
    parentPort?.postMessage({ index: job.index, report: inspect(job.file) });
  } catch (e) {
    parentPort?.postMessage({
      index: job.index,
      crash: e instanceof Error ? (e.stack ?? e.message) : String(e),
    });
  }
});
