#!/usr/bin/env node
// npm run fuzz [-- RUNS [SEED]]: mutated supervisions from the two examples through parse →
// check → render (HTML, Markdown, .docx) over the built packages. Prints the number of
// exceptions (must be 0) and the slowest input. Not part of the timed test suite; a seeded
// run of 300 sits among the notice package's tests.
import { readFileSync } from 'node:fs';
import * as core from '@diemmac/core';
import * as notice from '@diemmac/notice';
import { fuzz } from './fuzz-lib.mjs';

const runs = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 20_261_129);
const bases = ['diem-mac-2024.yaml', 'thanh-binh-2025.yaml'].map((name) => {
  const read = core.readText(readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8'));
  if (!read.ok) throw new Error(`examples/${name} does not read`);
  return [name, read.data];
});

const started = performance.now();
let latest;
const summary = (r) => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`inputs: ${r.runs} (seed ${seed}), parsed and rendered: ${r.parsed}, time: ${seconds} s`);
  console.log(`exceptions: ${r.exceptions}`);
  console.log(
    `slowest input: ${r.slowest.ms.toFixed(0)} ms, from ${r.slowest.base}: ${r.slowest.done.join('; ')}`,
  );
  for (const f of r.failures) console.log(`\n[${f.base}] ${f.stage} after ${f.done.join('; ')}\n${f.error}`);
};
// A long run stopped with Ctrl-C (or kill) still reports what it has seen.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (latest) summary(latest);
    process.exit(latest?.exceptions === 0 ? 130 : 1);
  });
}
const result = await fuzz({
  bases,
  runs,
  seed,
  api: { ...core, ...notice },
  onProgress: (r) => {
    latest = r;
    if (r.runs % 1000 === 0) {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      console.log(`${r.runs} inputs, ${r.parsed} parsed, ${r.exceptions} exceptions, ${seconds} s`);
    }
  },
});
summary(result);
process.exitCode = result.exceptions === 0 ? 0 : 1;
