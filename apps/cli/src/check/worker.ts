import { parentPort, workerData } from 'node:worker_threads';
import { type InspectOptions, inspectFile } from './inspect.js';

// A worker of the pool in pool.ts: checks the files it is sent, one message per file.
const options = workerData as InspectOptions;
parentPort?.on('message', (job: { index: number; file: string }) => {
  try {
    parentPort?.postMessage({ index: job.index, report: inspectFile(job.file, options) });
  } catch (e) {
    parentPort?.postMessage({
      index: job.index,
      crash: e instanceof Error ? (e.stack ?? e.message) : String(e),
    });
  }
});
