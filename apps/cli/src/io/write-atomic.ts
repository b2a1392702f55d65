import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fail } from '../errors.js';

export interface WriteOptions {
  /** Replace an existing file. Without it an existing file is an `output.exists` error. */
  force?: boolean | undefined;
}

/**
 * Writes a whole file or nothing: the bytes go to a temporary file beside the target,
 * are flushed to disk, then take the target's name in one step. On any error the
 * temporary file is removed and the target is left as it was.
 *
 * @example
 * writeAtomic('thong-bao.docx', bytes); // fails with output.exists if it is there
 * writeAtomic('thong-bao.docx', bytes, { force: true });
 */
export function writeAtomic(target: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  if (!options.force && fs.existsSync(target)) fail({ code: 'output.exists', file: target });
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let written = false;
  try {
    const fd = fs.openSync(temp, 'wx', 0o644);
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    written = true;
    if (options.force) {
      fs.renameSync(temp, target);
    } else {
      // link() refuses an existing name, so a file created meanwhile is never overwritten.
      fs.linkSync(temp, target);
      fs.unlinkSync(temp);
    }
  } catch (e) {
    removeQuietly(temp);
    const code = (e as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    if (written && code === 'EEXIST') fail({ code: 'output.exists', file: target });
    if (written && (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV') && !options.force) {
      // Some file systems (FAT, some network shares) have no hard links.
      renameIfStillAbsent(target, data);
      return;
    }
    fail({ code: 'output.unwritable', file: target, reason: code });
  }
}

function renameIfStillAbsent(target: string, data: string | Uint8Array): void {
  if (fs.existsSync(target)) fail({ code: 'output.exists', file: target });
  writeAtomic(target, data, { force: true });
}

function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // Already gone or never created.
  }
}
