import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliFailure } from '../errors.js';
import { NFC_AS_IS, readInput } from './read-input.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'diemmac-read-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('readInput', () => {
  it('keeps numbers with a separator as written, for the core to read the Vietnamese way', () => {
    const { data } = readInput(
      file('a.yaml', 'total: 1.230\nscore: 87.81\nrate: 92,87\ncount: 2175\nyear: 2024\n'),
    );
    expect(data).toEqual({ total: '1.230', score: '87.81', rate: '92,87', count: 2175, year: 2024 });
  });

  it('takes a text as NFC without normalising it only when every character is NFC alone and beside any other such', () => {
    // Every character the pattern lets through, and every pair of them, is its own NFC.
    const kept: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (!NFC_AS_IS.test(ch)) kept.push(ch);
    }
    expect(kept.length).toBeGreaterThan(900);
    for (const ch of kept) expect(ch.normalize('NFC')).toBe(ch);
    for (const second of kept) {
      const pairs = kept.map((first) => first + second).join('');
      expect(pairs.normalize('NFC') === pairs, `… + U+${second.charCodeAt(0).toString(16)}`).toBe(true);
    }
    // A decomposed letter, a combining mark, a singleton (U+2000 is U+2002 in NFC) are found.
    expect(NFC_AS_IS.test('Bi\u0300nh')).toBe(true);
    expect(NFC_AS_IS.test('\u2000')).toBe(true);
    expect(NFC_AS_IS.test('Xã Điềm Mặc – 92,87% … “tốt”')).toBe(false);
  });

  it('composes Vietnamese letters (NFC) and drops a byte-order mark', () => {
    const decomposed = 'Thanh Bình'.normalize('NFD');
    const { data } = readInput(file('a.yaml', `\uFEFFname: ${decomposed}\n`));
    expect(data).toEqual({ name: 'Thanh Bình' });
  });

  it('reads JSON by its extension', () => {
    expect(readInput(file('a.json', '{"total": "1.230"}')).data).toEqual({ total: '1.230' });
  });

  it('fails on a duplicate key instead of keeping one of them', () => {
    try {
      readInput(file('a.yaml', 'year: 2024\nyear: 2025\n'));
      expect.unreachable();
    } catch (e) {
      expect((e as CliFailure).error).toMatchObject({ code: 'input.syntax', kind: 'DUPLICATE_KEY', line: 2 });
    }
  });

  it('refuses a file above the limit without reading it, and reads one at the limit', () => {
    const path = file('a.yaml', 'year: 2024\n');
    expect(() => readInput(path, 10)).toThrowError(
      expect.objectContaining({ error: { code: 'input.too-large', file: path, size: 11, limit: 10 } }),
    );
    expect(readInput(path, 11).data).toEqual({ year: 2024 });
  });

  it('refuses bytes that are not UTF-8, at their offset, rather than reading U+FFFD', () => {
    writeFileSync(join(dir, 'b.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0x0a, 0x62, 0x3a, 0x20, 0xe0, 0x80]));
    expect(() => readInput(join(dir, 'b.yaml'))).toThrowError(
      expect.objectContaining({
        error: { code: 'input.encoding', file: join(dir, 'b.yaml'), offset: 7, line: 2, byte: 0xe0 },
      }),
    );
  });
});
