import fs, {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
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

  it('never replaces a symbolic link or a folder, even with force', () => {
    writeFileSync(join(dir, 'that.md'), 'cũ');
    symlinkSync('that.md', join(dir, 'link.md'));
    mkdirSync(join(dir, 'folder.md'));
    expect(failure(() => writeAtomic(join(dir, 'link.md'), 'mới', { force: true }))).toEqual({
      code: 'output.not-file',
      file: join(dir, 'link.md'),
      kind: 'symlink',
    });
    expect(failure(() => writeAtomic(join(dir, 'folder.md'), 'mới', { force: true }))).toMatchObject({
      kind: 'directory',
    });
    expect(readlinkSync(join(dir, 'link.md'))).toBe('that.md');
    expect(readFileSync(join(dir, 'that.md'), 'utf8')).toBe('cũ');
    expect(readdirSync(dir).sort()).toEqual(['folder.md', 'link.md', 'that.md']);
  });

  it('checks again just before the rename, in case a link took the file’s place meanwhile', () => {
    writeFileSync(join(dir, 'tb.md'), 'cũ');
    const fsync = fs.fsyncSync;
    vi.spyOn(fs, 'fsyncSync').mockImplementation((fd) => {
      fsync(fd);
      fs.unlinkSync(join(dir, 'tb.md'));
      symlinkSync('/etc/passwd', join(dir, 'tb.md'));
    });
    expect(failure(() => writeAtomic(join(dir, 'tb.md'), 'mới', { force: true }))).toMatchObject({
      code: 'output.not-file',
      kind: 'symlink',
    });
    expect(readdirSync(dir)).toEqual(['tb.md']);
  });
});
