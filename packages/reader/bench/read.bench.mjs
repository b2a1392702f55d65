// Reads and checks notices in process and prints how long it takes. Target: a 40 KB notice in
// ≤ 100 ms. Run after `npm run build`: node bench/read.bench.mjs (or `npm run bench`).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkSupervision, parseSupervisionText } from '@diemmac/core';
import { buildNotice, toDocx } from '@diemmac/notice';
import { checkNotice, readNotice, readNoticeText } from '../dist/index.js';

const TARGET_MS = 100;
const WARM_UP = 5;
const RUNS = 30;
const NOW = { year: 2024, month: 12, day: 1 };

const seed = readFileSync(
  new URL('../../../../shared/seed/000_53488146ee78dd7d.txt', import.meta.url),
  'utf8',
);
// A 40 KB notice: the seed, with its general assessment written out again until it is long
// enough (more prose, the same figures), as longer notices are.
const assessment = seed.slice(seed.indexOf('## **III. ĐÁNH GIÁ CHUNG**'), seed.indexOf('## **IV.'));
let big = seed;
while (Buffer.byteLength(big) < 40 * 1024) big = big.replace('## **IV.', `${assessment}\n## **IV.`);

const yaml = readFileSync(new URL('../../../examples/diem-mac-2024.yaml', import.meta.url), 'utf8');
const model = parseSupervisionText(yaml);
if (!model.ok) throw new Error('examples/diem-mac-2024.yaml does not parse');
const docx = await toDocx(
  buildNotice(model.value, { findings: checkSupervision(model.value, { now: NOW }), annex: true }),
);

async function measure(name, run) {
  for (let i = 0; i < WARM_UP; i++) await run();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(
    `${name.padEnd(52)} median ${at(0.5).toFixed(1).padStart(6)} ms   p95 ${at(0.95).toFixed(1).padStart(6)} ms   min ${times[0].toFixed(1).padStart(6)} ms`,
  );
  return at(0.5);
}

console.log(`@diemmac/reader, ${RUNS} runs after ${WARM_UP} warm-up, Node ${process.version}`);
let findings = 0;
await measure(`seed .txt (${(Buffer.byteLength(seed) / 1024).toFixed(1)} KB): read + check`, () => {
  findings = checkNotice(readNoticeText(seed, 'txt'), { now: NOW }).findings.length;
});
const median = await measure(
  `40 KB notice (${(Buffer.byteLength(big) / 1024).toFixed(1)} KB .txt): read + check`,
  () => {
    checkNotice(readNoticeText(big, 'txt'), { now: NOW });
  },
);
await measure(
  `our .docx of the seed (${(docx.byteLength / 1024).toFixed(1)} KB): open + read + check`,
  async () => {
    checkNotice(await readNotice({ name: 'x.docx', bytes: docx }), { now: NOW });
  },
);
// For scale on a shared machine: the core's own check of the transcribed example, same runs.
const core = await measure('core only: checkSupervision of the example (scale)', () => {
  checkSupervision(model.value, { now: NOW });
});
console.log(`seed findings: ${findings}`);
console.log(`40 KB read + check ÷ core check alone: ${(median / core).toFixed(1)}×`);
console.log(
  `40 KB read + check median ${median.toFixed(1)} ms: ${median <= TARGET_MS ? 'within' : 'OVER'} the ${TARGET_MS} ms target`,
);
