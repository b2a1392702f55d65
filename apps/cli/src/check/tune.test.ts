import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isShortCheck, QUICK_RUN } from './tune.js';

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

describe('isShortCheck', () => {
  it('is a check of fewer files than QUICK_RUN, its options and their values aside', () => {
    expect(isShortCheck(['check', 'bao-cao.yaml', '--today', '2024-11-20', '-j', '2'])).toBe(true);
    expect(isShortCheck(['--lang', 'en', 'check', 'a.yaml', 'b.yaml'])).toBe(true);
  });

  it('is not a batch of QUICK_RUN files or more, counted as check counts them', () => {
    expect(isShortCheck(['check', join(dir, 'huyen')])).toBe(false);
    expect(isShortCheck(['check', '--format', 'json', join(dir, 'huyen/*.yaml')])).toBe(false);
  });

  it('leaves a pattern it cannot read to the command, without throwing', () => {
    expect(isShortCheck(['check', '**/[z-a].yaml'])).toBe(false);
  });

  it('is no other command', () => {
    expect(isShortCheck(['render', 'bao-cao.yaml'])).toBe(false);
    expect(isShortCheck(['--version'])).toBe(false);
    expect(isShortCheck([])).toBe(false);
  });
});
