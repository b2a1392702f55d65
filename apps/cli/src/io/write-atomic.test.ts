import fs, { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CliFailure } from '../errors.js';
import { writeAtomic } from './write-atomic.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'diemmac-write-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const failure = (f: () => void) => {
  try {
    f();
  } catch (e) {
    if (e instanceof CliFailure) return e.error;
    throw e;
  }
  throw new Error('did not fail');
};

describe('writeAtomic', () => {
  it('writes the whole file and leaves no temporary file', () => {
    writeAtomic(join(dir, 'tb.md'), '# THÔNG BÁO\n');
    expect(readFileSync(join(dir, 'tb.md'), 'utf8')).toBe('# THÔNG BÁO\n');
    expect(readdirSync(dir)).toEqual(['tb.md']);
  });

  it('refuses an existing file without force and leaves it as it was', () => {
    writeFileSync(join(dir, 'tb.md'), 'cũ');
    expect(failure(() => writeAtomic(join(dir, 'tb.md'), 'mới'))).toEqual({
      code: 'output.exists',
      file: join(dir, 'tb.md'),
    });
    expect(readFileSync(join(dir, 'tb.md'), 'utf8')).toBe('cũ');
    expect(readdirSync(dir)).toEqual(['tb.md']);
  });

  it('replaces an existing file with force', () => {
    writeFileSync(join(dir, 'tb.md'), 'cũ');
    writeAtomic(join(dir, 'tb.md'), 'mới', { force: true });
    expect(readFileSync(join(dir, 'tb.md'), 'utf8')).toBe('mới');
  });

  it('removes the temporary file and keeps the old target when the disk fails midway', () => {
    writeFileSync(join(dir, 'tb.md'), 'cũ');
    vi.spyOn(fs, 'fsyncSync').mockImplementation(() => {
      throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
    });
    expect(failure(() => writeAtomic(join(dir, 'tb.md'), 'mới', { force: true }))).toEqual({
      code: 'output.unwritable',
      file: join(dir, 'tb.md'),
      reason: 'EIO',
    });
    expect(readdirSync(dir)).toEqual(['tb.md']);
    expect(readFileSync(join(dir, 'tb.md'), 'utf8')).toBe('cũ');
  });

  it('reports a folder that does not exist', () => {
    expect(failure(() => writeAtomic(join(dir, 'khong', 'tb.md'), 'x'))).toMatchObject({
      code: 'output.unwritable',
      reason: 'ENOENT',
    });
  });
});
