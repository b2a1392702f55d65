import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLocator } from './locate.js';
import { readInput } from './read-input.js';

const TEXT = [
  'year: 2024',
  'sections:',
  '  - key: a',
  '    figures:',
  '      - { kind: count, value: 9 }',
  '',
].join('\n');

describe('the locator of a YAML input', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'diemmac-locate-')), 'a.yaml');
  writeFileSync(file, TEXT);
  const { locate } = readInput(file);

  it('finds the line and column of a value', () => {
    expect(locate(['year'])).toEqual({ line: 1, column: 7 });
    expect(locate(['sections', 0, 'figures', 0, 'value'])).toEqual({ line: 5, column: 31 });
  });

  it('falls back to the nearest ancestor present in the file', () => {
    expect(locate(['sections', 0, 'figures', 0, 'parts'])).toEqual({ line: 5, column: 9 });
    expect(locate(['documents', 'conclusion'])).toEqual({ line: 1, column: 1 });
  });
});

describe('jsonLocator', () => {
  it('finds lines in JSON text', () => {
    const locate = jsonLocator('{\n  "year": 2024,\n  "sections": [\n    { "key": "a" }\n  ]\n}\n');
    expect(locate(['sections', 0, 'key'])).toEqual({ line: 4, column: 14 });
  });
});
