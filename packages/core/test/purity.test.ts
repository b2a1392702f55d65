import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.ts$/.test(e.name) && !/\.(test|bench)\.ts$/.test(e.name) ? [path] : [];
  });
}

const FORBIDDEN: [RegExp, string][] = [
  [/from\s+['"]node:/, 'a node:* import'],
  [
    /from\s+['"](fs|path|os|child_process|http|https|net|crypto|url|worker_threads)['"]/,
    'a Node built-in import',
  ],
  [/\bprocess\./, 'process'],
  [/\brequire\(/, 'require()'],
  [/Date\.now\(|new Date\(/, 'the clock'],
  [/Math\.random\(/, 'randomness'],
  [/\b(fetch|XMLHttpRequest|setTimeout|setInterval)\(/, 'network or timers'],
  [/parseFloat\(|Number\.parseFloat|Math\.round\(/, 'binary floating point on figures'],
];

describe('@diemmac/core is pure', () => {
  const files = sources(SRC);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(FORBIDDEN)('uses no %s', (pattern, what) => {
    const offenders = files.filter((f) => pattern.test(readFileSync(f, 'utf8')));
    expect(offenders, `${what} in the core`).toEqual([]);
  });
});
