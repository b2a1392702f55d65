// Benchmarks of the web app, run with `npm run bench` after `npm run build`:
// 1. reading a supervision with its findings (GET /api/supervisions/:id) under 50 concurrent
//    connections on loopback, with autocannon: p99 latency (target ≤ 20 ms);
// 2. the front end's initial JavaScript (what index.html loads), gzip-compressed (target ≤ 200 KB).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';

const app = fileURLToPath(new URL('..', import.meta.url));
const server = join(app, 'dist', 'server.js');
const publicDir = join(app, 'dist', 'public');
if (!existsSync(server)) {
  console.error('dist/server.js is missing: run `npm run build` first');
  process.exit(1);
}

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

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

const gz = (file) => {
  const bytes = readFileSync(join(publicDir, file.replace(/^\//, '')));
  return { raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
};

/** What index.html loads before anything else: its module script and modulepreloads. */
function initialJs() {
  const html = readFileSync(join(publicDir, 'index.html'), 'utf8');
  const files = new Set();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) files.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) files.add(m[1]);
  return total([...files]);
}

/** The entry plus every chunk a lazily loaded page imports statically (from Vite's manifest). */
function pageJs(src) {
  const manifest = JSON.parse(readFileSync(join(publicDir, '.vite', 'manifest.json'), 'utf8'));
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const k of chunk.imports ?? []) visit(k);
  };
  visit('index.html');
  visit(src);
  return total([...files]);
}

function total(files) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const size = gz(f);
    raw += size.raw;
    gzip += size.gz;
  }
  return { files, raw, gz: gzip };
}

const dataDir = mkdtempSync(join(tmpdir(), 'diemmac-bench-'));
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
  const call = async (method, path, body) => {
    const res = await fetch(base + path, {
      method,
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
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
  const { supervisions } = await (await call('GET', '/api/supervisions')).json();
  const id = supervisions[0].id;
  const one = await (await call('GET', `/api/supervisions/${id}`)).text();
  const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

  const load = (path, seconds) =>
    autocannon({
      url: `${base}${path}`,
      connections: CONNECTIONS,
      duration: seconds,
      // As a browser asks: with its session cookie, accepting gzip.
      headers: { cookie, 'accept-encoding': 'gzip' },
    });
  await load(`/api/supervisions/${id}`, 2); // warm-up (JIT, caches), not measured
  const result = await load(`/api/supervisions/${id}`, DURATION);
  // The floor of this machine and load generator: the same run on an endpoint that does nothing.
  const floor = await load('/api/health', Math.min(DURATION, 5));
  const js = initialJs();

  console.log(
    `diemmac web benchmarks (Node ${process.version}, ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`,
  );
  console.log(
    `GET /api/supervisions/${id} (document + findings, ${(one.length / 1024).toFixed(1)} KiB of JSON, sent gzipped), ${CONNECTIONS} connections, ${DURATION} s:`,
  );
  console.log(
    `  p50 ${result.latency.p50} ms · p90 ${result.latency.p90} ms · p99 ${result.latency.p99} ms (target ≤ 20 ms) · max ${result.latency.max} ms`,
  );
  console.log(
    `  ${Math.round(result.requests.average)} requests/s · ${result.requests.total} requests · non-2xx ${result.non2xx} · errors ${result.errors}`,
  );
  console.log(
    `  baseline GET /api/health (no database, 40 bytes), same load: p50 ${floor.latency.p50} ms · p99 ${floor.latency.p99} ms · ${Math.round(floor.requests.average)} requests/s`,
  );
  const page = pageJs('pages/SupervisionPage.tsx');
  const kib = (n) => (n / 1024).toFixed(1);
  console.log(
    `Initial JavaScript: ${kib(js.gz)} KiB gzip (${kib(js.raw)} KiB raw) in ${js.files.join(', ')} (target ≤ 200 KB gzip)`,
  );
  console.log(
    `  opening a supervision loads the editor and the core lazily: ${kib(page.gz)} KiB gzip in all (${page.files.length} files); chart.js only on the Charts tab`,
  );
  if (result.non2xx > 0 || result.errors > 0) process.exitCode = 1;
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
