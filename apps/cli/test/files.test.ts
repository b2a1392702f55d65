import { spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, EXAMPLE, ROOT, tempDir } from './helpers.js';

// What diemmac reads and writes: only regular files are replaced, only UTF-8 text is read,
// and nothing larger than the size limit is read at all.

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(join(dir, 'dm.yaml'), readFileSync(join(ROOT, EXAMPLE)));
});
afterEach(() => cleanup());

const TODAY = ['--today', '2024-11-20'];
const render = (output: string, ...more: string[]) =>
  cli(['render', 'dm.yaml', '--to', 'md', '--force', '-o', output, ...TODAY, ...more], { cwd: dir });

describe('render --force onto something that is not a regular file', () => {
  it('refuses a FIFO with exit 2 and leaves it a FIFO', async () => {
    spawnSync('mkfifo', [join(dir, 'ong.md')]);
    expect(lstatSync(join(dir, 'ong.md')).isFIFO()).toBe(true);
    const run = await render('ong.md');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'diemmac: ong.md: đây là một ống FIFO; diemmac chỉ ghi đè tệp thường, kể cả với --force. Không có gì được ghi.\n',
    );
    expect(lstatSync(join(dir, 'ong.md')).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['dm.yaml', 'ong.md']);
  });

  it('refuses a folder, in English too', async () => {
    mkdirSync(join(dir, 'tb.md'));
    const run = await render('tb.md', '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'diemmac: tb.md: this is a folder; diemmac overwrites regular files only, even with --force. Nothing was written.\n',
    );
    expect(lstatSync(join(dir, 'tb.md')).isDirectory()).toBe(true);
  });

  it('refuses a symbolic link, leaving the link and the file it points to as they were', async () => {
    writeFileSync(join(dir, 'that.md'), 'bản cũ');
    symlinkSync('that.md', join(dir, 'link.md'));
    const run = await render('link.md');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('link.md: đây là một liên kết tượng trưng (symlink)');
    expect(run.stderr).toContain('Hãy ghi thẳng vào tệp mà liên kết trỏ tới (-o <tệp đích>).');
    expect(readlinkSync(join(dir, 'link.md'))).toBe('that.md');
    expect(readFileSync(join(dir, 'that.md'), 'utf8')).toBe('bản cũ');
    // Naming the file itself works.
    expect((await render('that.md')).code).toBe(0);
    expect(readFileSync(join(dir, 'that.md'), 'utf8')).toContain('# THÔNG BÁO');
  });

  it('refuses a symbolic link that points nowhere, and creates nothing', async () => {
    symlinkSync('khong-co.md', join(dir, 'link.md'));
    const run = await render('link.md');
    expect(run.code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['dm.yaml', 'link.md']);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
  });

  // A device node of our own, in the temporary folder (as root: mknod needs the right),
  // so that even a broken check could only replace that copy, never a real device.
  const canMknod =
    spawnSync('sh', ['-c', 'd=$(mktemp -d) && mknod "$d/n" c 1 3; s=$?; rm -rf "$d"; exit $s']).status === 0;
  it.skipIf(!canMknod)('refuses a device node and leaves it a device', async () => {
    spawnSync('mknod', [join(dir, 'null.md'), 'c', '1', '3']);
    const run = await render('null.md');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('null.md: đây là một tệp thiết bị');
    expect(lstatSync(join(dir, 'null.md')).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['dm.yaml', 'null.md']);
  });

  it('names /dev/full a device (asked without --force, so nothing could be written even if broken)', async () => {
    const run = await cli(['render', 'dm.yaml', '--to', 'md', '-o', '/dev/full', '--lang', 'en'], {
      cwd: dir,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'diemmac: /dev/full: this is a device; diemmac overwrites regular files only, even with --force. Nothing was written.\n',
    );
    expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('applies to init too', async () => {
    mkdirSync(join(dir, 'moi.yaml'));
    const run = await cli(['init', '--commune', 'Thanh Bình', '-o', 'moi.yaml', '--force'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('moi.yaml: đây là một thư mục');
  });
});

describe('an input that is not UTF-8', () => {
  // "Mặc" saved in Windows-1258 (a, then 0xF2 the dot below): line 3, byte 40 (Điề takes 3 bytes more than it has letters).
  const legacy = Buffer.concat([
    Buffer.from('schemaVersion: 1\nid: dm\nname: Điềm M'),
    Buffer.from([0x61, 0xf2, 0x63, 0x0a]),
  ]);

  it('is refused with the byte offset and line, exit 2, not read with replacement characters', async () => {
    writeFileSync(join(dir, 'cu.yaml'), legacy);
    expect(legacy.indexOf(0xf2)).toBe(40);
    const vi = await cli(['check', 'cu.yaml'], { cwd: dir });
    expect(vi.code).toBe(2);
    expect(vi.stdout).toContain(
      'cu.yaml: không phải văn bản UTF-8: byte 0xF2 ở vị trí 40 (tính từ 0, dòng 3). Hãy lưu lại tệp với bảng mã UTF-8',
    );
    const en = await cli(['check', 'cu.yaml', '--lang', 'en', '--format', 'json'], { cwd: dir });
    expect(en.code).toBe(2);
    expect(JSON.parse(en.stdout).files[0].error).toEqual({
      code: 'input.encoding',
      message: expect.stringContaining('cu.yaml: not UTF-8 text: byte 0xF2 at offset 40 (from 0, line 3).'),
    });
  });

  it('is refused by render, which writes nothing', async () => {
    writeFileSync(join(dir, 'cu.yaml'), legacy);
    const run = await cli(['render', 'cu.yaml', '--to', 'md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('byte 0xF2 ở vị trí 40');
    expect(readdirSync(dir).sort()).toEqual(['cu.yaml', 'dm.yaml']);
  });

  it('is a UTF-16 file: refused at its first byte', async () => {
    writeFileSync(join(dir, 'u16.json'), Buffer.from('\uFEFF{"id": "x"}', 'utf16le'));
    const run = await cli(['check', 'u16.json', '--lang', 'en'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('u16.json: not UTF-8 text: byte 0xFF at offset 0 (from 0, line 1).');
  });
});

describe('an input above the size limit', () => {
  it('is refused by default above 5 MB, before being read', async () => {
    // A sparse file: 6 MB long, never written, so only a size check can refuse it quickly.
    writeFileSync(join(dir, 'lon.yaml'), '');
    truncateSync(join(dir, 'lon.yaml'), 6 * 1024 * 1024);
    const vi = await cli(['check', 'lon.yaml'], { cwd: dir });
    expect(vi.code).toBe(2);
    expect(vi.stdout).toContain(
      'lon.yaml: tệp quá lớn (6 MB; giới hạn 5 MB), không đọc. Nếu đúng là tệp này, tăng giới hạn bằng --max-size <MB> hoặc biến DIEMMAC_MAX_SIZE.',
    );
    const en = await cli(['render', 'lon.yaml', '--lang', 'en'], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('lon.yaml: the file is too large (6 MB; the limit is 5 MB), not read.');
  });

  it('follows --max-size, which wins over DIEMMAC_MAX_SIZE', async () => {
    const small = await cli(['check', 'dm.yaml', '--max-size', '0,01', ...TODAY], { cwd: dir });
    expect(small.code).toBe(2);
    const kb = Math.ceil(statSync(join(dir, 'dm.yaml')).size / 1024);
    expect(small.stdout).toContain(`dm.yaml: tệp quá lớn (${kb} KB; giới hạn 11 KB)`);
    const fromEnv = await cli(['check', 'dm.yaml', ...TODAY], {
      cwd: dir,
      env: { DIEMMAC_MAX_SIZE: '0.01' },
    });
    expect(fromEnv.code).toBe(2);
    const optionWins = await cli(['check', 'dm.yaml', '--max-size', '1', ...TODAY], {
      cwd: dir,
      env: { DIEMMAC_MAX_SIZE: '0.01' },
    });
    expect(optionWins.code).toBe(1);
  });

  it('reads a file and standard input past 64 KB whole, to the same findings', async () => {
    // About 200 KB: a long comment, then the example, so that a reading cut short misses it all.
    const text = `${'# ghi chú của văn phòng\n'.repeat(8_000)}${readFileSync(join(dir, 'dm.yaml'), 'utf8')}`;
    writeFileSync(join(dir, 'lon.yaml'), text);
    const json = ['--format', 'json', ...TODAY];
    const fromFile = await cli(['check', 'lon.yaml', ...json], { cwd: dir });
    const fromPipe = await cli(['check', '-', ...json], { cwd: dir, stdin: text });
    const example = await cli(['check', 'dm.yaml', ...json], { cwd: dir });
    const findings = (run: { stdout: string }): { code: string }[] =>
      JSON.parse(run.stdout).files[0].findings;
    expect([fromFile.code, fromPipe.code]).toEqual([1, 1]);
    expect(findings(fromPipe)).toEqual(findings(fromFile));
    expect(findings(fromFile).map((f) => f.code)).toEqual(findings(example).map((f) => f.code));
  });

  it('stops reading standard input at the limit', async () => {
    const run = await cli(['check', '-', '--max-size', '0.01'], { cwd: dir, stdin: 'x'.repeat(20_000) });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('-: tệp quá lớn (hơn 11 KB; giới hạn 11 KB)');
  });

  it('rejects a limit that is not a positive number of MB', async () => {
    const option = await cli(['check', 'dm.yaml', '--max-size', 'năm'], { cwd: dir });
    expect(option).toMatchObject({
      code: 2,
      stderr: 'diemmac: --max-size "năm" không hợp lệ: cần MB > 0.\n',
    });
    const variable = await cli(['check', 'dm.yaml'], { cwd: dir, env: { DIEMMAC_MAX_SIZE: '0' } });
    expect(variable).toMatchObject({
      code: 2,
      stderr: 'diemmac: DIEMMAC_MAX_SIZE "0" không hợp lệ: cần MB > 0.\n',
    });
  });
});
