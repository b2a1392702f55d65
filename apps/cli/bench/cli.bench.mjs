// Whole-process timings of the built CLI against bare Node start, and a district's batch.
// Usage: npm run build && npm run bench   (BENCH_RUNS=21 for steadier medians)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const EXAMPLE = join(ROOT, 'examples/diem-mac-2024.yaml');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const FILES = Number(process.env.BENCH_FILES ?? 1000);
const env = { ...process.env, CI: '1', NO_COLOR: '1' };

/** CPU time of the finished child processes so far, in ms (Linux: /proc; elsewhere NaN). */
function childCpu() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime + cstime, 100 ticks a second
  } catch {
    return Number.NaN;
  }
}

let lastCpu = 0;
/** Wall time of one process, in milliseconds; its CPU time (all threads) goes to `lastCpu`. */
function time(args) {
  const cpu = childCpu();
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  lastCpu = childCpu() - cpu;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Start-up: the three commands interleaved, so a busy moment of the machine hits all alike.
const start = { node: [], version: [], check: [] };
for (let i = 0; i < 2; i++) {
  time(['-e', '0']);
  time([BIN, '--version']);
  time([BIN, 'check', EXAMPLE]);
}
for (let i = 0; i < RUNS; i++) {
  start.node.push(time(['-e', '0']));
  start.version.push(time([BIN, '--version']));
  start.check.push(time([BIN, 'check', EXAMPLE, '--today', '2024-11-20']));
}
const node = median(start.node);
const row = (label, ms, target) =>
  `${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms   ${(ms / node).toFixed(2)}× node${target ? `   (target ≤ ${target})` : ''}`;
console.log(`Start-up, median of ${RUNS} runs (whole process):`);
console.log(row('node -e 0', node));
console.log(row('diemmac --version', median(start.version), '2×'));
console.log(row('diemmac check examples/diem-mac-2024.yaml', median(start.check), '2×'));

// A district's batch: variations of the example with seeded figures (some agree, some do not).
const dir = mkdtempSync(join(tmpdir(), 'diemmac-bench-'));
try {
  // Read as the CLI reads: numbers with separators stay as written ("1.230" is not 1.23).
  const asWritten = {
    customTags: (tags) => tags.filter((t) => typeof t === 'string' || !t.tag.endsWith(':float')),
  };
  const base = parse(readFileSync(EXAMPLE, 'utf8'), asWritten);
  const random = mulberry32(2024);
  const write = (folder, n) => {
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < n; i++)
      writeFileSync(join(folder, `xa-${String(i).padStart(4, '0')}.yaml`), stringify(vary(base, i, random)));
  };
  const cores = availableParallelism();
  const batch = (folder, jobs) => {
    const args = [BIN, 'check', folder, '--today', '2024-11-20', '--format', 'json'];
    if (jobs) args.push('--jobs', String(jobs));
    const runs = [0, 1, 2].map(() => [time(args), lastCpu]);
    return `${median(runs.map((r) => r[0]))
      .toFixed(0)
      .padStart(6)} ms   CPU ${median(runs.map((r) => r[1])).toFixed(0)} ms`;
  };
  const district = join(dir, 'district');
  write(district, FILES);
  console.log(`\ncheck over ${FILES} generated supervisions (median of 3; CPU counts every thread):`);
  const label = `default (${Math.min(4, cores)} worker threads)`;
  console.log(`${label.padEnd(44)} ${batch(district)}   (target ≤ 3000 ms)`);
  console.log(`${'--jobs 1 (one thread)'.padEnd(44)} ${batch(district, 1)}`);
  const few = join(dir, 'few');
  write(few, 300);
  console.log('\n300 files, just above the pool threshold (250):');
  console.log(`${'--jobs 1 (one thread)'.padEnd(44)} ${batch(few, 1)}`);
  console.log(`${'--jobs 2 (two worker threads)'.padEnd(44)} ${batch(few, 2)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** Another commune: its own id and dossier figures; one in five does not add up. */
function vary(base, i, random) {
  const data = structuredClone(base);
  data.id = `xa-${String(i).padStart(4, '0')}`;
  const dossiers = data.sections[1].sections[1].sections[1].figures[0];
  const int = (n) => Math.floor(random() * n);
  const early = 500 + int(2000);
  const onTime = int(900);
  const late = int(5);
  const pending = int(20);
  dossiers.resolved = { total: early + onTime + late + (int(5) === 0 ? 1 : 0), early, onTime, late };
  dossiers.pending = { total: pending, withinDeadline: pending, overdue: 0 };
  const received = dossiers.resolved.total + pending;
  dossiers.received = { total: received, directOrPostal: int(10), online: received, carriedOver: 0 };
  dossiers.received.online = received - dossiers.received.directOrPostal;
  dossiers.apologies = late;
  // Budget: an exact rate by integer arithmetic, truncated to two decimals.
  const budget = data.sections[1].sections[1].sections[4].figures[0];
  const plan = 6_000_000_000n + BigInt(int(1_000_000)) * 1000n;
  const actual = (plan * BigInt(80 + int(20))) / 100n + BigInt(int(1_000_000));
  const basisPoints = (actual * 10000n) / plan;
  budget.revenue = {
    actual: group(actual),
    plan: group(plan),
    rate: `${basisPoints / 100n},${String(basisPoints % 100n).padStart(2, '0')}`,
  };
  return data;
}

function group(n) {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function mulberry32(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
