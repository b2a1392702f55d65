import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliFailure } from '../errors.js';
import { readInput } from './read-input.js';

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

  it('composes Vietnamese letters (NFC) and drops a byte-order mark', () => {
    const decomposed = 'Thanh Bình'.normalize('NFD');
    const { data } = readInput(file('a.yaml', `\uFEFFname: ${decomposed}\n`));
    expect(data).toEqual({ name: 'Thanh Bình' });
  });

  it('composes Vietnamese letters (NFC) in JSON too, which JSON.parse reads as written', () => {
    const decomposed = 'Thanh Bình'.normalize('NFD');
    const { data } = readInput(file('a.json', `\uFEFF{"name": "${decomposed}"}`));
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
