import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SupervisionInput } from '@diemmac/core';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { baseSupervision } from '../src/explain/examples.js';
import { cli, ROOT, tempDir } from './helpers.js';

/** The example pack: a ward outline of Thái Nguyên, two rules written as data, its own wording. */
const PACK = join(ROOT, 'examples/packs/phuong-thai-nguyen.yaml');

/** A ward's notice laid out by the pack's own outline (I. results, II. direction, III. shortcomings). */
function wardNotice(figures: unknown[]): SupervisionInput {
  const base = baseSupervision();
  return {
    ...base,
    id: 'phuong-vi-du-2025',
    year: 2025,
    framework: 'phuong-tn',
    documents: { conclusion: { ...base.documents.conclusion, date: '30/10/2025', place: 'Phan Đình Phùng' } },
    sections: [
      {
        key: 'ket-qua',
        number: 'I.',
        title: 'Kết quả thực hiện',
        sections: [{ key: 'thu-tuc', number: '1.', title: 'Thủ tục hành chính', figures: figures as never }],
      },
      { key: 'chi-dao', number: 'II.', title: 'Công tác chỉ đạo điều hành' },
      { key: 'ton-tai', number: 'III.', title: 'Tồn tại, hạn chế và nguyên nhân' },
    ],
  } as SupervisionInput;
}

const dossiers = (online: number) => ({
  kind: 'dossiers',
  received: { total: 100, online, direct: 100 - online },
  resolved: { total: 100 },
  pending: { total: 0 },
});
const staffing = (present: number, quota: number) => ({ kind: 'staffing', present, quota });

const tmp = tempDir();
afterAll(tmp.cleanup);
const write = (name: string, data: unknown) => {
  const file = join(tmp.dir, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, typeof data === 'string' ? data : stringify(data));
  return file;
};

// Staff at 80% of the quota (under the pack's 90%), dossiers online at 50% (under its 80%).
const FAULTY = write('faulty.yaml', wardNotice([dossiers(50), staffing(8, 10)]));
// Staff at 95%, dossiers online at 90%: both of the pack's rules hold.
const CLEAN = write('clean.yaml', wardNotice([dossiers(90), staffing(19, 20)]));

const codes = (run: { stdout: string }) =>
  (JSON.parse(run.stdout).files as { findings: { code: string }[] }[]).flatMap((f) =>
    f.findings.map((x) => x.code),
  );

describe('diemmac check --pack: a province brings its own pack', () => {
  it('checks a ward notice in its own layout without an outline finding, and records the pack', async () => {
    const run = await cli(['check', CLEAN, '--pack', PACK, '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report.pack).toEqual({ id: 'tn', version: '2025.2' });
    expect(report.base).toMatchObject({ id: 'diemmac' });
    expect(codes(run).filter((c) => c.startsWith('outline.'))).toEqual([]);
    expect(codes(run).filter((c) => c.startsWith('tn.'))).toEqual([]);
  });

  it("fires the pack's two data rules where its data says, worded in the pack's words", async () => {
    const run = await cli(['check', FAULTY, '--pack', PACK, '--format', 'json']);
    const findings = JSON.parse(run.stdout).files[0].findings as {
      code: string;
      title: string;
      message: string;
    }[];
    const staff = findings.find((f) => f.code === 'tn.staffing.under-quota');
    expect(staff?.title).toBe('Biên chế hiện có đạt ít nhất 90% biên chế được giao');
    expect(staff?.message).toContain('80');
    expect(findings.find((f) => f.code === 'tn.dossier.online-share')).toBeDefined();
    expect(run.stdout).not.toMatch(/không có trong danh mục/);
    const text = await cli(['check', FAULTY, '--pack', PACK]);
    expect(text.stdout).toContain('Biên chế hiện có đạt ít nhất 90% biên chế được giao');
    expect(text.stdout).not.toMatch(/không có trong danh mục|—\s*[.,]/);
  });

  it('without the pack, the same notice is judged by the commune outline', async () => {
    const run = await cli(['check', CLEAN, '--format', 'json']);
    expect(JSON.parse(run.stdout).pack).toMatchObject({ id: 'diemmac' });
    expect(codes(run).some((c) => c.startsWith('tn.'))).toBe(false);
  });

  it('takes the pack from a diemmac.config.yaml found upwards from the checked file, with its checks', async () => {
    const project = join(tmp.dir, 'phuong');
    write('phuong/diemmac.config.yaml', {
      pack: PACK,
      checks: { rules: { 'tn.dossier.online-share': 'off' } },
    });
    const notice = write('phuong/2025/thong-bao.yaml', wardNotice([dossiers(50), staffing(8, 10)]));
    const run = await cli(['check', notice, '--format', 'json'], { cwd: project });
    expect(JSON.parse(run.stdout).pack).toEqual({ id: 'tn', version: '2025.2' });
    expect(codes(run)).toContain('tn.staffing.under-quota');
    expect(codes(run)).not.toContain('tn.dossier.online-share');
  });
});

describe('the pack in worker threads and from an npm package', () => {
  it('each worker resolves the same pack: two threads report what one thread reports', async () => {
    const files = [FAULTY, CLEAN, FAULTY, CLEAN].map((f, i) => {
      const copy = join(tmp.dir, 'batch', `${i}.yaml`);
      mkdirSync(join(tmp.dir, 'batch'), { recursive: true });
      writeFileSync(copy, readFileSync(f));
      return copy;
    });
    const [two, one] = await Promise.all([
      cli(['check', ...files, '--pack', PACK, '--format', 'json', '--jobs', '2']),
      cli(['check', ...files, '--pack', PACK, '--format', 'json', '--jobs', '1']),
    ]);
    expect(JSON.parse(two.stdout).files).toEqual(JSON.parse(one.stdout).files);
    expect(codes(two).filter((c) => c === 'tn.staffing.under-quota')).toHaveLength(2);
  });

  it('takes a package installed where the command runs, whose package.json names its pack', async () => {
    const project = join(tmp.dir, 'npm-project');
    const dir = join(project, 'node_modules', '@tinh', 'goi-tn');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'pack.yaml'), readFileSync(PACK));
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: '@tinh/goi-tn', version: '1.0.0', diemmac: { pack: 'pack.yaml' } }),
    );
    const run = await cli(['rules', '--pack', '@tinh/goi-tn', '--format', 'json'], { cwd: project });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).map((r: { code: string }) => r.code)).toContain('tn.staffing.under-quota');
  });
});

describe('a bad pack or config stops the command (exit 2) with each issue at its line', () => {
  it('names the field path and the line of a broken pack, in Vietnamese', async () => {
    const text = readFileSync(PACK, 'utf8').replace("operator: '>='", "operator: 'gần bằng'");
    const broken = write('broken-pack.yaml', text);
    const line = text.split('\n').findIndex((l) => l.includes("operator: 'gần bằng'")) + 1;
    const run = await cli(['check', CLEAN, '--pack', broken]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('gói không hợp lệ');
    expect(run.stderr).toContain(`${broken}:${line}`);
    expect(run.stderr).toContain('rules[0].operator');
    expect(run.stdout).toBe('');
  });

  it('says in each language that a config names a rule that does not exist under the pack', async () => {
    write(
      'typo/diemmac.config.yaml',
      `pack: ${PACK}\nchecks:\n  rules:\n    tn.staffing.under-quotaa: 'off'\n`,
    );
    const notice = write('typo/a.yaml', wardNotice([]));
    const vi = await cli(['check', notice]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toMatch(/diemmac\.config\.yaml:4/);
    expect(vi.stderr).toContain('checks.rules');
    expect(vi.stderr).not.toMatch(/a rule code from the catalogue/);
    const en = await cli(['check', notice, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('invalid rules configuration');
  });

  it('accepts a config that re-grades a rule of the pack', async () => {
    write(
      'ok/diemmac.config.json',
      JSON.stringify({ pack: PACK, checks: { rules: { 'tn.staffing.under-quota': 'error' } } }),
    );
    const notice = write('ok/a.yaml', wardNotice([staffing(8, 10)]));
    const run = await cli(['check', notice, '--format', 'json']);
    expect(run.code).toBe(1);
    const f = JSON.parse(run.stdout).files[0].findings.find(
      (x: { code: string }) => x.code === 'tn.staffing.under-quota',
    );
    expect(f.severity).toBe('error');
  });

  it('says so when --pack names neither a file nor an installed package', async () => {
    const run = await cli(['rules', '--pack', 'goi-khong-co']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('không tìm thấy gói "goi-khong-co"');
  });
});

describe('rules, explain, render and init under a pack', () => {
  it('rules lists exactly the rules that run, with their source and pack', async () => {
    const run = await cli(['rules', '--pack', PACK, '--format', 'json']);
    const rules = JSON.parse(run.stdout) as {
      code: string;
      source: string;
      pack: string;
      applies?: unknown;
    }[];
    const codes = rules.map((r) => r.code);
    expect(codes).not.toContain('dossier.apologies');
    expect(codes.slice(-2)).toEqual(['tn.staffing.under-quota', 'tn.dossier.online-share']);
    expect(rules.at(-1)).toMatchObject({
      source: 'data',
      pack: 'tn',
      legalBasis: 'Nghị định số 118/2025/NĐ-CP (một cửa, một cửa liên thông)',
      applies: { from: { year: 2025, month: 7, day: 1 } },
    });
    const text = await cli(['rules', '--pack', PACK]);
    expect(text.stdout).toMatch(/^tn\.staffing\.under-quota\s+Cảnh báo\s+dữ liệu\s+tn\s+Biên chế hiện có/m);
  });

  it('explain gives a pack rule its instruction and legal basis, and no invented example', async () => {
    const run = await cli(['explain', 'tn.dossier.online-share', '--pack', PACK]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Yêu cầu: Hồ sơ tiếp nhận trực tuyến chiếm ít nhất 80%');
    expect(run.stdout).toContain('Căn cứ: Nghị định số 118/2025/NĐ-CP');
    expect(run.stdout).toContain('Ví dụ: chưa có ví dụ cho quy tắc này');
    const unknown = await cli(['explain', 'tn.dossier.online-share']);
    expect(unknown.code).toBe(2);
  });

  it("render --annex lists the pack's rules among the checks that ran, worded by the pack", async () => {
    const out = join(tmp.dir, 'annex.md');
    const run = await cli(['render', FAULTY, '--pack', PACK, '--annex', '--to', 'md', '-o', out]);
    expect(run.code).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('tn.staffing.under-quota');
    expect(md).toContain('Biên chế hiện có đạt ít nhất 90% biên chế được giao');
    expect(md).not.toContain('dossier.apologies');
    expect(md).not.toMatch(/không có trong danh mục/);
  });

  it("init --framework knows the pack's outlines", async () => {
    const run = await cli(['init', '--pack', PACK, '--framework', 'phuong-tn', '-o', '-']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('phuong-tn');
    expect(run.stdout).toContain('Kết quả thực hiện nhiệm vụ cải cách hành chính');
    const without = await cli(['init', '--framework', 'phuong-tn', '-o', '-']);
    expect(without.code).toBe(2);
  });
});
