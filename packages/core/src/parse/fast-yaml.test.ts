import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fastLocateYaml, fastReadYaml } from './fast-yaml.js';
import { MAX_NESTING, readText, readTextWithLibrary } from './yaml.js';

// The examples' own files are read by test/fast-yaml.test.ts (the core's sources may not read files).

/** The data the library reads, or undefined when it refuses the text. */
function library(text: string): unknown {
  const r = readTextWithLibrary(text);
  return r.ok ? r.data : undefined;
}

/**
 * When the fast reader takes a text, it reads exactly what the library reads; when it knows where
 * the values stand, it places each (and each path past the file's) where the library does.
 */
function agrees(text: string): boolean {
  const nfc = text.normalize('NFC');
  const fast = fastReadYaml(nfc, MAX_NESTING);
  if (fast === undefined) return true;
  expect(fast).toStrictEqual(library(text));
  const locate = fastLocateYaml(nfc, MAX_NESTING);
  const slow = readTextWithLibrary(text);
  if (!locate || !slow.ok) return true;
  const walk = (node: unknown, path: (string | number)[]): void => {
    for (const p of [path, [...path, 'x'], [...path, 1], [...path, '0']]) {
      expect([p, locate(p)]).toEqual([p, slow.locate(p)]);
    }
    if (Array.isArray(node)) for (const [i, v] of node.entries()) walk(v, [...path, i]);
    else if (node !== null && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(fast, []);
  return true;
}

describe('the fast YAML reader', () => {
  it('keeps numbers as written, as readText always has', () => {
    const text = 'a: 1.248\nb: 01\nc: 2024\nd: 92,87\ne: [1, 1.5, x]\nf: { g: 08, h: -3 }\n';
    expect(fastReadYaml(text, MAX_NESTING)).toStrictEqual({
      a: '1.248',
      b: '01',
      c: 2024,
      d: '92,87',
      e: [1, '1.5', 'x'],
      f: { g: '08', h: -3 },
    });
  });

  it('reads the words YAML gives a meaning to as the library does, and other words as text', () => {
    const words = ['null', 'Null', 'NULL', 'nUll', 'true', 'True', 'TRUE', 'tRue', 'false', 'False', 'FALSE'];
    const near = ['nulls', 'trueish', 'falsey', 'fals', 'nothing', 'thuong-truc', 'Thực hiện', 'n', 't', 'F'];
    const text = [...words, ...near].map((w, i) => `k${i}: ${w}\nl${i}: [${w}]\n`).join('');
    expect(fastReadYaml(text, MAX_NESTING)).toStrictEqual(library(text));
    const data = fastReadYaml(text, MAX_NESTING) as Record<string, unknown>;
    expect([data.k0, data.k4, data.k8, data.k3, data.k11]).toStrictEqual([
      null,
      true,
      false,
      'nUll',
      'nulls',
    ]);
  });

  it('folds > and keeps | as YAML says, with every chomping', () => {
    for (const head of ['>', '>-', '>+', '|', '|-', '|+']) {
      const text = `a: ${head}\n  one\n  two\n\n  three\n\n\nb:\n  - ${head}\n    x\n      y\n`;
      expect(agrees(text)).toBe(true);
    }
    expect(fastReadYaml('a: >-\n  one\n  two\n\n  three\nb: 1\n', MAX_NESTING)).toStrictEqual({
      a: 'one two\nthree',
      b: 1,
    });
  });

  it('folds text the library wrote over several lines, plain or quoted, as YAML says', () => {
    const text = [
      'a: one',
      '  two',
      "b: 'it''s",
      '  long   ',
      '',
      "  here'",
      'c: "Điềm \\',
      '    Mặc\\t ',
      '  xã  "',
      '- d',
    ].join('\n');
    expect(fastReadYaml(`${text.slice(0, text.lastIndexOf('\n'))}\n`, MAX_NESTING)).toStrictEqual({
      a: 'one two',
      b: "it's long\nhere",
      c: 'Điềm Mặc\t xã  ',
    });
    expect(agrees(`${text.slice(0, text.lastIndexOf('\n'))}\n`)).toBe(true);
  });

  it('leaves to the library what it does not read: duplicates, anchors, comments inside text, tabs', () => {
    for (const text of [
      'a: 1\na: 2\n',
      'a: &x 1\nb: *x\n',
      'a: one # c\n  two\n',
      'a: one\n  - two\n',
      'a: "one\ntwo"\n',
      'a:\n\t- 1\n',
      '---\na: 1\n',
      '{"a": 1}',
    ]) {
      expect(fastReadYaml(text, MAX_NESTING)).toBeUndefined();
    }
  });

  it('leaves nesting past the limit to the library, which names it', () => {
    const deep = `${Array.from({ length: MAX_NESTING + 1 }, (_, i) => `${' '.repeat(2 * i)}a:`).join('\n')} 1\n`;
    expect(fastReadYaml(deep, MAX_NESTING)).toBeUndefined();
    const r = readText(deep);
    expect(r.ok === false && r.errors[0]?.code).toBe('TOO_DEEP');
  });

  it('reads a text that ends without a line break, or with a key and nothing after it, as the library does', () => {
    for (const text of [
      'a: 1',
      'a: 1\nb:',
      'a:',
      'a: one\n  two',
      'a: "one\n  two"',
      "a:\n  - 'x'",
      'a: [1, 2]',
      'a:\n  b: c  ',
      'a: x\n\n\n',
    ]) {
      expect(fastReadYaml(text, MAX_NESTING)).toBeDefined();
      expect(agrees(text)).toBe(true);
    }
    // A block scalar's last line without its line break: the library's to read.
    expect(fastReadYaml('a: |\n  x', MAX_NESTING)).toBeUndefined();
    expect(library('a: |\n  x')).toBeDefined();
  });

  it('leaves line breaks written as CRLF, and blank lines with spaces inside block text, to the library', () => {
    for (const text of ['a: 1\r\nb: 2\r\n', 'a: >\n  one\n  \n  two\n', 'a: |\n  one\n   \n  two\n']) {
      expect(fastReadYaml(text, MAX_NESTING)).toBeUndefined();
      expect(library(text)).toBeDefined();
    }
  });

  it('tells a key written twice in one mapping from the same key in the mappings inside it', () => {
    // The same keys at several levels, each once per mapping: read, as the library reads them.
    const once = 'a:\n  a: 1\n  b:\n    a: 2\n  c: 3\nb:\n  - a: 1\n    b: 2\n  - a: 3\n';
    expect(fastReadYaml(once, MAX_NESTING)).toBeDefined();
    expect(agrees(once)).toBe(true);
    // A key written twice, before and after a mapping that holds it too: the library reports it.
    for (const text of [
      'a:\n  b: 1\n  a: 2\na: 3\n',
      'b:\n  a: 1\na: 2\nb: 3\n',
      'x:\n  - a: 1\n    b:\n      a: 1\n    a: 1\n',
      'a: 1\nb: [1]\na: 2\n',
    ]) {
      expect(fastReadYaml(text, MAX_NESTING)).toBeUndefined();
      const r = readText(text);
      expect(r.ok === false && r.errors[0]?.code).toBe('DUPLICATE_KEY');
    }
  });

  it('finds the quotes, colons and hashes of one line wherever the others of the file stand', () => {
    const text = [
      'a: "x \\" y" # c',
      "b: 'it''s'",
      'c: http://x.vn/a#b',
      'd: "one',
      '  two: three" #',
      'e: f#g h:i',
      "f: 'x",
      '',
      "  y'",
      'g: "\\u1EBF\\',
      '  z"',
      'h: a : b',
      '',
    ].join('\n');
    expect(agrees(text)).toBe(true);
    expect(fastReadYaml(text.replace('h: a : b\n', ''), MAX_NESTING)).toBeDefined();
    expect(agrees(text.replace('h: a : b\n', ''))).toBe(true);
  });

  // Data the supervision files hold: maps, lists, text (with figures written the Vietnamese
  // way, numbers-looking text, quotes, colons, hashes, line breaks), integers, booleans, nulls.
  const scalar = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '92,87',
      '1.248',
      '08',
      '-0',
      '0x1F',
      '.inf',
      'null',
      'True',
      'a: b',
      'a #b',
      "it's",
      '- x',
      '',
    ),
    fc.stringMatching(/^[a-zà-ỹ0-9 .,:#'"\-\n]{0,40}$/),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
  );
  const key = fc.oneof(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_-]{0,12}$/), fc.string({ maxLength: 8 }));
  const data = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
    list: fc.array(tie('node'), { maxLength: 4 }),
    map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
  })).map;
  const style = fc.record({
    lineWidth: fc.constantFrom(0, 20, 80),
    flowLevel: fc.constantFrom(-1, 1, 2),
    indentSeq: fc.boolean(),
    defaultStringType: fc.constantFrom(
      'PLAIN',
      'QUOTE_SINGLE',
      'QUOTE_DOUBLE',
      'BLOCK_FOLDED',
      'BLOCK_LITERAL',
    ),
  });

  it('reads any data the yaml library writes, in any style, as the library reads it back', () => {
    fc.assert(
      fc.property(data, style, (value, options) =>
        agrees(
          stringify(value, {
            ...options,
            defaultStringType: options.defaultStringType as 'PLAIN',
            // Quoted keys are left to the library: plain ones let the values' styles be tried.
            defaultKeyType: 'PLAIN',
          }),
        ),
      ),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('reads long text the library folds over lines itself, in each style, as the library does', () => {
    const words = fc.array(fc.stringMatching(/^[a-zà-ỹ][a-zà-ỹ0-9.,;()"'/%-]{0,11}$/), {
      minLength: 1,
      maxLength: 30,
    });
    const styles = fc.constantFrom('PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE');
    fc.assert(
      fc.property(words, styles, (list, style) => {
        // A line break in text: quoted styles write it as a blank line or an escape (plain text
        // becomes a block scalar, read above).
        const broken = style === 'PLAIN' ? list.join(' ') : `${list.join(' ')}\n${list[0]}`;
        const value = { a: list.join(' '), b: [list.join(' ')], c: { d: broken } };
        const text = stringify(value, {
          lineWidth: 20,
          defaultStringType: style as 'PLAIN',
          defaultKeyType: 'PLAIN',
        });
        if (!text.split('\n').some((l) => /^ {2,}\S/.test(l) && !/^ +(- |[a-z]: )/.test(l))) return true;
        expect(fastReadYaml(text, MAX_NESTING)).toBeDefined();
        return agrees(text);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('agrees with the library on any text it takes', () => {
    const line = fc.stringMatching(/^ {0,6}(- )?([a-z]{1,3}: ?)?[a-z0-9 .,:#'"|>\-[\]{}]{0,12}$/);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => agrees(`${lines.join('\n')}\n`)),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => agrees(text)),
      { numRuns: 2000 },
    );
  }, 120_000);
});
