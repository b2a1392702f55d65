import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '@diemmac/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanSupervision } from './fixtures.js';
import { CLEAN_EXAMPLE, cli, EXAMPLE, ROOT, tempDir, yaml } from './helpers.js';

const TODAY = ['--today', '2024-11-20'];

describe('diemmac check on the Điềm Mặc example', () => {
  it('reports in Vietnamese by default, grouped by severity, and exits 1', async () => {
    const run = await cli(['check', EXAMPLE, ...TODAY]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    await expect(run.stdout).toMatchFileSnapshot('__snapshots__/check-diem-mac.vi.txt');
  });

  it('reports in English with --lang en', async () => {
    const run = await cli(['check', EXAMPLE, ...TODAY, '--lang', 'en']);
    expect(run.code).toBe(1);
    await expect(run.stdout).toMatchFileSnapshot('__snapshots__/check-diem-mac.en.txt');
  });

  it('reads DIEMMAC_LANG when --lang is absent', async () => {
    const run = await cli(['check', EXAMPLE, ...TODAY], { env: { DIEMMAC_LANG: 'en' } });
    expect(run.stdout).toContain('Checked 1 file as of 20/11/2024');
  });

  it('points each finding at the line of the figure it read', async () => {
    const run = await cli(['check', EXAMPLE, ...TODAY]);
    const lines = readFileSync(join(ROOT, EXAMPLE), 'utf8').split('\n');
    const at = (code: string) => {
      const m = new RegExp(`${EXAMPLE}:(\\d+)  ${code.replace('.', '\\.')}`).exec(run.stdout);
      return lines[Number(m?.[1]) - 1];
    };
    expect(at('dossier.resolved-breakdown')).toMatch(/^\s+total: 2170$/);
    expect(at('dossier.balance')).toMatch(/^\s+total: 2175$/);
    expect(at('number.stray-separator')).toContain("score: '15.3.'");
  });

  it('prints a stable JSON document for pipelines', async () => {
    const run = await cli(['check', EXAMPLE, ...TODAY, '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ tool: 'diemmac', lang: 'vi', today: '2024-11-20' });
    expect(report.files).toHaveLength(1);
    const [file] = report.files;
    expect(file).toMatchObject({ file: EXAMPLE, ok: false });
    const byCode = Object.fromEntries(file.findings.map((f: { code: string }) => [f.code, f]));
    const resolved = byCode['dossier.resolved-breakdown'];
    expect(resolved).toMatchObject({
      severity: 'error',
      computed: { value: '2169', unit: 'count' },
      reported: { value: '2170', unit: 'count' },
      suggestion: { value: { value: '2169' }, line: resolved.line },
    });
    // Line and column point at the reported total itself.
    const source = readFileSync(join(ROOT, EXAMPLE), 'utf8').split('\n')[resolved.line - 1]!;
    expect(source.slice(resolved.column - 1)).toBe('2170');
    expect(source).toMatch(/^\s+total: 2170$/);
    // Every figure compared has its line: total, early, on time, late.
    const all = readFileSync(join(ROOT, EXAMPLE), 'utf8').split('\n');
    expect(resolved.lines.map((l: number) => all[l - 1]!.trim().split(':')[0])).toEqual([
      'total',
      'early',
      'onTime',
      'late',
    ]);
    expect(byCode['dossier.resolved-breakdown'].message).toBe(
      'Số hồ sơ đã giải quyết ghi 2.170, nhưng trước hạn 1.362 + đúng hạn 806 + quá hạn 1 = 2.169.',
    );
    expect(byCode['dossier.resolved-breakdown'].paths[0]).toEqual([
      'sections',
      1,
      'sections',
      1,
      'sections',
      1,
      'figures',
      0,
      'resolved',
      'total',
    ]);
    const { summary } = report;
    expect(summary).toMatchObject({ files: 1, failed: 0 });
    expect(summary.error).toBe(
      file.findings.filter((f: { severity: string }) => f.severity === 'error').length,
    );
    expect(summary.byRule['dossier.balance']).toBe(1);
  });
});

describe('diemmac check on clean files', () => {
  it('finds nothing in the clean example and exits 0', async () => {
    const run = await cli(['check', CLEAN_EXAMPLE, '--today', '2025-11-20']);
    expect(run.stdout).toContain(`✓ ${CLEAN_EXAMPLE}: không có phát hiện nào.`);
    expect(run.code).toBe(0);
  });

  it('reads JSON input as well as YAML', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'sach.json'), JSON.stringify(cleanSupervision()));
      const run = await cli(['check', 'sach.json', ...TODAY, '--format', 'json'], { cwd: dir });
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).files[0]).toEqual({ file: 'sach.json', ok: true, findings: [] });
    } finally {
      cleanup();
    }
  });
});

describe('diemmac check --config', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
  });
  afterEach(() => cleanup());

  it('switches rules off and re-grades them: with no error left the example exits 0', async () => {
    const config = join(dir, 'rules.yaml');
    const regraded = Object.fromEntries(
      RULES.filter((r) => r.severity === 'error').map((r) => [r.code, 'warning']),
    );
    writeFileSync(config, yaml({ rules: { ...regraded, 'dossier.balance': 'off' } }));
    const run = await cli(['check', EXAMPLE, ...TODAY, '--config', config, '--format', 'json']);
    const findings: { code: string; severity: string }[] = JSON.parse(run.stdout).files[0].findings;
    expect(findings.map((f) => f.code)).not.toContain('dossier.balance');
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'dossier.resolved-breakdown', severity: 'warning' }),
    );
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('refuses a misspelt rule code with the line it is on, and exits 2', async () => {
    const config = join(dir, 'rules.yaml');
    writeFileSync(config, 'rules:\n  dossier.balanse: off\n');
    const run = await cli(['check', EXAMPLE, '--config', config]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${config}: cấu hình quy tắc không hợp lệ (1 vấn đề):`);
    expect(run.stderr).toContain(`${config}:2  rules.dossier.balanse:`);
  });
});
