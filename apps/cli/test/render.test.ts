import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, EXAMPLE, ROOT, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(join(dir, 'diem-mac.yaml'), readFileSync(join(ROOT, EXAMPLE)));
});
afterEach(() => cleanup());

const TODAY = ['--today', '2024-11-20'];

/** The names a zip archive lists: stored in clear in its headers. */
const zipNames = (bytes: Buffer) =>
  [...bytes.toString('latin1').matchAll(/word\/[a-z0-9]+\.xml/g)].map((m) => m[0]);

describe('diemmac render', () => {
  it('writes a .docx beside the input by default', async () => {
    const run = await cli(['render', 'diem-mac.yaml', ...TODAY], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Đã ghi diem-mac.docx.');
    // The example has error findings: the user is told before issuing the notice.
    expect(run.stderr).toMatch(/diem-mac\.yaml còn \d+ lỗi số liệu; chạy "diemmac check diem-mac\.yaml"/);
    const bytes = readFileSync(join(dir, 'diem-mac.docx'));
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from('PK\u0003\u0004', 'latin1'));
    expect(zipNames(bytes)).toContain('word/document.xml');
    expect(readdirSync(dir).sort()).toEqual(['diem-mac.docx', 'diem-mac.yaml']);
  });

  it('writes HTML and Markdown, naming the file after -o', async () => {
    const html = await cli(['render', 'diem-mac.yaml', '-o', 'tb.html', ...TODAY], { cwd: dir });
    expect(html.code).toBe(0);
    const page = readFileSync(join(dir, 'tb.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).toContain('HỘI ĐỒNG NHÂN DÂN XÃ ĐIỀM MẶC');
    const md = await cli(['render', 'diem-mac.yaml', '--to', 'md', ...TODAY], { cwd: dir });
    expect(md.code).toBe(0);
    expect(readFileSync(join(dir, 'diem-mac.md'), 'utf8')).toContain('# THÔNG BÁO');
  });

  it('appends the findings as an annex with --annex', async () => {
    const plain = await cli(['render', 'diem-mac.yaml', '--to', 'md', '-o', '-', ...TODAY], { cwd: dir });
    const annexed = await cli(['render', 'diem-mac.yaml', '--to', 'md', '-o', '-', '--annex', ...TODAY], {
      cwd: dir,
    });
    expect(plain.stdout).not.toContain('(dossier.resolved-breakdown)');
    expect(annexed.stdout.startsWith(plain.stdout.trimEnd().split('\n').slice(0, 5).join('\n'))).toBe(true);
    // A finding's row, not merely a rule that passed: the rule, where in the notice, the
    // figure as reported (2.170 dossiers resolved), as recomputed from its parts (2.169),
    // the difference and the severity.
    const rows = annexed.stdout.split('\n').filter((l) => l.startsWith('| '));
    const row = rows.find((l) => l.includes('(dossier.resolved-breakdown)'));
    expect(row?.split(' | ').map((cell) => cell.trim())).toEqual([
      expect.stringMatching(/^\| \d+$/),
      expect.stringMatching(/^Số hồ sơ đã giải quyết bằng .*<br>\(dossier\.resolved-breakdown\)$/),
      expect.stringMatching(
        /^Mục 2\.2\., Hồ sơ thủ tục hành chính: đã giải quyết\.<br>Số hồ sơ đã giải quyết ghi 2\.170, /,
      ),
      '2.170',
      '2.169',
      '+1',
      'Lỗi |',
    ]);
    // Every error the check reports has its row.
    const check = await cli(['check', 'diem-mac.yaml', '--format', 'json', ...TODAY], { cwd: dir });
    const errors = JSON.parse(check.stdout).files[0].findings.filter(
      (f: { severity: string }) => f.severity === 'error',
    );
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors)
      expect(rows.some((l) => l.includes(`(${f.code})`) && l.endsWith('| Lỗi |'))).toBe(true);
  });

  it('prints Markdown to stdout with -o - and writes no file', async () => {
    const run = await cli(['render', 'diem-mac.yaml', '--to', 'md', '-o', '-', ...TODAY], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('**HỘI ĐỒNG NHÂN DÂN XÃ ĐIỀM MẶC**');
    expect(readdirSync(dir)).toEqual(['diem-mac.yaml']);
  });

  it('refuses to print a .docx to stdout', async () => {
    const run = await cli(['render', 'diem-mac.yaml', '--to', 'docx', '-o', '-'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('refuses to overwrite an existing file without --force, and leaves it untouched', async () => {
    writeFileSync(join(dir, 'diem-mac.docx'), 'bản cũ');
    const run = await cli(['render', 'diem-mac.yaml', ...TODAY], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('diemmac: diem-mac.docx: tệp đã có; thêm --force để ghi đè.\n');
    expect(readFileSync(join(dir, 'diem-mac.docx'), 'utf8')).toBe('bản cũ');

    const en = await cli(['render', 'diem-mac.yaml', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toBe('diemmac: diem-mac.docx: the file exists; add --force to overwrite it.\n');
  });

  it('overwrites with --force, whole', async () => {
    writeFileSync(join(dir, 'diem-mac.docx'), 'bản cũ');
    const run = await cli(['render', 'diem-mac.yaml', '--force', ...TODAY], { cwd: dir });
    expect(run.code).toBe(0);
    expect(statSync(join(dir, 'diem-mac.docx')).size).toBeGreaterThan(5000);
    expect(readdirSync(dir).sort()).toEqual(['diem-mac.docx', 'diem-mac.yaml']);
  });
});
