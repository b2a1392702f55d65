// Renders the seed notice in process and prints how long each format takes.
// Run after `npm run build`: node bench/render.bench.mjs (or `npm run bench`).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkSupervision, parseSupervisionText } from '@diemmac/core';
import { buildNotice, toDocx, toHtml, toMarkdown } from '../dist/index.js';

const TARGET_MS = 100;
const WARM_UP = 10;
const RUNS = 50;

const text = readFileSync(new URL('../../../examples/diem-mac-2024.yaml', import.meta.url), 'utf8');
const read = parseSupervisionText(text);
if (!read.ok) throw new Error('examples/diem-mac-2024.yaml does not parse');
const model = read.value;
const findings = checkSupervision(model, { now: { year: 2024, month: 11, day: 20 } });

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
  const row = { name, median: at(0.5), p95: at(0.95), min: times[0] };
  console.log(
    `${name.padEnd(42)} median ${row.median.toFixed(1).padStart(6)} ms   p95 ${row.p95.toFixed(1).padStart(6)} ms   min ${row.min.toFixed(1).padStart(6)} ms`,
  );
  return row;
}

console.log(
  `@diemmac/notice, seed notice (${findings.length} findings), ${RUNS} runs after ${WARM_UP} warm-up, Node ${process.version}`,
);
let bytes = 0;
const docx = await measure('buildNotice + toDocx (with annex)', async () => {
  bytes = (await toDocx(buildNotice(model, { findings, annex: true }))).byteLength;
});
await measure('buildNotice + toDocx (no annex)', () => toDocx(buildNotice(model)));
await measure('buildNotice + toHtml (with annex)', () =>
  toHtml(buildNotice(model, { findings, annex: true })),
);
await measure('buildNotice + toMarkdown (with annex)', () =>
  toMarkdown(buildNotice(model, { findings, annex: true })),
);
const verdict = docx.median <= TARGET_MS ? 'within' : 'OVER';
console.log(
  `.docx: ${bytes} bytes; median ${docx.median.toFixed(1)} ms, ${verdict} the ${TARGET_MS} ms target`,
);
