import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, globToRegExp } from './expand.js';

describe('globToRegExp', () => {
  it.each([
    ['*.yaml', 'a.yaml', true],
    ['*.yaml', 'x/a.yaml', false],
    ['**/*.yaml', 'a.yaml', true],
    ['**/*.yaml', 'x/y/a.yaml', true],
    ['xa-?.yml', 'xa-1.yml', true],
    ['xa-?.yml', 'xa-12.yml', false],
    ['xa-[0-4].yaml', 'xa-3.yaml', true],
    ['xa-[!0-4].yaml', 'xa-7.yaml', true],
    ['*.{yaml,json}', 'a.json', true],
    ['*.{yaml,json}', 'a.txt', false],
    ['a.b', 'axb', false],
    // A range written backwards is no error of ours: it matches nothing.
    ['[z-a].yaml', 'b.yaml', false],
    ['[z-a].yaml', '[z-a].yaml', false],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });
});

describe('expandInputs', () => {
  let root: string;
  let cwd: string;
  beforeAll(() => {
    cwd = process.cwd();
    root = mkdtempSync(join(tmpdir(), 'diemmac-expand-'));
    for (const d of ['h/a', 'h/b', 'h/.an', 'h/node_modules']) mkdirSync(join(root, d), { recursive: true });
    for (const f of [
      'h/a/1.yaml',
      'h/a/2.json',
      'h/b/3.yml',
      'h/b/ghi-chu.txt',
      'h/.an/4.yaml',
      'h/node_modules/5.yaml',
    ])
      writeFileSync(join(root, f), '');
    process.chdir(root);
  });
  afterAll(() => {
    process.chdir(cwd);
    rmSync(root, { recursive: true, force: true });
  });

  it('takes every YAML and JSON file below a folder, skipping hidden folders and node_modules', () => {
    expect(expandInputs(['h'])).toEqual({ files: ['h/a/1.yaml', 'h/a/2.json', 'h/b/3.yml'], unmatched: [] });
  });

  it('matches globs, keeps plain names as given, and lists each file once', () => {
    expect(expandInputs(['h/**/*.y*ml', 'h/a/1.yaml', 'khong-co.yaml'])).toEqual({
      files: ['h/a/1.yaml', 'h/b/3.yml', 'khong-co.yaml'],
      unmatched: [],
    });
  });

  it('reports a glob that matches nothing', () => {
    expect(expandInputs(['h/*.pdf'])).toEqual({ files: [], unmatched: ['h/*.pdf'] });
    expect(expandInputs(['h/**/[z-a].yaml'])).toEqual({ files: [], unmatched: ['h/**/[z-a].yaml'] });
  });
});
