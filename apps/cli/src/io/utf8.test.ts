import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, lineAt } from './utf8.js';

const bytes = (...xs: number[]) => Uint8Array.from(xs);

describe('firstInvalidUtf8', () => {
  it('finds nothing wrong in Vietnamese text', () => {
    expect(firstInvalidUtf8(Buffer.from('Hội đồng nhân dân xã Điềm Mặc, 92,87% 😀'))).toBe(-1);
  });

  it('points at a stray byte, such as a Windows-1258 letter', () => {
    // "Mặc" typed in Windows-1258: 0xF2 is a tone mark there, nothing in UTF-8.
    expect(firstInvalidUtf8(Buffer.concat([Buffer.from('xã M'), bytes(0x61, 0xf2, 0x63)]))).toBe(6);
  });

  it('points at the first byte of a sequence cut short, also at the end of the file', () => {
    expect(firstInvalidUtf8(bytes(0x61, 0xe1, 0xbb, 0x62))).toBe(1);
    expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xe1, 0xbb))).toBe(2);
  });

  it('refuses overlong forms, surrogates and code points above U+10FFFF, as Node does', () => {
    const cases = [
      bytes(0xc0, 0xaf),
      bytes(0xe0, 0x80, 0xaf),
      bytes(0xed, 0xa0, 0x80),
      bytes(0xf4, 0x90, 0x80, 0x80),
      bytes(0xf5, 0x80, 0x80, 0x80),
      bytes(0xff, 0xfe, 0x61, 0x00),
    ];
    for (const c of cases) {
      expect(isUtf8(c)).toBe(false);
      expect(firstInvalidUtf8(c)).toBe(0);
    }
  });

  it('agrees with buffer.isUtf8 on every two-byte sequence', () => {
    for (let a = 0; a < 256; a++) {
      for (let b = 0; b < 256; b++) {
        const c = bytes(a, b);
        expect(firstInvalidUtf8(c) === -1).toBe(isUtf8(c));
      }
    }
  });
});

describe('lineAt', () => {
  it('counts lines from 1', () => {
    const text = Buffer.from('a\nb\nc');
    expect(lineAt(text, 0)).toBe(1);
    expect(lineAt(text, 2)).toBe(2);
    expect(lineAt(text, 4)).toBe(3);
  });
});
