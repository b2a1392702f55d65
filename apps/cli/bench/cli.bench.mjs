// Whole-process timings of the built CLI beside their yardstick from the same run (bare
// Node start), and a district's batch with its peak memory.
// Usage: npm run build && npm run bench -w diemmac
//   BENCH_RUNS=31 (start-up runs), BENCH_FILES=1000, BENCH_BATCH_RUNS=3, BENCH_EXTRA=1 (also
//   --jobs 1 and a 300-file batch), BENCH_BASELINE=/copy/of/apps/cli/bin/diemmac.js (another build,
//   e.g. a copy of bin/ and dist/ made before a change: each batch row is measured for both,
//   their runs interleaved, so a busy machine slows both alike).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { altered } from '../../../packages/core/bench/shared.mjs';

// The installed command (bin/diemmac.js, which loads dist/bin.js): what a user's shell runs.
const BIN = fileURLToPath(new URL('../bin/diemmac.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const EXAMPLE = join(ROOT, 'examples/diem-mac-2024.yaml');
// The start sits near its target, and single runs on a shared VM move by a third either way: 31
// interleaved runs of each command steady the medians (15 printed 1.58× and 2.25× within an hour).
const RUNS = Number(process.env.BENCH_RUNS ?? 31);
const FILES = Number(process.env.BENCH_FILES ?? 1000);
const BATCH_RUNS = Number(process.env.BENCH_BATCH_RUNS ?? 3);
const BASELINE = process.env.BENCH_BASELINE;
const env = { ...process.env, CI: '1', NO_COLOR: '1' };
const dir = mkdtempSync(join(tmpdir(), 'diemmac-bench-'));
// Preloaded into a batch run: its peak resident memory (every thread) when it exits.
const RSS_HOOK = join(dir, 'rss.cjs');
const RSS_FILE = join(dir, 'rss.txt');
writeFileSync(
  RSS_HOOK,
  `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(RSS_FILE)}, String(process.resourceUsage().maxRSS)));\n`,
);

/** CPU time of the finished child processes so far, in ms (Linux: /proc; elsewhere NaN). */
function childCpu() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime + cstime, 100 ticks a second
  } catch {
    return Number.NaN;
  }
}

/** One process: wall time (ms), CPU time of all its threads (ms). */
function time(args, extraEnv = {}) {
  const cpu = childCpu();
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, cpu: childCpu() - cpu };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const load = () => loadavg()[0].toFixed(2);
const cores = availableParallelism();

console.log(`diemmac bench: Node ${process.version}, ${cores} cores, load average ${load()} at start`);
console.log('Each row beside its yardstick, measured in the same run, interleaved.\n');

// Start-up: the three commands interleaved, so a busy moment of the machine hits all alike.
const commands = {
  node: ['-e', '0'],
  version: [BIN, '--version'],
  check: [BIN, 'check', EXAMPLE, '--today', '2024-11-20'],
};
const start = { node: [], version: [], check: [] };
for (let i = 0; i < 2; i++) for (const args of Object.values(commands)) time(args);
for (let i = 0; i < RUNS; i++) for (const [k, args] of Object.entries(commands)) start[k].push(time(args).ms);
const node = median(start.node);
const row = (label, runs, target = '') => {
  const ms = median(runs);
  const min = `[min ${Math.min(...runs).toFixed(0)} ms]`;
  return `  ${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / node).toFixed(2).padStart(5)}× node -e 0  ${min.padEnd(15)} ${target}`;
};
console.log(`Start-up, whole process, median of ${RUNS} runs:`);
console.log(row('node -e 0 (yardstick)', start.node));
console.log(row('diemmac --version', start.version));
console.log(row('diemmac check examples/diem-mac-2024.yaml', start.check, 'target ≤ 2×'));

try {
  // A district's batch: variations of the example with seeded figures (some agree, some do not).
  // Read as the CLI reads: numbers with separators stay as written ("1.230" is not 1.23).
  const asWritten = {
    customTags: (tags) => tags.filter((t) => typeof t === 'string' || !t.tag.endsWith(':float')),
  };
  const base = parse(readFileSync(EXAMPLE, 'utf8'), asWritten);
  const random = mulberry32(2024);
  // `own`: every subject and paragraph of each file its own (see `altered`), as in a province's
  // real batch, where communes share their legal bases but write their own prose.
  const write = (folder, n, own = false) => {
    mkdirSync(folder, { recursive: true });
    let bytes = 0;
    for (let i = 0; i < n; i++) {
      const file = join(folder, `xa-${String(i).padStart(4, '0')}.yaml`);
      const data = vary(base, i, random);
      writeFileSync(file, stringify(own ? altered(data, i + 1) : data));
      bytes += statSync(file).size;
    }
    return bytes / n;
  };
  // Each build with its code caches in a folder of its own: two builds in one folder would each
  // remove the other's cache (src/core/load.ts) and both would compile at every run.
  const builds = [{ bin: BIN, label: '', tmp: join(dir, 'tmp-this') }];
  if (BASELINE) builds.push({ bin: BASELINE, label: 'baseline: ', tmp: join(dir, 'tmp-baseline') });
  for (const b of builds) mkdirSync(b.tmp);
  /**
   * Median wall time, CPU time and peak RSS of `runs` runs of check over `folder`, for each build
   * (runs interleaved, after one run each that makes the code caches): one row each.
   */
  const batch = (folder, jobs, label, runs = BATCH_RUNS) => {
    const argsOf = (bin) => {
      const args = ['-r', RSS_HOOK, bin, 'check', folder, '--today', '2024-11-20', '--format', 'json'];
      if (jobs) args.push('--jobs', String(jobs));
      return args;
    };
    const results = builds.map(() => []);
    for (let i = 0; i < runs + 1; i++) {
      builds.forEach((b, k) => {
        const { ms, cpu } = time(argsOf(b.bin), { TMPDIR: b.tmp });
        if (i === 0) return;
        results[k].push({ ms, cpu, rss: Number(readFileSync(RSS_FILE, 'utf8')) / 1024 });
      });
    }
    return builds.map((b, k) => {
      const m = (key) => median(results[k].map((r) => r[key]));
      const min = Math.min(...results[k].map((r) => r.ms));
      const figures = `${(m('ms') / 1000).toFixed(2).padStart(6)} s   peak RSS ${m('rss').toFixed(0).padStart(4)} MB   CPU ${(m('cpu') / 1000).toFixed(1)} s   [min ${(min / 1000).toFixed(2)} s]`;
      return `  ${`${b.label}${label}`.padEnd(BASELINE ? 54 : 44)} ${figures}`;
    });
  };
  const print = (rows, target = '') => {
    rows.forEach((row, k) => {
      console.log(k === 0 && target ? `${row}   ${target}` : row);
    });
  };
  const district = join(dir, 'district');
  const size = write(district, FILES);
  console.log(
    `\nBatch: check --format json over ${FILES} supervisions of ${(size / 1000).toFixed(0)} KB, median of ${BATCH_RUNS} runs after one that makes the code caches (CPU: every thread):`,
  );
  // As the CLI decides (run.ts): from 250 files, one thread per core, at most four: the main
  // thread and threads - 1 workers.
  const threads = FILES >= 250 ? Math.min(4, cores) : 1;
  const workers = (n) => `main + ${n - 1} worker${n > 2 ? 's' : ''}`;
  const label = `default (${threads === 1 ? 'one thread' : `${threads} threads: ${workers(threads)}`})`;
  print(batch(district, undefined, label), 'target ≤ 3 s on 2 cores, < 300 MB');
  // The batch above varies figures only, so its texts repeat from file to file and a checker
  // reads each once. Here no two files share a paragraph: every text is read anew, and kept.
  const province = join(dir, 'province');
  const ownSize = write(province, FILES, true);
  console.log(
    `\nThe same, ${FILES} supervisions of ${(ownSize / 1000).toFixed(0)} KB whose every subject and paragraph is their own:`,
  );
  print(batch(province, undefined, label), 'memory target < 300 MB');
  if (process.env.BENCH_EXTRA) {
    print(batch(district, 1, '--jobs 1 (one thread)'));
    const few = join(dir, 'few');
    write(few, 300);
    console.log('\n300 files, just above the pool threshold (250):');
    print(batch(few, 1, '--jobs 1 (one thread)'));
    print(batch(few, 2, `--jobs 2 (${workers(2)})`));
  }
  // The bench's own threads count in the load average: only above the cores is other work there.
  const end = loadavg()[0];
  console.log(
    `\nLoad average ${end.toFixed(2)} at the end${end > cores ? ` (above ${cores}, other work shared the CPU: figures are noisy)` : ` (at most ${cores}, the cores this bench uses)`}.`,
  );
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
