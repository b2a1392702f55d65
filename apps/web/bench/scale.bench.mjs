// The server at a province's scale (issue 14), run with `npm run bench` after `npm run build`.
// Load goes only to a server this script starts on 127.0.0.1, bounded in count and time.
// 1. fills the database with 5,000 supervisions through the API (each checked on write);
// 2. GET /api/supervisions (one page) under 50 connections: p99 target ≤ 50 ms, with
//    /api/health measured at the same time (target: p99 ≤ 50 ms, beside its idle figure);
// 3. 200 .docx downloads at once, with /api/health measured meanwhile (p99 ≤ 50 ms).
// BENCH_SUPERVISIONS (5000), BENCH_SECONDS (10), BENCH_DATABASE_URL (PostgreSQL) change the run.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readText } from '@diemmac/core';
import autocannon from 'autocannon';

const app = fileURLToPath(new URL('..', import.meta.url));
const server = join(app, 'dist', 'server.js');
if (!existsSync(server)) {
  console.error('dist/server.js is missing: run `npm run build` first');
  process.exit(1);
}
const COUNT = Math.min(Number(process.env.BENCH_SUPERVISIONS ?? 5000), 20_000);
const DURATION = Math.min(Number(process.env.BENCH_SECONDS ?? 10), 60);
const DOWNLOADS = 200;
// Read as the app reads a file: numbers as written ("2.173" is two thousand one hundred and
// seventy-three, which a plain YAML parser would turn into a fraction).
const read = readText(readFileSync(join(app, '..', '..', 'examples', 'diem-mac-2024.yaml'), 'utf8'));
if (!read.ok) throw new Error('examples/diem-mac-2024.yaml does not read');
const example = read.data;

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'diemmac-scale-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const admin = { email: 'bench@diemmac.test', password: 'mật-khẩu-đo-tốc-độ' };
const { DATABASE_URL: _, ...env } = process.env;
const child = spawn(process.execPath, [server], {
  env: {
    ...env,
    ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {}),
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});

const ms = (n) => `${Math.round(n * 10) / 10} ms`;
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const verdict = (value, target) => (value <= target ? 'met' : 'NOT met');

try {
  await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes(`localhost:${port}`)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });

  const jar = new Map();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const call = async (method, path, body) => {
    const res = await fetch(base + path, {
      method,
      headers: {
        cookie: cookie(),
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(method !== 'GET' ? { 'x-csrf-token': jar.get('diemmac_csrf') ?? '' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
    return res;
  };
  await call('GET', '/api/auth/session');
  const login = await call('POST', '/api/auth/login', admin);
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status}`);

  // 1. Fill: every supervision goes through the API, so each is parsed and checked on write.
  const fillStart = performance.now();
  let next = 0;
  const writer = async () => {
    while (next < COUNT) {
      const i = next++;
      const res = await call('POST', '/api/supervisions', {
        document: { ...example, id: `tinh-${i}`, year: 2015 + (i % 10) },
      });
      if (res.status !== 201) throw new Error(`create ${i}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: 4 }, writer));
  const fillSeconds = (performance.now() - fillStart) / 1000;

  const load = (path, connections, seconds, extra = {}) =>
    autocannon({
      url: `${base}${path}`,
      connections,
      duration: seconds,
      headers: { cookie: cookie(), 'accept-encoding': 'gzip' },
      ...extra,
    });
  // The yardstick: /api/health alone, 5 connections (a few browsers polling).
  const healthIdle = await load('/api/health', 5, Math.min(DURATION, 5));

  // 2. The list under 50 connections while /api/health is measured at the same time.
  await load('/api/supervisions', 50, 2); // warm-up, not measured
  const [list, healthDuringList] = await Promise.all([
    load('/api/supervisions', 50, DURATION),
    load('/api/health', 5, DURATION),
  ]);
  const deep = await load(`/api/supervisions?offset=${Math.max(0, COUNT - 50)}`, 50, Math.min(DURATION, 5));
  const first = await (await call('GET', '/api/supervisions')).json();

  // 3. 200 .docx downloads at once (each a different supervision), /api/health meanwhile.
  const ids = first.supervisions.map((s) => s.id);
  const pageTwo = await (await call('GET', '/api/supervisions?limit=200&offset=50')).json();
  ids.push(...pageTwo.supervisions.map((s) => s.id));
  let probe;
  const probeDone = new Promise((resolve) => {
    probe = autocannon(
      { url: `${base}/api/health`, connections: 5, duration: 120, headers: { cookie: cookie() } },
      (_err, result) => resolve(result),
    );
  });
  const times = [];
  let failed = 0;
  const docxStart = performance.now();
  await Promise.all(
    Array.from({ length: DOWNLOADS }, async (_, i) => {
      const t = performance.now();
      const res = await fetch(`${base}/api/supervisions/${ids[i % ids.length]}/notice.docx`, {
        headers: { cookie: cookie() },
      });
      await res.arrayBuffer();
      if (res.status !== 200) failed++;
      times.push(performance.now() - t);
    }),
  );
  const docxSeconds = (performance.now() - docxStart) / 1000;
  probe.stop();
  const healthDuringDocx = await probeDone;
  times.sort((a, b) => a - b);

  const db = process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'SQLite';
  console.log(`diemmac web at scale (Node ${process.version}, ${db}, ${COUNT} supervisions)`);
  console.log(
    `Fill: ${COUNT} supervisions created through POST /api/supervisions (each checked on write), 4 writers: ${fillSeconds.toFixed(1)} s, ${Math.round(COUNT / fillSeconds)} /s`,
  );
  console.log(
    `Yardstick: GET /api/health alone, 5 connections: p50 ${healthIdle.latency.p50} ms · p99 ${healthIdle.latency.p99} ms`,
  );
  console.log(
    `GET /api/supervisions (page of ${first.supervisions.length} of ${first.total}), 50 connections, ${DURATION} s: p50 ${list.latency.p50} ms · p99 ${list.latency.p99} ms (target ≤ 50 ms: ${verdict(list.latency.p99, 50)}) · ${Math.round(list.requests.average)} requests/s · non-2xx ${list.non2xx}`,
  );
  console.log(
    `  GET /api/health at the same time, 5 connections: p50 ${healthDuringList.latency.p50} ms · p99 ${healthDuringList.latency.p99} ms (target ≤ 50 ms: ${verdict(healthDuringList.latency.p99, 50)}; alone ${healthIdle.latency.p99} ms)`,
  );
  console.log(
    `  last page (offset ${Math.max(0, COUNT - 50)}), 50 connections: p50 ${deep.latency.p50} ms · p99 ${deep.latency.p99} ms`,
  );
  console.log(
    `${DOWNLOADS} .docx downloads at once (rendered in worker threads): all done in ${docxSeconds.toFixed(1)} s · median ${ms(pct(times, 50))} · p99 ${ms(pct(times, 99))} · failed ${failed}`,
  );
  console.log(
    `  GET /api/health meanwhile, 5 connections: p50 ${healthDuringDocx.latency.p50} ms · p99 ${healthDuringDocx.latency.p99} ms (target ≤ 50 ms: ${verdict(healthDuringDocx.latency.p99, 50)}; alone ${healthIdle.latency.p99} ms) · ${healthDuringDocx.requests.total} requests`,
  );
  if (list.non2xx > 0 || list.errors > 0 || failed > 0) process.exitCode = 1;
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
