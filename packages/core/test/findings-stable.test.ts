import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSupervision, formatFinding, parseSupervisionText } from '../src/index.js';

// The findings of the two examples, serialised with their keys in a fixed order and compared
// byte for byte with files written by the code as it stood before the checks were redesigned
// for speed (issue 14). A change of findings, deliberate or not, fails here: regenerate the
// fixtures with `UPDATE_FINDINGS=1 npx vitest run test/findings-stable.test.ts` only when the
// change is intended, and say so in the commit.

const CASES = [
  { file: 'diem-mac-2024.yaml', now: { year: 2024, month: 11, day: 20 } },
  { file: 'thanh-binh-2025.yaml', now: { year: 2026, month: 11, day: 27 } },
  // Two years on: the recommendations' deadlines have passed.
  { file: 'diem-mac-2024.yaml', now: { year: 2026, month: 11, day: 27 } },
] as const;

/** JSON with every object's keys sorted, one finding per line: diffs stay readable. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function serialise(file: string, now: { year: number; month: number; day: number }): string {
  const text = readFileSync(new URL(`../../../examples/${file}`, import.meta.url), 'utf8');
  const r = parseSupervisionText(text);
  if (!r.ok) throw new Error(`${file} does not parse`);
  const findings = checkSupervision(r.value, { now });
  const lines = findings.map((f) =>
    stable({
      finding: f,
      line: r.locate(f.paths[0] ?? [])?.line,
      vi: formatFinding(f, 'vi'),
      en: formatFinding(f, 'en'),
    }),
  );
  return `${lines.join('\n')}\n`;
}

describe('findings stay byte-identical', () => {
  it.each(CASES)('$file checked on $now.year-$now.month-$now.day', async ({ file, now }) => {
    const name = `${file.replace('.yaml', '')}.${now.year}-${now.month}-${now.day}.findings.jsonl`;
    await expect(serialise(file, now)).toMatchFileSnapshot(`fixtures/${name}`);
  });
});
