import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSupervisionText } from './parse.js';
import { ALL_PLAIN, asNfc, NOT_PLAIN, readText } from './yaml.js';

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

describe('the characters readText takes as NFC without normalising', () => {
  // Every character NOT_PLAIN allows is NFC alone and beside any other it allows: a text made of
  // them is NFC, and reading it without normalising gives what normalising would.
  const allowed: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    if (!NOT_PLAIN.test(ch)) allowed.push(ch);
  }

  it('allows the Vietnamese letters, and no control character, tab, combining mark or BOM', () => {
    for (const ch of 'ăâđêôơưĂÂĐÊÔƠƯếỆữỳ–“”…') expect(allowed).toContain(ch);
    for (const ch of '\t\r\u0085\u2028\u2029\ufeff\u0301\u0323\u2000') expect(allowed).not.toContain(ch);
  });

  it('allows only characters that stay as they are under NFC, alone and in any pair', () => {
    for (const a of allowed) {
      expect(a.normalize('NFC')).toBe(a);
      for (const b of allowed) {
        const pair = a + b;
        if (pair.normalize('NFC') !== pair) expect.fail(`${a} ${b}`);
      }
    }
  });

  it('takes a text as plain exactly when it has no character NOT_PLAIN refuses', () => {
    const some = [...allowed.filter((_, i) => i % 97 === 0), 'Đ', 'ế', '\n', ' '];
    for (const ch of ['\t', '\r', '\u0301', '\ufeff', '\u2028', '\u2000', '\u{1f600}', '']) {
      for (const base of ['', 'Điềm Mặc\n', some.join('')]) {
        for (const text of [base + ch, ch + base, base.slice(0, 3) + ch + base.slice(3)])
          expect(ALL_PLAIN.test(text)).toBe(!NOT_PLAIN.test(text));
      }
    }
    expect(ALL_PLAIN.test(some.join(''))).toBe(true);
  });

  it('gives a text in NFC, the same string when it is plain (asNfc)', () => {
    const plain = 'Xã Điềm Mặc – 92,87% … “tốt”\n';
    expect(ALL_PLAIN.test(plain)).toBe(true);
    expect(asNfc(plain)).toBe(plain);
    // A decomposed letter, a combining mark, a singleton (U+2000 is U+2002 in NFC) are normalised.
    expect(asNfc('Bi\u0300nh')).toBe('Bình');
    expect(asNfc('\u2000')).toBe('\u2002');
  });

  it('reads a text that needs normalising as NFC', () => {
    const r = readText('name: "\u0110ie\u0302\u0300m Ma\u0323\u0306c"\n');
    expect(r.ok && r.data).toEqual({ name: 'Điềm Mặc' });
  });
});
