import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanSupervision, faultySupervision } from './fixtures.js';
import { BIN, cli, tempDir, yaml } from './helpers.js';

// A district's folder: 60 communes (more than the worker-pool threshold), in two
// sub-folders, with clean files, faulty ones, a broken one and a JSON one.
let dir: string;
let cleanup: () => void;
const FAULTS = ['dossier.balance', 'figure.breakdown-sum', 'lifecycle.order'];

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  for (const folder of ['huyen/bac', 'huyen/nam']) mkdirSync(join(dir, folder), { recursive: true });
  for (let i = 0; i < 60; i++) {
    const folder = i % 2 === 0 ? 'huyen/bac' : 'huyen/nam';
    const name = `xa-${String(i).padStart(2, '0')}`;
    const data = i % 4 === 1 ? faultySupervision(FAULTS[i % FAULTS.length]!) : cleanSupervision();
    if (i === 7) writeFileSync(join(dir, folder, `${name}.yaml`), 'id: [khong dong ngoac\n');
    else if (i === 10) writeFileSync(join(dir, folder, `${name}.json`), JSON.stringify(data));
    else writeFileSync(join(dir, folder, `${name}.yaml`), yaml(data));
  }
  writeFileSync(join(dir, 'huyen', 'ghi-chu.txt'), 'không phải tệp giám sát');
});
afterAll(() => cleanup());

const TODAY = ['--today', '2024-11-20'];

describe('diemmac check on a folder', () => {
  it('checks every YAML and JSON file below it and ends with summaries by rule and by file', async () => {
    const run = await cli(['check', 'huyen/', ...TODAY], { cwd: dir });
    expect(run.code).toBe(2); // one file is broken
    expect(run.stdout).toContain('Kiểm tra 60 tệp');
    expect(run.stdout).toContain('Không kiểm tra được (1)');
    expect(run.stdout).toContain('huyen/nam/xa-07.yaml: lỗi cú pháp YAML');
    expect(run.stdout).toContain('Theo quy tắc');
    expect(run.stdout).toMatch(/Lỗi\s+dossier\.balance\s+5\s/);
    expect(run.stdout).toContain('Theo tệp');
    expect(run.stdout).toMatch(/huyen\/nam\/xa-09\.yaml\s+1\s+0\s+0/);
    expect(run.stdout).toMatch(/huyen\/nam\/xa-07\.yaml\s+không kiểm tra được/);
    expect(run.stdout).toContain('✓ 44 tệp khác không có phát hiện nào');
    expect(run.stdout).toContain(
      'Tổng cộng: 60 tệp; 10 lỗi, 5 cảnh báo, 0 lưu ý; 1 tệp không kiểm tra được.',
    );
  });

  it('gives the same JSON on worker threads as in one thread, in the order of the files', async () => {
    const [pooled, single] = await Promise.all([
      cli(['check', 'huyen', ...TODAY, '--format', 'json', '--jobs', '2'], { cwd: dir }),
      cli(['check', 'huyen', ...TODAY, '--format', 'json', '--jobs', '1'], { cwd: dir }),
    ]);
    expect(pooled.stdout).toBe(single.stdout);
    const report = JSON.parse(pooled.stdout);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(
      [...report.files.map((f: { file: string }) => f.file)].sort(),
    );
    expect(report.summary).toEqual({
      files: 60,
      failed: 1,
      error: 10,
      warning: 5,
      info: 0,
      byRule: { 'dossier.balance': 5, 'figure.breakdown-sum': 5, 'lifecycle.order': 5 },
    });
  });

  it('expands a quoted glob itself', async () => {
    const run = await cli(['check', 'huyen/**/xa-1?.yaml', ...TODAY, '--format', 'json'], { cwd: dir });
    const files = JSON.parse(run.stdout).files.map((f: { file: string }) => f.file);
    expect(files).toHaveLength(9); // xa-10 is JSON
    expect(files.every((f: string) => /^huyen\/(bac|nam)\/xa-1\d\.yaml$/.test(f))).toBe(true);
  });

  it('draws no progress bar when stderr is a pipe', async () => {
    const run = await cli(['check', 'huyen', ...TODAY], { cwd: dir });
    expect(run.stderr).toBe('');
  });
});

describe.skipIf(!existsSync('/usr/bin/script'))('the progress bar on a terminal', () => {
  it('is drawn on stderr when a person watches', async () => {
    const run = await runScript(dir, {});
    expect(run).toMatch(/\d+\/60 tệp/);
  });

  it('is not drawn when CI is set', async () => {
    const run = await runScript(dir, { CI: 'true' });
    expect(run).not.toMatch(/\d+\/60 tệp/);
  });
});

/** Runs the check under `script`, which gives it a pseudo-terminal, and returns what the terminal showed. */
async function runScript(cwd: string, env: Record<string, string>): Promise<string> {
  const { spawn } = await import('node:child_process');
  return new Promise((resolve, reject) => {
    const child = spawn(
      '/usr/bin/script',
      ['-qec', `${process.execPath} ${BIN} check huyen --today 2024-11-20 > /dev/null`, '/dev/null'],
      { cwd, env: { ...process.env, ...env, CI: env.CI ?? '' } },
    );
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', () => resolve(out));
  });
}
