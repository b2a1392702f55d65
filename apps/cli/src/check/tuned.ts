import { workerData } from 'node:worker_threads';
import type { WorkerSetup } from './pool.js';
import { follow } from './tune.js';

// Imported first by a check's worker thread (worker.ts), before the core: the core's code cache is
// chosen as it loads, by the V8 flags the main thread set for the process (tune.ts).
follow((workerData as WorkerSetup).tuning);
