import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLEAN_EXAMPLE, cli, EXAMPLE, ROOT, tempDir } from './helpers.js';

// Notices as offices hold them: the seed's text beside the repository, our own .docx.
const SEED = join(ROOT, '../shared/seed/000_53488146ee78dd7d.txt');
const TODAY = ['--today', '2024-12-01'];

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  copyFileSync(SEED, join(dir, 'thong-bao.txt'));
});
afterEach(() => cleanup());

const json = (stdout: string) =>
  JSON.parse(stdout) as { files: { findings: { code: string; line?: number; message: string }[] }[] };

describe('diemmac check on a notice as written', () => {
  it('checks the seed text: its figure faults at their lines, and the faults of its text', async () => {
    const run = await cli(['check', 'thong-bao.txt', '--format', 'json', '--lang', 'en', ...TODAY], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    const findings = json(run.stdout).files[0]?.findings ?? [];
    expect(findings.find((f) => f.code === 'dossier.resolved-breakdown')?.line).toBe(150);
    expect(findings.find((f) => f.code === 'text.repeated-words')?.line).toBe(11);
  });

  it('checks a .docx, naming the paragraph and table cell of each finding', async () => {
    const rendered = await cli([
      'render',
      join(ROOT, EXAMPLE),
      '--to',
      'docx',
      '-o',
      join(dir, 'tb.docx'),
      ...TODAY,
    ]);
    expect(rendered.code).toBe(0);
    const run = await cli(['check', 'tb.docx', '--lang', 'en', ...TODAY], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /dossier\.balance {2}\[paragraph \d+, table \d+, row 2, column 2\] 2,175 dossiers received/,
    );
  });

  it('finds nothing in the clean example rendered to .docx', async () => {
    await cli([
      'render',
      join(ROOT, CLEAN_EXAMPLE),
      '--to',
      'docx',
      '-o',
      join(dir, 'clean.docx'),
      '--today',
      '2025-11-01',
    ]);
    const run = await cli(['check', 'clean.docx', '--today', '2025-11-01'], { cwd: dir });
    expect(run.code).toBe(0);
  });

  it('says which formats it reads when a file is none of them (exit 2)', async () => {
    writeFileSync(join(dir, 'thong-bao.pdf'), '%PDF-1.7');
    const run = await cli(['check', 'thong-bao.pdf', '--lang', 'en'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('diemmac reads .yaml, .yml, .json and .docx, .doc, .txt, .md');
  });
});

describe('diemmac import', () => {
  it('writes a draft whose values name their source line, and whose check gives the figure findings', async () => {
    const run = await cli(['import', 'thong-bao.txt', '-o', 'nhap.yaml', ...TODAY], { cwd: dir });
    expect(run.code).toBe(0);
    const draft = readFileSync(join(dir, 'nhap.yaml'), 'utf8');
    expect(draft).toMatch(/total: "2170" # đoạn 74, dòng 150/);
    const fromDraft = json(
      (await cli(['check', 'nhap.yaml', '--format', 'json', ...TODAY], { cwd: dir })).stdout,
    );
    const fromNotice = json(
      (await cli(['check', 'thong-bao.txt', '--format', 'json', ...TODAY], { cwd: dir })).stdout,
    );
    const codes = (r: ReturnType<typeof json>) =>
      (r.files[0]?.findings ?? [])
        .map((f) => f.code)
        .filter((c) => !c.startsWith('text.'))
        .sort();
    expect(codes(fromDraft)).toEqual(codes(fromNotice));
  });

  it('never writes over an existing file without --force', async () => {
    writeFileSync(join(dir, 'nhap.yaml'), 'old');
    const run = await cli(['import', 'thong-bao.txt', '-o', 'nhap.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(readFileSync(join(dir, 'nhap.yaml'), 'utf8')).toBe('old');
    expect(existsSync(join(dir, 'thong-bao.yaml'))).toBe(false);
  });
});
