import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLEAN_EXAMPLE, cli, ROOT, tempDir } from './helpers.js';

// The clean example is a notice of 30/10/2025 whose first two recommendations fall due on
// 31/12/2025 and 31/3/2026. Here they are still in progress. Checked a year later, the notice is
// judged as of its own date unless asked otherwise.
const { dir, cleanup } = tempDir();
afterAll(cleanup);
const file = join(dir, 'thanh-binh-dang-thuc-hien.yaml');
writeFileSync(
  file,
  readFileSync(join(ROOT, CLEAN_EXAMPLE), 'utf8').replaceAll('status: done', 'status: in-progress'),
);

const overdue = (stdout: string): { line: number }[] =>
  JSON.parse(stdout).files[0].findings.filter((f: { code: string }) => f.code === 'recommendation.overdue');

describe('check --as-of', () => {
  it("judges a notice's deadlines as of the notice's own date by default", async () => {
    const r = await cli(['check', file, '--today', '2026-11-27', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(overdue(r.stdout)).toEqual([]);
  });

  it('judges them as of the day given, one finding per recommendation past its deadline', async () => {
    const r = await cli([
      'check',
      file,
      '--today',
      '2026-11-27',
      '--as-of',
      '2026-01-15',
      '--format',
      'json',
    ]);
    expect(overdue(r.stdout)).toHaveLength(1);
    const later = await cli([
      'check',
      file,
      '--today',
      '2026-11-27',
      '--as-of',
      '2026-11-27',
      '--format',
      'json',
    ]);
    expect(overdue(later.stdout)).toHaveLength(2);
  });

  it('refuses a day that does not exist, naming the option', async () => {
    const r = await cli(['check', file, '--as-of', '2026-02-31', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as-of');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
