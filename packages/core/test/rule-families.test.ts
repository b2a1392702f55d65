import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../src/checks/catalogue.js';
import { checkSupervision } from '../src/checks/check.js';
import { en } from '../src/messages/en.js';
import { vi } from '../src/messages/vi.js';
import { parseSupervision } from '../src/parse/parse.js';
import { EXAMPLE_DAY, withFragment } from '../src/rules/example.js';
import { RULE_FAMILIES } from '../src/rules/families.js';

// A newcomer finds everything about a rule by its code: `src/rules/<family>/` holds its code
// (codes.ts), logic (rules.ts), vi and en wording (wording.ts), worked example (examples.ts) and
// tests (<family>.test.ts). This walks the catalogue and holds every code to that.
const folderOf = new Map(RULE_FAMILIES.flatMap((f) => f.codes.map((code) => [code, f] as const)));
const here = (path: string) => new URL(path, import.meta.url);

describe.each(FINDING_CODES.map((code) => [code]))('%s', (code) => {
  const family = folderOf.get(code);

  it('has its family folder with rules, wording, examples and a test file', () => {
    expect(family).toBeDefined();
    for (const file of ['codes.ts', 'rules.ts', 'wording.ts', 'examples.ts', `${family?.folder}.test.ts`])
      expect(existsSync(here(`../src/rules/${family?.folder}/${file}`)), file).toBe(true);
  });

  it('is worded in Vietnamese and English', () => {
    expect(vi.findings[code].title).toMatch(/\S/);
    expect(en.findings[code].title).toMatch(/\S/);
    expect(vi.findings[code].title).not.toBe(en.findings[code].title);
  });

  it('has a worked example that makes that rule, and only it, speak', () => {
    const example = family?.examples[code];
    expect(example?.finding.code).toBe(code);
    const parsed = parseSupervision(withFragment(example!.input));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const found = checkSupervision(parsed.value, { now: EXAMPLE_DAY }).map((f) => f.code);
    expect(found).toEqual([example?.finding.code]);
  });
});

describe('the families', () => {
  it('list the catalogue’s codes, each once, in its order', () => {
    expect(RULE_FAMILIES.flatMap((f) => f.codes)).toEqual([...FINDING_CODES]);
  });
});
