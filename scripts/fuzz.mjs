#!/usr/bin/env node
// npm run fuzz [-- RUNS [SEED]]: mutated supervisions from the two examples through parse →
// check → render (HTML, Markdown, .docx) over the built packages, then RUNS / 20 mutated notices
// as written (the seed notice beside the repository when there is one, our own notices of the
// examples as Markdown and as mammoth's HTML of their .docx) through read → check. Prints the
// number of exceptions, a rule that failed counted among them (must be 0), and the slowest input.
// Not part of the timed test suite; seeded runs of 300 and 150 sit among the notice and reader
// packages' tests.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as core from '@diemmac/core';
import * as notice from '@diemmac/notice';
import * as reader from '@diemmac/reader';
import { fuzz, fuzzNotices, ownNotices } from './fuzz-lib.mjs';

const runs = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 20_261_129);
const bases = ['diem-mac-2024.yaml', 'thanh-binh-2025.yaml'].map((name) => {
  const read = core.readText(readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8'));
  if (!read.ok) throw new Error(`examples/${name} does not read`);
  return [name, read.data];
});

const started = performance.now();
let latest;
/** What a run saw: its first line, its exceptions, its slowest input, the failures kept. */
const summary = (r, head) => {
  console.log(head);
  console.log(`exceptions: ${r.exceptions}`);
  console.log(
    `slowest input: ${r.slowest.ms.toFixed(0)} ms, from ${r.slowest.base}: ${r.slowest.done.join('; ')}`,
  );
  for (const f of r.failures) console.log(`\n[${f.base}] ${f.stage} after ${f.done.join('; ')}\n${f.error}`);
};
const dataHead = (r) => {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return `inputs: ${r.runs} (seed ${seed}), parsed and rendered: ${r.parsed}, time: ${seconds} s`;
};
// A long run stopped with Ctrl-C (or kill) still reports what it has seen.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (latest) summary(latest, dataHead(latest));
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
summary(result, dataHead(result));

// mammoth, as the reader has it: what an uploaded .docx is read through.
const mammoth = createRequire(import.meta.resolve('@diemmac/reader'))('mammoth');
const now = { year: 2024, month: 12, day: 1 };
const notices = [];
const seedNotice = new URL('../../shared/seed/000_53488146ee78dd7d.txt', import.meta.url);
if (existsSync(seedNotice)) notices.push(['seed.txt', readFileSync(seedNotice, 'utf8'), 'txt']);
const models = bases.map(([name, data]) => {
  const parsed = core.parseSupervision(data);
  if (!parsed.ok) throw new Error(`examples/${name} does not parse`);
  return [name.replace(/\.yaml$/, ''), parsed.value];
});
notices.push(
  ...(await ownNotices(models, { now, api: { ...core, ...notice, convertToHtml: mammoth.convertToHtml } })),
);
const noticeRuns = Math.max(1, Math.round(runs / 20));
const read = fuzzNotices({ bases: notices, runs: noticeRuns, seed, api: { ...core, ...reader }, now });
summary(read, `\nnotices as written: ${read.runs} (seed ${seed}), checked: ${read.checked}`);
process.exitCode = result.exceptions === 0 && read.exceptions === 0 ? 0 : 1;
