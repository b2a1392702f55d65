import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8, lineAt } from './utf8.js';

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

describe('decodeUtf8', () => {
  const texts = {
    empty: '',
    ascii: 'id: xa-0001\ntotal: 1.230\r\n',
    vietnamese: 'Hội đồng nhân dân xã Điềm Mặc: 92,87% hồ sơ “đúng hạn” – Thông báo số 05/TB-HĐND',
    'byte-order mark': '\uFEFFtitle: Kết luận giám sát',
    decomposed: 'Thanh Bình'.normalize('NFD'),
    astral: 'ghi chú 😀 𝕏 𠀀 (U+20000) cuối',
    latin1: 'café ñ ü ©',
    'every kind of character': 'a\u00e9\u07ff\u0800\uffff\u{10000}\u{10ffff}',
  };

  it('gives the string toString gives, for ASCII, Vietnamese, a byte-order mark and characters beyond the BMP', () => {
    for (const [name, text] of Object.entries(texts)) {
      const bytes = Buffer.from(text);
      expect(decodeUtf8(bytes), name).toBe(bytes.toString('utf8'));
      expect(decodeUtf8(bytes), name).toBe(text);
    }
  });

  it('gives the same string without ICU, where Node has no transcode', () => {
    for (const text of Object.values(texts)) expect(decodeUtf8(Buffer.from(text), null)).toBe(text);
  });

  it('reads a whole supervision file as toString does', () => {
    const example = readFileSync(new URL('../../../../examples/diem-mac-2024.yaml', import.meta.url));
    expect(decodeUtf8(example)).toBe(example.toString('utf8'));
  });
});
