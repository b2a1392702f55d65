import { closeSync, openSync, readSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import {
  type DossierRecount,
  mergeRecounts,
  type RecountPart,
  type RegisterIssue,
} from '@diemmac/core/register';
import type { PartJob } from './recount-worker.js';

type Part = RecountPart & { complete: boolean; utf8Ok: boolean };

/**
 * Recounts a large CSV register in two worker threads, each reading one half (cut at a line
 * feed near the middle; the second half gets the header put back), and joins the halves with
 * the core's `mergeRecounts`. Returns undefined whenever the halves cannot give exactly what
 * one reading gives (a cut inside a quoted cell, a code repeated across the halves, bytes that
 * are not UTF-8, a worker that failed): the caller then reads the register whole.
 *
 * @example
 * (await recountInTwo('so.csv', size, period)) ?? (await readWhole())
 */
export async function recountInTwo(
  file: string,
  size: number,
  period: PartJob['period'],
): Promise<{ recount: DossierRecount | undefined; issues: RegisterIssue[] } | undefined> {
  const fd = openSync(file, 'r');
  let header: Uint8Array;
  let cut: number;
  try {
    const head = window(fd, 0);
    const lf = head.indexOf(10);
    // A header with quotes may hold a line break: not worth the risk, read whole.
    if (lf < 0 || head.subarray(0, lf).includes(34)) return undefined;
    header = head.slice(0, lf + 1);
    const middle = Math.floor(size / 2);
    const at = window(fd, middle).indexOf(10);
    if (at < 0 || middle + at + 1 >= size || middle <= lf) return undefined;
    cut = middle + at + 1;
  } finally {
    closeSync(fd);
  }
  try {
    const [first, second] = await Promise.all([
      part({ file, start: 0, end: cut, period }),
      part({ file, start: cut, end: size, header, period }),
    ]);
    if (!first.complete || !first.utf8Ok || !second.utf8Ok) return undefined;
    return mergeRecounts(first, second);
  } catch {
    return undefined;
  }
}

/** Up to 64 KiB of the file from `at`. */
function window(fd: number, at: number): Buffer {
  const buffer = Buffer.alloc(1 << 16);
  const n = readSync(fd, buffer, 0, buffer.length, at);
  return buffer.subarray(0, n);
}

function part(job: PartJob): Promise<Part> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./recount-worker.mjs', import.meta.url), {
      workerData: job,
      // A small young generation: the scan allocates little, and two default ones cost ~60 MB.
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    worker.once('message', (m: Part) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`recount worker exited with ${code}`));
    });
  });
}
