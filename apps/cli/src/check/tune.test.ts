import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BATCH_FLAGS, QUICK_FLAGS, QUICK_RUN, tuningFor } from './tune.js';

// A district's folder of exactly QUICK_RUN files.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'diemmac-tune-'));
  mkdirSync(join(dir, 'huyen'));
  for (let i = 0; i < QUICK_RUN; i++) writeFileSync(join(dir, 'huyen', `xa-${i}.yaml`), 'id: x\n');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('tuningFor', () => {
  it('is quick for a check of fewer files than QUICK_RUN, its options and their values aside', () => {
    expect(tuningFor(['check', 'bao-cao.yaml', '--today', '2024-11-20', '-j', '2'])).toBe('quick');
    expect(tuningFor(['--lang', 'en', 'check', 'a.yaml', 'b.yaml'])).toBe('quick');
  });

  it('is a batch for QUICK_RUN files or more, counted as check counts them', () => {
    expect(tuningFor(['check', join(dir, 'huyen')])).toBe('batch');
    expect(tuningFor(['check', '--format', 'json', join(dir, 'huyen/*.yaml')])).toBe('batch');
  });

  it('takes a pattern no file can match (a range written backwards) for a short check, without throwing', () => {
    // The command then says that no file matches (exit 2).
    expect(tuningFor(['check', '**/[z-a].yaml'])).toBe('quick');
  });

  it('leaves every other command as V8 has it', () => {
    expect(tuningFor(['render', 'bao-cao.yaml'])).toBe('default');
    expect(tuningFor(['--version'])).toBe('default');
    expect(tuningFor([])).toBe('default');
  });
});

/**
 * What `probe` (a function body, V8's natives syntax allowed) returns in a child process whose
 * flags were set as the command sets them (V8's flags are the process's), once Node has said
 * it knows every one of them.
 */
function probeUnder(flags: string, probe: string): unknown {
  const script = `
    const { setFlagsFromString } = require('node:v8');
    setFlagsFromString(${JSON.stringify(flags)});
    setFlagsFromString('--allow-natives-syntax');
    console.log(JSON.stringify(new Function(${JSON.stringify(probe)})()));`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(r.stdout + r.stderr).not.toMatch(/unrecognized flag/i);
  return JSON.parse(r.stdout);
}

describe('BATCH_FLAGS', () => {
  it('are flags this Node knows, and leave a function named run unoptimised while the others are optimised', () => {
    // A rule's run and a helper, each asked to be optimised; bit 4 of V8's status is "optimised".
    const probe = `
      const rule = { run(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; } };
      const helper = { sum(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; } };
      return [rule.run, helper.sum].map((f) => {
        %PrepareFunctionForOptimization(f); f(3); f(4); %OptimizeFunctionOnNextCall(f); f(5);
        return (%GetOptimizationStatus(f) & 16) !== 0;
      });`;
    expect(probeUnder(BATCH_FLAGS, probe)).toEqual([false, true]);
  });
});

describe('QUICK_FLAGS', () => {
  it('are flags this Node knows, and leave every function unoptimised', () => {
    const probe = `
      const sum = (n) => { let s = 0; for (let i = 0; i < n; i++) s += i; return s; };
      %PrepareFunctionForOptimization(sum); sum(3); sum(4); %OptimizeFunctionOnNextCall(sum); sum(5);
      return [(%GetOptimizationStatus(sum) & 16) !== 0, /^(\\d+)\\.(\\d{3})$/.exec('2.170')?.[2]];`;
    // Not optimised; a regular expression compiled at once still reads as it always did.
    expect(probeUnder(QUICK_FLAGS, probe)).toEqual([false, '170']);
  });

  it('let a young generation whose objects live on grow further at its first growth than V8 lets it', () => {
    // What a short check does as its code loads: objects made that live to the end. The flags are
    // set once Node runs, as the command sets them: the size of the young generation then shows
    // that V8 still reads them.
    const probe = `
      const keep = [];
      for (let i = 0; i < 20000; i++) keep.push({ i, s: 'x' + i });
      const young = require('node:v8').getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
      return young.space_size / 1048576;`;
    const quick = probeUnder(QUICK_FLAGS, probe) as number;
    const asV8Has = probeUnder('', probe) as number;
    expect(quick).toBeGreaterThanOrEqual(2 * asV8Has);
  });
});
