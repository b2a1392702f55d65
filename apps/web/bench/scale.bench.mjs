// The server at a province's scale (issue 14), run with `npm run bench` after `npm run build`.
// Load goes only to a server this script starts on 127.0.0.1, bounded in count and time.
// 1. fills the database with 5,000 supervisions through the API (each checked on write);
// 2. GET /api/supervisions (one page) under 50 connections: p99 target ≤ 50 ms, with
//    /api/health measured at the same time (target: p99 ≤ 50 ms, beside its idle figure), and
//    the floor: the same bytes from a bare node:http server (bench/floor-server.mjs);
// 3. 200 .docx downloads at once, with /api/health measured meanwhile (p99 ≤ 50 ms).
// The server runs in its own process, and so does each load generator (bench/load.mjs): the
// health probe's timings never wait on the list generator's event loop.
// BENCH_SUPERVISIONS (5000), BENCH_SECONDS (10), BENCH_DATABASE_URL (PostgreSQL) change the run;
// BENCH_PARTS=list (or docx) runs one part only; BENCH_DATA_DIR keeps the SQLite database in that
// folder and fills it only up to BENCH_SUPERVISIONS, so a second run skips most of the fill.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readText } from '@diemmac/core';

const app = fileURLToPath(new URL('..', import.meta.url));
const server = join(app, 'dist', 'server.js');
if (!existsSync(server)) {
  console.error('dist/server.js is missing: run `npm run build` first');
  process.exit(1);
}
const COUNT = Math.min(Number(process.env.BENCH_SUPERVISIONS ?? 5000), 20_000);
const DURATION = Math.min(Number(process.env.BENCH_SECONDS ?? 10), 60);
const DOWNLOADS = 200;
const PARTS = new Set((process.env.BENCH_PARTS ?? 'list,docx').split(','));
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

const keepDir = process.env.BENCH_DATA_DIR;
if (keepDir) mkdirSync(keepDir, { recursive: true });
const dataDir = keepDir ?? mkdtempSync(join(tmpdir(), 'diemmac-scale-'));
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

  const db = process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'SQLite';
  console.log(`diemmac web at scale (Node ${process.version}, ${db}, ${COUNT} supervisions)`);

  // 1. Fill: every supervision goes through the API, so each is parsed and checked on write.
  // A kept database (BENCH_DATA_DIR) already holds some: those are not written again.
  const stored = (await (await call('GET', '/api/supervisions?limit=1')).json()).total;
  const fillStart = performance.now();
  let next = 0;
  let created = 0;
  const writer = async () => {
    while (next < COUNT) {
      const i = next++;
      if (keepDir && i < stored - 1) continue;
      const res = await call('POST', '/api/supervisions', {
        document: { ...example, id: `tinh-${i}`, year: 2015 + (i % 10) },
      });
      const body = await res.text();
      if (res.status === 409 && keepDir) continue; // written by an earlier, interrupted run
      if (res.status !== 201) throw new Error(`create ${i}: ${res.status} ${body}`);
      created++;
    }
  };
  await Promise.all(Array.from({ length: 4 }, writer));
  const fillSeconds = (performance.now() - fillStart) / 1000;
  console.log(
    `Fill: ${created} supervisions created through POST /api/supervisions (each checked on write), 4 writers: ${fillSeconds.toFixed(1)} s, ${Math.round(created / fillSeconds)} /s${created < COUNT ? ` (${COUNT - created} kept from an earlier run)` : ''}`,
  );

  // Each load runs in its own process (bench/load.mjs); `stop()` ends an open-ended one.
  const load = (path, connections, seconds, origin = base) => {
    const options = {
      url: `${origin}${path}`,
      connections,
      duration: seconds,
      headers: { cookie: cookie(), 'accept-encoding': 'gzip' },
    };
    const gen = spawn(process.execPath, [join(app, 'bench', 'load.mjs'), JSON.stringify(options)], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    gen.stdout.on('data', (d) => {
      out += d;
    });
    const result = new Promise((resolve, reject) =>
      gen.once('exit', (code) =>
        code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load ${path} exited with ${code}`)),
      ),
    );
    return Object.assign(result, { stop: () => gen.stdin.write('stop\n') });
  };
  // The yardstick: /api/health alone, 5 connections (a few browsers polling).
  const healthIdle = await load('/api/health', 5, Math.min(DURATION, 5));
  console.log(
    `Yardstick: GET /api/health alone, 5 connections: p50 ${healthIdle.latency.p50} ms · p99 ${healthIdle.latency.p99} ms`,
  );

  const first = await (await call('GET', '/api/supervisions')).json();
  if (PARTS.has('list')) {
    // 2. The list under 50 connections while /api/health is measured at the same time.
    await load('/api/supervisions', 50, 2); // warm-up, not measured
    const [list, healthDuringList] = await Promise.all([
      load('/api/supervisions', 50, DURATION),
      load('/api/health', 5, DURATION),
    ]);
    console.log(
      `GET /api/supervisions (page of ${first.supervisions.length} of ${first.total}), 50 connections, ${DURATION} s: p50 ${list.latency.p50} ms · p99 ${list.latency.p99} ms (target ≤ 50 ms: ${verdict(list.latency.p99, 50)}) · ${Math.round(list.requests.average)} requests/s · non-2xx ${list.non2xx}`,
    );
    console.log(
      `  GET /api/health at the same time, 5 connections: p50 ${healthDuringList.latency.p50} ms · p99 ${healthDuringList.latency.p99} ms (target ≤ 50 ms: ${verdict(healthDuringList.latency.p99, 50)}; alone ${healthIdle.latency.p99} ms)`,
    );
    const offset = Math.max(0, first.total - 50);
    const deep = await load(`/api/supervisions?offset=${offset}`, 50, Math.min(DURATION, 5));
    console.log(
      `  last page (offset ${offset}), 50 connections: p50 ${deep.latency.p50} ms · p99 ${deep.latency.p99} ms · non-2xx ${deep.non2xx}`,
    );
    // The floor: the same page's bytes from a bare node:http server, under the same 50 connections.
    const page = await new Promise((resolve, reject) =>
      get(`${base}/api/supervisions`, { headers: { cookie: cookie(), 'accept-encoding': 'gzip' } }, (res) => {
        const chunks = [];
        res.on('data', (d) => chunks.push(d));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      }).on('error', reject),
    );
    const pageFile = join(dataDir, 'floor-page.gz');
    writeFileSync(pageFile, page);
    const floorPort = await freePort();
    const floorServer = spawn(
      process.execPath,
      [join(app, 'bench', 'floor-server.mjs'), String(floorPort), pageFile],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    try {
      await new Promise((resolve) => floorServer.stdout.once('data', resolve));
      const floorUrl = `http://127.0.0.1:${floorPort}`;
      const floor = await load('', 50, Math.min(DURATION, 5), floorUrl);
      console.log(
        `  floor: the same ${page.length} bytes from a bare node:http server, 50 connections: p50 ${floor.latency.p50} ms · p99 ${floor.latency.p99} ms · ${Math.round(floor.requests.average)} requests/s`,
      );
    } finally {
      floorServer.kill('SIGTERM');
      rmSync(pageFile, { force: true });
    }
    if (list.non2xx > 0 || list.errors > 0 || deep.non2xx > 0) process.exitCode = 1;
  }

  if (PARTS.has('docx')) {
    // 3. 200 .docx downloads at once (each a different supervision), /api/health meanwhile.
    const ids = first.supervisions.map((s) => s.id);
    const pageTwo = await (await call('GET', '/api/supervisions?limit=200&offset=50')).json();
    ids.push(...pageTwo.supervisions.map((s) => s.id));
    const probe = load('/api/health', 5, 120);
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
    const healthDuringDocx = await probe;
    times.sort((a, b) => a - b);
    console.log(
      `${DOWNLOADS} .docx downloads at once (rendered in worker threads): all done in ${docxSeconds.toFixed(1)} s · median ${ms(pct(times, 50))} · p99 ${ms(pct(times, 99))} · failed ${failed}`,
    );
    console.log(
      `  GET /api/health meanwhile, 5 connections: p50 ${healthDuringDocx.latency.p50} ms · p99 ${healthDuringDocx.latency.p99} ms (target ≤ 50 ms: ${verdict(healthDuringDocx.latency.p99, 50)}; alone ${healthIdle.latency.p99} ms) · ${healthDuringDocx.requests.total} requests`,
    );
    if (failed > 0) process.exitCode = 1;
  }
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  if (!keepDir) rmSync(dataDir, { recursive: true, force: true });
}
