import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

describe('input the YAML reader would refuse is refused in JSON too', () => {
  it('refuses a key written twice in a .json file, naming its line, with exit 2', async () => {
    writeFileSync(join(dir, 'hai-lan.json'), '{\n  "schemaVersion": 1,\n  "id": "a",\n  "id": "b"\n}\n');
    const r = await cli(['check', 'hai-lan.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain('một khóa xuất hiện hai lần');
    expect(r.stdout + r.stderr).toContain('hai-lan.json: lỗi cú pháp JSON ở dòng 4');
  });

  it('names the depth limit for 10,000 levels of nesting, in JSON and in YAML, instead of crashing', async () => {
    writeFileSync(join(dir, 'sau.json'), `${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    writeFileSync(join(dir, 'sau.yaml'), `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    for (const file of ['sau.json', 'sau.yaml']) {
      const r = await cli(['check', file, '--lang', 'en'], { cwd: dir });
      expect(r.code, file).toBe(2);
      expect(r.stdout + r.stderr, file).toContain('100 levels');
      expect(r.stdout + r.stderr, file).not.toMatch(/Maximum call stack|at .*\.js:\d+/);
    }
  });
});
