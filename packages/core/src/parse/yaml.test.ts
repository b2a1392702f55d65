import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSupervisionText } from './parse.js';
import { readText } from './yaml.js';

describe('readText', () => {
  it('keeps numbers as the author wrote them when YAML would turn them into floats', () => {
    const r = readText('received: 1.248\nlate: 01\nscore: 87.81\nyear: 2024\nrate: 92,87\n');
    expect(r.ok && r.data).toEqual({
      received: '1.248',
      late: '01',
      score: '87.81',
      year: 2024,
      rate: '92,87',
    });
  });

  it('reads JSON too', () => {
    const r = readText('{"a": 1.5, "b": [1, 2]}');
    expect(r.ok && r.data).toEqual({ a: '1.5', b: [1, 2] });
  });

  it('reports a syntax error with its line and column', () => {
    const r = readText('a: 1\nb: [1, 2\nc: 3\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
  });

  it('locates a value the file leaves out at its nearest ancestor', () => {
    const r = readText('a:\n  b: 1\n');
    expect(r.ok && r.locate(['a', 'c', 0])).toEqual({ line: 2, column: 3 });
  });

  it('drops a byte-order mark and composes letters (NFC)', () => {
    const r = readText('\uFEFFname: Die\u0302\u0300m\n');
    expect(r.ok && r.data).toEqual({ name: 'Diềm' });
  });

  it('refuses duplicate keys', () => {
    expect(readText('a: 1\na: 2\n').ok).toBe(false);
  });

  it('locates a value by its path', () => {
    const r = readText('sections:\n  - key: x\n    figures:\n      - kind: count\n        value: 3\n');
    expect(r.ok && r.locate(['sections', 0, 'figures', 0, 'value'])).toEqual({ line: 5, column: 16 });
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (text) => void readText(text)));
  });
});

describe('parseSupervisionText', () => {
  it('separates syntax errors from schema issues', () => {
    expect(parseSupervisionText('a: [').ok).toBe(false);
    const r = parseSupervisionText('schemaVersion: 1\n');
    expect(r.ok === false && r.stage).toBe('schema');
  });
});
