import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, EXAMPLE, tempDir } from './helpers.js';

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

  it('is ignored when damaged, and replaced', async () => {
    const first = await check();
    const folder = join(dir, `diemmac-${uid}`);
    const made = readdirSync(folder);
    for (const file of made) writeFileSync(join(folder, file), 'không phải mã đã dịch');
    expect(await check()).toEqual(first);
    for (const file of made) expect(statSync(join(folder, file)).size).toBeGreaterThan(10_000);
  });

  it('replaces the cache of an earlier build, keeping the one made under the other V8 flags', async () => {
    const folder = join(dir, `diemmac-${uid}`);
    mkdirSync(folder, { mode: 0o700 });
    // A short check (one file) runs with V8's optimiser off: its caches end in -q.
    const earlier = ['core-0.0.1-10-10-v20.0.0-x64-q.cache', 'cli-0.0.1-10-10-v20.0.0-x64-q.cache'];
    const other = 'core-0.0.1-10-10-v20.0.0-x64-o.cache';
    for (const file of [...earlier, other]) writeFileSync(join(folder, file), 'cũ');
    await check();
    const made = readdirSync(folder);
    for (const file of earlier) expect(made).not.toContain(file);
    expect(made).toContain(other);
    expect(made).toHaveLength(3);
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
