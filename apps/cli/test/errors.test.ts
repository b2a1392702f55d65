import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanSupervision } from './fixtures.js';
import { cli, EXAMPLE, ROOT, tempDir, yaml } from './helpers.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const write = (name: string, text: string) => writeFileSync(join(dir, name), text);

describe('an input that cannot be checked', () => {
  it('is a missing file: said plainly, exit 2', async () => {
    const vi = await cli(['check', 'khong-co.yaml'], { cwd: dir });
    expect(vi.code).toBe(2);
    expect(vi.stdout).toContain('khong-co.yaml: không tìm thấy tệp.');
    const en = await cli(['check', 'khong-co.yaml', '--lang', 'en'], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stdout).toContain('khong-co.yaml: file not found.');
  });

  it('is a YAML syntax error: line, column, the line itself and a caret', async () => {
    write('hong.yaml', 'schemaVersion: 1\nid: x\n  year: 2024\n');
    const vi = await cli(['check', 'hong.yaml'], { cwd: dir });
    expect(vi.code).toBe(2);
    expect(vi.stdout).toContain('hong.yaml: lỗi cú pháp YAML ở dòng 2, cột 5:');
    expect(vi.stdout).toMatch(/\n( +)id: x\n\1 {4}\^\n/);
    const en = await cli(['check', 'hong.yaml', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('hong.yaml: YAML syntax error at line 2, column 5:');
  });

  it('is a tab used for indentation: the YAML error is explained in Vietnamese', async () => {
    write('tab.yaml', 'body:\n\tlevel: xa\n');
    const run = await cli(['check', 'tab.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/tab\.yaml: lỗi cú pháp YAML ở dòng 2, cột \d+: .*Tab/);
  });

  it('is a JSON syntax error: line and column', async () => {
    write('hong.json', '{\n  "schemaVersion": 1,\n}\n');
    const run = await cli(['check', 'hong.json', '--lang', 'en'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/hong\.json: JSON syntax error at line 3, column 1:/);
  });

  it('is a schema violation: each issue with its line, path, what was expected and what was found', async () => {
    const data = cleanSupervision() as Record<string, unknown>;
    write(
      'sai.yaml',
      yaml({ ...data, year: 'hai nghìn', body: { ...(data.body as object), level: 'thon' } }),
    );
    const run = await cli(['check', 'sai.yaml', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(2);
    const [file] = JSON.parse(run.stdout).files;
    expect(file).toMatchObject({
      file: 'sai.yaml',
      ok: false,
      error: { code: 'input.invalid' },
      findings: [],
    });
    expect(file.issues).toContainEqual(
      expect.objectContaining({
        path: ['year'],
        code: 'type',
        expected: 'number',
        received: '"hai nghìn"',
        line: 3,
      }),
    );
    expect(file.issues).toContainEqual(
      expect.objectContaining({ path: ['body', 'level'], code: 'value', received: '"thon"' }),
    );
    const text = await cli(['check', 'sai.yaml'], { cwd: dir });
    expect(text.stdout).toContain('sai.yaml: không phải tệp giám sát hợp lệ (2 vấn đề):');
    expect(text.stdout).toMatch(/sai\.yaml:3 {2}year: .*"hai nghìn"/);
    const en = await cli(['check', 'sai.yaml', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('sai.yaml: not a valid supervision file (2 issues):');
  });

  it('is an empty file: not a supervision, exit 2', async () => {
    write('rong.yaml', '');
    const run = await cli(['check', 'rong.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('rong.yaml: không phải tệp giám sát hợp lệ');
  });

  it('is a folder given as a file to render: exit 2, nothing written', async () => {
    mkdirSync(join(dir, 'thu-muc.yaml'));
    const run = await cli(['render', 'thu-muc.yaml', '--to', 'md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('thu-muc.yaml: không đọc được tệp (đây là một thư mục).');
    expect(readdirSync(dir)).toEqual(['thu-muc.yaml']);
  });
});

describe('an output that cannot be written', () => {
  it('under a path that is not a folder: exit 2, no file, no temporary file', async () => {
    write('tep', 'not a folder');
    const run = await cli(['render', join(ROOT, EXAMPLE), '--to', 'md', '-o', 'tep/thong-bao.md'], {
      cwd: dir,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('tep/thong-bao.md: không ghi được tệp');
    expect(readdirSync(dir)).toEqual(['tep']);
  });

  it('in a folder that does not exist: exit 2, in English too', async () => {
    const run = await cli(
      ['render', join(ROOT, EXAMPLE), '--to', 'md', '-o', 'khong/co.md', '--lang', 'en'],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'khong/co.md: cannot write the file (the folder does not exist); nothing was written.',
    );
  });

  it.skipIf(process.getuid?.() === 0)('in a read-only folder: exit 2, nothing left behind', async () => {
    const locked = join(dir, 'khoa');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    try {
      const run = await cli(['render', join(ROOT, EXAMPLE), '--to', 'docx', '-o', join(locked, 'tb.docx')]);
      expect(run.code).toBe(2);
      expect(readdirSync(locked)).toEqual([]);
    } finally {
      chmodSync(locked, 0o755);
    }
  });

  it('for an invalid input: exit 2 and no output file at all', async () => {
    write('sai.yaml', yaml({ ...cleanSupervision(), year: 'x' }));
    const run = await cli(['render', 'sai.yaml', '--to', 'docx'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('sai.yaml: không phải tệp giám sát hợp lệ');
    expect(existsSync(join(dir, 'sai.docx'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['sai.yaml']);
  });
});

describe('a wrong command line', () => {
  it('is a usage error with exit 2, in the chosen language', async () => {
    const unknown = await cli(['kiem-tra']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("diemmac: lệnh chưa đúng: unknown command 'kiem-tra'");
    const missing = await cli(['check', '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("diemmac: wrong command: missing required argument 'files'");
  });

  it('rejects an impossible --today', async () => {
    const run = await cli(['check', EXAMPLE, '--today', '2024-02-30']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('diemmac: --today "2024-02-30" không hợp lệ: cần DD/MM/YYYY, YYYY-MM-DD.\n');
  });

  it('rejects a glob that matches nothing', async () => {
    const run = await cli(['check', 'khong-co/*.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('không có tệp nào khớp với "khong-co/*.yaml".');
  });

  it('never prints a stack trace for a user mistake', async () => {
    const runs = await Promise.all([
      cli(['check', 'khong-co.yaml'], { cwd: dir }),
      cli(['render', 'khong-co.yaml'], { cwd: dir }),
      cli(['explain', 'khong.co']),
      cli(['init', '--framework', 'khong-co', '-o', '-']),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
