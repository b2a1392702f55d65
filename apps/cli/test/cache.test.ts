import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QUICK_RUN } from '../src/check/tune.js';
import { cli, EXAMPLE, ROOT, tempDir } from './helpers.js';

// The compiled code of the core and of the command line kept between runs (src/core/load.ts):
// faster, never different.
let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const uid = process.getuid?.();
const TODAY = ['--today', '2024-11-20'];
const check = () => cli(['check', EXAMPLE, ...TODAY, '--format', 'json'], { env: { TMPDIR: dir } });

describe.skipIf(uid === undefined)('the code cache of the core and the command line', () => {
  it('is made by a first run in a private folder and read by the next, with the same report', async () => {
    const first = await check();
    const folder = join(dir, `diemmac-${uid}`);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    const made = readdirSync(folder).sort();
    expect(made).toEqual([
      expect.stringMatching(/^cli-.*\.cache$/),
      expect.stringMatching(/^core-.*\.cache$/),
    ]);
    for (const file of made) expect(statSync(join(folder, file)).mode & 0o777).toBe(0o600);
    const second = await check();
    expect(second).toEqual(first);
    expect(first.code).toBe(1);
  });

  it("is read by a batch's worker threads too, made under the same V8 flags as the main thread's", async () => {
    const folder = join(dir, 'huyen');
    mkdirSync(folder);
    const example = readFileSync(join(ROOT, EXAMPLE));
    for (let i = 0; i < QUICK_RUN; i++) writeFileSync(join(folder, `xa-${i}.yaml`), example);
    // Lists each script compiled, in which thread, and whether V8 took its cache.
    const hook = join(dir, 'scripts.cjs');
    writeFileSync(
      hook,
      `const vm = require('node:vm'); const { threadId } = require('node:worker_threads');
vm.Script = class extends vm.Script { constructor(code, options) { super(code, options);
  process._rawDebug('script ' + threadId + ' ' + require('node:path').basename(options.filename) + ' ' + (options.cachedData !== undefined && !this.cachedDataRejected)); } };`,
    );
    const batch = () =>
      cli(['check', folder, ...TODAY, '--format', 'json', '--jobs', '2'], {
        env: { TMPDIR: dir, NODE_OPTIONS: `-r ${hook}` },
      });
    const first = await batch();
    const second = await batch();
    expect(second.stdout).toBe(first.stdout);
    const scripts = second.stderr.split('\n').filter((l) => l.startsWith('script '));
    expect(scripts.sort()).toEqual([
      'script 0 cli.cjs true',
      'script 0 core.cjs true',
      'script 1 core.cjs true',
    ]);
  });

  it('is ignored when damaged, and replaced', async () => {
    const first = await check();
    const folder = join(dir, `diemmac-${uid}`);
    const made = readdirSync(folder);
    for (const file of made) writeFileSync(join(folder, file), 'không phải mã đã dịch');
    expect(await check()).toEqual(first);
    for (const file of made) expect(statSync(join(folder, file)).size).toBeGreaterThan(10_000);
  });

  it("keeps two other builds' caches, so that installs used in turn do not undo each other, and removes older ones", async () => {
    const folder = join(dir, `diemmac-${uid}`);
    mkdirSync(folder, { mode: 0o700 });
    // A short check (one file) runs with V8's optimiser off: its caches end in -q. Three earlier
    // builds of the core, made 3, 2 and 1 hours ago, and one of the command line.
    const hoursAgo = (file: string, hours: number) => {
      writeFileSync(join(folder, file), 'cũ');
      const when = new Date(Date.now() - hours * 3_600_000);
      utimesSync(join(folder, file), when, when);
    };
    hoursAgo('core-0.0.1-10-10-v20.0.0-x64-q.cache', 3);
    hoursAgo('core-0.0.2-10-10-v20.0.0-x64-q.cache', 2);
    hoursAgo('core-0.0.3-10-10-v20.0.0-x64-q.cache', 1);
    hoursAgo('cli-0.0.3-10-10-v20.0.0-x64-q.cache', 1);
    // The same build's cache under other flags (a batch, another command).
    hoursAgo('core-0.0.1-10-10-v20.0.0-x64-o.cache', 3);
    await check();
    const made = readdirSync(folder).sort();
    expect(made.filter((f) => f.startsWith('core-') && f.endsWith('-q.cache'))).toHaveLength(3);
    expect(made).not.toContain('core-0.0.1-10-10-v20.0.0-x64-q.cache');
    expect(made).toContain('core-0.0.2-10-10-v20.0.0-x64-q.cache');
    expect(made).toContain('core-0.0.3-10-10-v20.0.0-x64-q.cache');
    expect(made).toContain('cli-0.0.3-10-10-v20.0.0-x64-q.cache');
    expect(made).toContain('core-0.0.1-10-10-v20.0.0-x64-o.cache');
    // This build's two, the two newest earlier cores, the earlier command line, the other flags'.
    expect(made).toHaveLength(6);
  });

  it('is not used from a folder others can write to', async () => {
    const folder = join(dir, `diemmac-${uid}`);
    mkdirSync(folder);
    chmodSync(folder, 0o777);
    const run = await check();
    expect(run.code).toBe(1);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('is not made with NODE_DISABLE_COMPILE_CACHE', async () => {
    const run = await cli(['check', EXAMPLE, ...TODAY], {
      env: { TMPDIR: dir, NODE_DISABLE_COMPILE_CACHE: '1' },
    });
    expect(run.code).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });
});
