// node bench/ab.bench.mjs /path/to/older/dist/index.js — an interleaved A/B of the check: the older
// build and this one take turns in one process, a short spell each, so load elsewhere on a shared
// machine falls on both alike. Prints each build's median rate and the ratio, for a long-lived
// checker on the same example and on copies whose subjects and paragraphs are all new, and the
// parse and the whole way from YAML text to findings.
import { readFileSync } from 'node:fs';
import { altered, measureAll } from './shared.mjs';

const older = process.argv[2];
if (!older) throw new Error('usage: node bench/ab.bench.mjs /path/to/older/dist/index.js');
const builds = {
  old: await import(older),
  new: await import(process.env.CORE_DIST ?? new URL('../dist/index.js', import.meta.url).href),
};
const text = readFileSync(new URL('../../../examples/diem-mac-2024.yaml', import.meta.url), 'utf8');
const now = { year: 2024, month: 11, day: 20 };
const FRESH = 300;

const rows = {};
for (const [name, core] of Object.entries(builds)) {
  const read = core.parseSupervisionText(text);
  const checker = core.createChecker();
  const fresh = Array.from(
    { length: FRESH },
    (_, n) => core.parseSupervision(altered(read.data, n + 1)).value,
  );
  let freshChecker = core.createChecker();
  let next = 0;
  const json = JSON.stringify(read.data);
  rows[`${name} parse (from JSON)`] = () => core.parseSupervision(JSON.parse(json));
  const copies = Array.from({ length: 100 }, () => JSON.parse(json));
  let copy = 0;
  rows[`${name} parse alone`] = () => core.parseSupervision(copies[copy++ % 100]);
  rows[`${name} readText`] = () => core.readText(text);
  rows[`${name} parse + check (from JSON)`] = () => {
    const r = core.parseSupervision(JSON.parse(json));
    if (r.ok) checker.check(r.value, { now });
  };
  rows[`${name} YAML text → findings`] = () => {
    const r = core.parseSupervisionText(text);
    if (r.ok) checker.check(r.value, { now });
  };
  rows[`${name} check, long-lived checker`] = () => checker.check(read.value, { now });
  rows[`${name} check, fresh texts`] = () => {
    if (next === FRESH) {
      freshChecker = core.createChecker();
      next = 0;
    }
    freshChecker.check(fresh[next++], { now });
  };
}

// Many short turns: a burst of load elsewhere on a shared machine then moves few of the medians.
const results = measureAll(rows, { rounds: 31, ms: 80, warmup: 30 });
for (const row of [
  'parse alone',
  'parse (from JSON)',
  'readText',
  'parse + check (from JSON)',
  'YAML text → findings',
  'check, long-lived checker',
  'check, fresh texts',
]) {
  const a = results[`old ${row}`];
  const b = results[`new ${row}`];
  console.log(
    `${row.padEnd(30)} old ${Math.round(a).toString().padStart(6)} /s   new ${Math.round(b).toString().padStart(6)} /s   ${(b / a).toFixed(2)}×`,
  );
}
