import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, tempDir, VERSION } from './helpers.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

describe('diemmac init', () => {
  it('writes a commented skeleton named after the commune and year', async () => {
    const run = await cli(
      ['init', '--commune', 'Thanh Bình', '--province', 'Thái Nguyên', '--year', '2025'],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Đã tạo thanh-binh-2025.yaml.');
    const text = readFileSync(join(dir, 'thanh-binh-2025.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(
      `# yaml-language-server: $schema=https://unpkg.com/diemmac@${VERSION}/dist/supervision.schema.json`,
    );
    expect(text).toContain('id: thanh-binh-2025');
    expect(text).toContain('name: "Hội đồng nhân dân xã Thanh Bình"');
    expect(text).toContain('# Cơ quan giám sát, ghi như ngày ban hành văn bản.');
    expect(text).toContain('Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('writes a file that passes check as a draft, with no finding at all', async () => {
    await cli(['init', '--commune', 'Thanh Bình', '--year', '2025', '-o', 'moi.yaml'], { cwd: dir });
    const run = await cli(['check', 'moi.yaml', '--today', '2025-11-20', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files[0]).toEqual({ file: 'moi.yaml', ok: true, findings: [] });
  });

  it('cites the 2025 law for a supervision from 2026 on', async () => {
    const run = await cli(['init', '--year', '2026', '-o', '-'], { cwd: dir });
    expect(run.stdout).toContain('số 121/2025/QH15');
    const check = await cli(['check', '-', '--today', '2026-06-01'], { cwd: dir, stdin: run.stdout });
    expect(check.code).toBe(0);
  });

  it('refuses to overwrite an existing file without --force', async () => {
    writeFileSync(join(dir, 'giam-sat-2025.yaml'), 'của tôi');
    const run = await cli(['init', '--year', '2025'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('giam-sat-2025.yaml: tệp đã có; thêm --force để ghi đè.');
    expect(readFileSync(join(dir, 'giam-sat-2025.yaml'), 'utf8')).toBe('của tôi');
    const forced = await cli(['init', '--year', '2025', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'giam-sat-2025.yaml'), 'utf8')).toContain('schemaVersion: 1');
  });

  it('rejects an unknown framework and a malformed year', async () => {
    const framework = await cli(['init', '--framework', 'papi', '-o', '-']);
    expect(framework.code).toBe(2);
    expect(framework.stderr).toBe('diemmac: không có khung đề cương "papi". Các khung có sẵn: cchc-xa.\n');
    const year = await cli(['init', '--year', '24', '-o', '-', '--lang', 'en']);
    expect(year.code).toBe(2);
    expect(year.stderr).toBe('diemmac: --year "24" is not valid: expected 1990–2200.\n');
  });
});
