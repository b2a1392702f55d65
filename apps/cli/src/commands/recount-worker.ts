import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { createRegisterReader, type DayNumber } from '@diemmac/core/register';
import { readCachesOnly } from '../core/load.js';
import { utf8Checker } from '../io/utf8-stream.js';

/** One part of a register to recount in a worker thread (see recount-split.ts). */
export interface PartJob {
  file: string;
  /** Bytes [start, end) of the file. */
  start: number;
  end: number;
  /** The header's bytes, put back before a part that does not start the file. */
  header?: Uint8Array | undefined;
  period: { from: DayNumber; to: DayNumber };
}

readCachesOnly();
const job = workerData as PartJob;
const reader = createRegisterReader({ period: job.period });
const utf8 = utf8Checker();
let utf8Ok = true;
if (job.header) reader.pushBytes(job.header);
for await (const chunk of createReadStream(job.file, {
  start: job.start,
  end: job.end - 1,
  highWaterMark: 1 << 18,
}) as AsyncIterable<Buffer>) {
  if (utf8Ok && utf8.chunk(chunk)) utf8Ok = false;
  reader.pushBytes(chunk);
}
if (utf8.end()) utf8Ok = false;
const complete = reader.complete();
const codes = reader.codes().snapshot();
const { recount, issues } = reader.end();
// The code arrays move to the main thread rather than being copied.
const moved = [codes.hi.buffer, codes.lo.buffer, codes.rows.buffer] as ArrayBuffer[];
parentPort?.postMessage({ complete, utf8Ok, recount, issues, codes }, moved);
