import { readFileSync } from 'node:fs';
import { FINDING_CODES, RULES, ruleTitle } from '@diemmac/core';
import { describe, expect, it } from 'vitest';
import { BIN, cli, VERSION } from './helpers.js';

describe('diemmac --help and --version', () => {
  const COMMANDS = ['check', 'render', 'init', 'schema', 'rules', 'explain'];

  it('lists every command in Vietnamese and in English', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Lệnh / Commands:');
    const flat = run.stdout.replace(/\s+/g, ' ');
    const pairs: Record<string, [string, string]> = {
      check: ['kiểm tra số liệu của các tệp giám sát', 'check the figures of supervision files'],
      render: ['soạn Thông báo kết luận', 'write the conclusion notice'],
      init: ['tạo tệp giám sát mới', 'start a new supervision file'],
      schema: ['in JSON Schema', 'print the JSON Schema'],
      rules: ['liệt kê các quy tắc kiểm tra', 'list the checking rules'],
      explain: ['giải thích một quy tắc', 'explain a rule'],
    };
    for (const command of COMMANDS) {
      expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
      const [vi, en] = pairs[command]!;
      expect(flat).toContain(vi);
      expect(flat).toContain(en);
    }
  });

  it('speaks English alone with --lang en', async () => {
    const run = await cli(['--help', '--lang', 'en']);
    expect(run.stdout).toContain('Commands:');
    expect(run.stdout).not.toContain('Lệnh');
    for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it('explains each command’s options', async () => {
    const run = await cli(['render', '--help']);
    const help = run.stdout.replace(/\s+/g, ' ');
    // What --force does with a symbolic link is said before anyone relies on it.
    expect(help).toContain(
      '--force ghi đè tệp thường đã có (không bao giờ ghi lên thư mục, tệp thiết bị, FIFO; một liên kết tượng trưng bị từ chối: hãy ghi thẳng vào tệp đích) / overwrite an existing regular file (never a folder, device or FIFO; a symbolic link is refused: name the file it points to)',
    );
    expect(help).toContain('--max-size <MB> không đọc tệp lớn hơn số MB này (mặc định 5;');
  });

  it('prints the package version', async () => {
    const run = await cli(['--version']);
    expect(run).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });
});

describe('diemmac schema', () => {
  it('prints the JSON Schema of a supervision file, the same one the package ships', async () => {
    const run = await cli(['schema']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    // The root points at the named definition of the model (`Supervision`).
    expect(schema.$ref).toBe('#/$defs/Supervision');
    expect(schema.$defs.Supervision.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'id', 'year', 'signature']),
    );
    const shipped = readFileSync(new URL('supervision.schema.json', new URL('.', `file://${BIN}`)), 'utf8');
    expect(JSON.parse(shipped)).toEqual(schema);
  });
});

describe('diemmac rules', () => {
  it('lists every rule of the catalogue with its severity and title', async () => {
    const vi = await cli(['rules']);
    expect(vi.code).toBe(0);
    for (const code of FINDING_CODES) expect(vi.stdout).toContain(code);
    expect(vi.stdout).toMatch(/^dossier\.balance\s+Lỗi\s+lõi\s+diemmac\s+Số hồ sơ tiếp nhận bằng/m);
    const en = await cli(['rules', '--lang', 'en']);
    expect(en.stdout).toContain(ruleTitle('dossier.balance', 'en'));
  });

  it('gives the catalogue as JSON', async () => {
    const run = await cli(['rules', '--format', 'json', '--lang', 'en']);
    const catalogue = JSON.parse(run.stdout);
    expect(catalogue.map((r: { code: string }) => r.code)).toEqual(RULES.map((r) => r.code));
    expect(catalogue[0]).toEqual({
      code: 'dossier.received-breakdown',
      severity: 'error',
      source: 'core',
      pack: 'diemmac',
      title: ruleTitle('dossier.received-breakdown', 'en'),
      legalBasis: RULES[0]!.legalBasis,
      reads: RULES[0]!.reads,
    });
  });
});

describe('diemmac explain', () => {
  it('says what a rule checks, its legal basis, and what it says about an example', async () => {
    const run = await cli(['explain', 'dossier.balance']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'dossier.balance — Số hồ sơ tiếp nhận bằng đã giải quyết + đang giải quyết (+ rút, tạm dừng)',
        'Mức: Lỗi',
        'Căn cứ: Biểu II.06a, Thông tư 01/2020/TT-VPCP',
        'Số liệu được đọc: received.total, resolved.total, pending.total, withdrawn, suspended',
        '',
        'Ví dụ:',
        '  sections:',
        '    - key: direction',
        '      title: Công tác chỉ đạo điều hành',
        '      figures:',
        '        - kind: dossiers',
        '          received:',
        '            total: 120',
        '          resolved:',
        '            total: 110',
        '          pending:',
        '            total: 5',
        '',
        'diemmac báo:',
        '  Tiếp nhận 120 hồ sơ, nhưng đã giải quyết 110 + đang giải quyết 5 = 115.',
        '',
      ].join('\n'),
    );
  });

  it('shows the example of rules of every family, in both languages', async () => {
    const codes = ['figure.breakdown-sum', 'citation.number-reused', 'name.variant'];
    for (const lang of ['vi', 'en']) {
      const runs = await Promise.all(codes.map((code) => cli(['explain', code, '--lang', lang])));
      for (const [i, run] of runs.entries()) {
        expect(run.code, codes[i]).toBe(0);
        expect(run.stdout, codes[i]).toMatch(/\n(diemmac báo|diemmac says):\n {2}\S/);
      }
    }
  });

  it('lists the rule codes when the code is unknown, and exits 2', async () => {
    const run = await cli(['explain', 'dossier.balanse', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'there is no rule "dossier.balanse". Rule codes:\n  dossier.received-breakdown\n',
    );
  });
});
