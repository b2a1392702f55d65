// First, before the core loads: the V8 flags the main thread chose (tuned.ts).
import './tuned.js';
import { parentPort, workerData } from 'node:worker_threads';
import { readCachesOnly } from '../core/load.js';
import { CLI_MESSAGES } from '../messages/index.js';
import { inspector } from './inspect.js';
import { jsonEntry, utf8Bytes } from './json.js';
import type { Checked, WorkerSetup } from './pool.js';
import { tallyOf } from './report.js';

// A worker of the pool in pool.ts: prepared once, then checks the files it is sent, one
// message per file.
readCachesOnly();
const { options, entries } = workerData as WorkerSetup;
const inspect = inspector(options);
const messages = CLI_MESSAGES[options.lang];

parentPort?.on('message', (job: { index: number; file: string }) => {
  try {
    const report = inspect(job.file);
    if (!entries) {
      const checked: Checked = { file: job.file, report };
      parentPort?.postMessage({ index: job.index, checked });
      return;
    }
    // Its own buffer (never a slice of a shared pool), so it can be moved rather than copied.
    const entry = utf8Bytes(jsonEntry(report, messages));
    const checked: Checked = { file: job.file, entry, tally: tallyOf(report) };
    parentPort?.postMessage({ index: job.index, checked }, [entry.buffer]);
  } catch (e) {
    parentPort?.postMessage({
      index: job.index,
      crash: e instanceof Error ? (e.stack ?? e.message) : String(e),
    });
  }
});
