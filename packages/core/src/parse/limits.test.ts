import { describe, expect, it } from 'vitest';
import { formatIssue } from '../messages/index.js';
import { formatSyntaxIssue } from '../messages/syntax.js';
import { parseSupervision } from './parse.js';
import { MAX_NESTING, readText } from './yaml.js';

// Issue 9, item 8: what a file may not do, refused with a clear issue instead of a crash or a
// silent choice.

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('nesting', () => {
  it(`reads ${MAX_NESTING} levels and refuses one more, naming the limit`, () => {
    expect(readText(nested(MAX_NESTING)).ok).toBe(true);
    const r = readText(nested(MAX_NESTING + 1));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({ code: 'TOO_DEEP', limit: 100, line: 1 });
    expect(formatSyntaxIssue(r.errors[0]!, 'vi')).toContain('quá 100 cấp');
    expect(formatSyntaxIssue(r.errors[0]!, 'en')).toContain('more than 100 levels');
  });

  it('refuses 10,000 and 1,000,000 levels of JSON or YAML the same way, without running out of stack', () => {
    for (const text of [
      nested(10_000),
      nested(1_000_000),
      `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
      // An apostrophe in plain words does not open a quoted string that would hide the rest.
      `note: don't\nlist: ${nested(1_000_000)}\n`,
    ]) {
      const r = readText(text);
      expect(r.ok === false && r.errors[0]?.code).toBe('TOO_DEEP');
    }
    let block = '';
    for (let i = 0; i < 150; i++) block += `${' '.repeat(i)}k:\n`;
    const r = readText(block);
    expect(r.ok === false && r.errors[0]).toMatchObject({ code: 'TOO_DEEP', line: 101 });
  });

  it('refuses data nested too deep that did not come through readText (JSON.parse, a form)', () => {
    let data: unknown = 1;
    for (let i = 0; i < 5_000; i++) data = [data];
    const r = parseSupervision(data);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'too-deep', params: { limit: 100 } });
    expect(formatIssue(r.issues[0]!, 'vi')).toContain('lồng nhau quá 100 cấp');
    expect(formatIssue(r.issues[0]!, 'en')).toContain('more than 100 levels');
  });
});

describe('duplicate keys', () => {
  it('are refused in JSON as in YAML, naming the key path', () => {
    for (const text of ['{"locality": {"name": "A", "name": "B"}}', 'locality:\n  name: A\n  name: B\n']) {
      const r = readText(text);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.errors[0]).toMatchObject({ code: 'DUPLICATE_KEY', path: ['locality', 'name'] });
      expect(formatSyntaxIssue(r.errors[0]!, 'vi')).toMatch(/Khóa "locality\.name" được ghi hai lần/);
      expect(formatSyntaxIssue(r.errors[0]!, 'en')).toMatch(/The key "locality\.name" is written twice/);
    }
  });

  it('name the path inside lists too', () => {
    const r = readText('sections:\n  - key: a\n    title: x\n    title: y\n');
    expect(r.ok === false && r.errors[0]?.path).toEqual(['sections', 0, 'title']);
  });
});
