// npm run bench -w @diemmac/core (register part): recounts a generated 1,000,000-row dossier
// register and runs the same count with DuckDB on the same CSV, each in its own process.
// Targets (issue 15): our time ≤ 1.5 × DuckDB's, our peak memory ≤ 200 MB; the figures agree.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeRegister } from './register-data.mjs';

const ROWS = Number(process.env.REGISTER_ROWS ?? 1_000_000);
const file = join(tmpdir(), `diemmac-register-${ROWS}.csv`);
if (!existsSync(file)) await writeRegister(file, ROWS);
const [from, to] = ['20240101', '20240930'];
const here = new URL('.', import.meta.url).pathname;
const run = (script) =>
  JSON.parse(execFileSync('node', [join(here, script), file, from, to], { encoding: 'utf8' }));

// The CLI, when built, reads a large register in two halves in two threads (apps/cli
// recount-split.ts): timed whole, start-up included, with its peak memory from /usr/bin/time.
const CLI = join(here, '../../../apps/cli/dist/bin.js');
const runCli = () => {
  const started = process.hrtime.bigint();
  const args = [
    CLI,
    'recount',
    file,
    '--from',
    iso(from),
    '--to',
    iso(to),
    '--format',
    'json',
    '--workers',
    '2',
  ];
  const r = spawnSync('/usr/bin/time', ['-f', '%M', 'node', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, maxRssMb: Number(r.stderr.trim().split('\n').at(-1)) / 1024, report: JSON.parse(r.stdout) };
};
const iso = (d) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
const withCli = existsSync(CLI) && existsSync('/usr/bin/time');

// Three runs each, alternating, best time kept (the file is in the page cache after the first).
const ours = [];
const duck = [];
const cli = [];
for (let i = 0; i < 3; i++) {
  ours.push(run('register-recount.mjs'));
  duck.push(run('register-duckdb.mjs'));
  if (withCli) cli.push(runCli());
}
const best = (runs) => runs.reduce((a, b) => (a.ms <= b.ms ? a : b));
const o = best(ours);
const d = best(duck);
const r = o.recount;
const agree =
  r.received.total === d.row.received &&
  r.received.online === d.row.online &&
  r.received.direct === d.row.direct &&
  r.received.postal === d.row.postal &&
  r.received.carriedOver === d.row.carried_over &&
  r.resolved.early === d.row.early &&
  r.resolved.onTime === d.row.on_time &&
  r.resolved.late === d.row.late &&
  r.pending.withinDeadline === d.row.within_deadline &&
  r.pending.overdue === d.row.overdue &&
  r.withdrawn === d.row.withdrawn &&
  r.suspended === d.row.suspended;

const mb = (statSync(file).size / 1e6).toFixed(1);
console.log(`register recount: ${ROWS.toLocaleString('en')} rows, ${mb} MB CSV, period ${from}–${to}`);
console.log(
  `  DuckDB (yardstick)       ${d.ms.toFixed(0).padStart(6)} ms   CPU ${d.cpuMs.toFixed(0).padStart(6)} ms   peak RSS ${d.maxRssMb.toFixed(0)} MB`,
);
console.log(
  `  diemmac recount          ${o.ms.toFixed(0).padStart(6)} ms   CPU ${o.cpuMs.toFixed(0).padStart(6)} ms   peak RSS ${o.maxRssMb.toFixed(0)} MB`,
);
if (withCli) {
  const c = best(cli);
  const same = JSON.stringify(c.report.recount) === JSON.stringify(r);
  console.log(
    `  diemmac CLI, 2 threads   ${c.ms.toFixed(0).padStart(6)} ms   (start-up included)   peak RSS ${c.maxRssMb.toFixed(0)} MB   ${(c.ms / d.ms).toFixed(2)}× DuckDB, same figures: ${same ? 'yes' : 'NO'}`,
  );
  if (!same) process.exitCode = 1;
}
console.log(
  `  ratio to DuckDB          ${(o.ms / d.ms).toFixed(2)}× wall time (target ≤ 1.5×), ${(o.cpuMs / d.cpuMs).toFixed(2)}× CPU time; memory target ≤ 200 MB`,
);
console.log(`  machine load (1 min)     ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
console.log(
  `  figures agree with DuckDB: ${agree ? 'yes' : 'NO'}  (received ${r.received.total}, resolved ${r.resolved.total}, pending ${r.pending.total})`,
);
if (!agree) {
  console.log(JSON.stringify({ ours: r, duckdb: d.row }, null, 2));
  process.exitCode = 1;
}
