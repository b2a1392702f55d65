import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliFailure, fail, type OutputKind } from '../errors.js';

export interface WriteOptions {
  /** Replace an existing regular file. Without it an existing file is an `output.exists` error. */
  force?: boolean | undefined;
}

/**
 * What stands at `target` now, without following a symbolic link: nothing, a regular file,
 * or something else.
 */
function standing(target: string): 'absent' | 'file' | OutputKind {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(target);
  } catch {
    // Absent, or in a folder we cannot read: the write itself will say which.
    return 'absent';
  }
  if (stat.isFile()) return 'file';
  if (stat.isSymbolicLink()) return 'symlink';
  if (stat.isDirectory()) return 'directory';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isSocket()) return 'socket';
  return 'other';
}

/**
 * Fails unless `target` is absent, or a regular file and `force` is given. A device node,
 * a folder, a FIFO or a socket is never replaced, with or without --force (as root, a
 * rename would swap /dev/full for a plain file). A symbolic link is refused too, rather than
 * followed: in a shared folder a link can point anywhere, and replacing the link itself
 * would silently leave its target as it was. The user names the real file with -o.
 *
 * @example
 * assertWritable('/dev/full', { force: true }) // fails with output.not-file (kind: device)
 */
export function assertWritable(target: string, options: WriteOptions = {}): void {
  const now = standing(target);
  if (now === 'absent') return;
  if (now !== 'file') fail({ code: 'output.not-file', file: target, kind: now });
  if (!options.force) fail({ code: 'output.exists', file: target });
}

/**
 * Writes a whole file or nothing: the bytes go to a temporary file beside the target,
 * are flushed to disk, then take the target's name in one step. On any error the
 * temporary file is removed and the target is left as it was. Only a regular file is ever
 * replaced (see `assertWritable`).
 *
 * @example
 * writeAtomic('thong-bao.docx', bytes); // fails with output.exists if it is there
 * writeAtomic('thong-bao.docx', bytes, { force: true });
 */
export function writeAtomic(target: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  // Checked before the temporary file is made: `-o /dev/full` must not even leave one in /dev.
  assertWritable(target, options);
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
      // Again just before the rename: what stands there may have changed while we wrote.
      assertWritable(target, options);
      fs.renameSync(temp, target);
    } else {
      // link() refuses an existing name, so a file created meanwhile is never overwritten.
      fs.linkSync(temp, target);
      fs.unlinkSync(temp);
    }
  } catch (e) {
    removeQuietly(temp);
    if (e instanceof CliFailure) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    if (written && code === 'EEXIST') {
      const now = standing(target);
      if (now !== 'file' && now !== 'absent') fail({ code: 'output.not-file', file: target, kind: now });
      fail({ code: 'output.exists', file: target });
    }
    if (written && (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV') && !options.force) {
      // Some file systems (FAT, some network shares) have no hard links.
      renameIfStillAbsent(target, data);
      return;
    }
    fail({ code: 'output.unwritable', file: target, reason: code });
  }
}

function renameIfStillAbsent(target: string, data: string | Uint8Array): void {
  if (standing(target) !== 'absent') assertWritable(target);
  writeAtomic(target, data, { force: true });
}

function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // Already gone or never created.
  }
}
