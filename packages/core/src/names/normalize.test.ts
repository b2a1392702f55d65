import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseKey, skeleton, spellingKey, syllableKey, words } from './normalize.js';

// Syllables whose tone mark older typing sets on another vowel: [new placement, old placement].
const PLACEMENTS: [string, string][] = [
  ['hòa', 'hoà'],
  ['thủy', 'thuỷ'],
  ['khỏe', 'khoẻ'],
  ['Hóa', 'Hoá'],
  ['thỏa', 'thoả'],
  ['Ủy', 'Uỷ'],
  ['tòa', 'toà'],
  ['quý', 'qúy'],
];

describe('spellingKey', () => {
  it('gives old and new tone placement the same key', () => {
    for (const [modern, older] of PLACEMENTS) expect(spellingKey(older)).toBe(spellingKey(modern));
    expect(spellingKey('Định Hoá')).toBe(spellingKey('Định Hóa'));
  });

  it('reads decomposed (NFD) text as the same spelling as composed (NFC) text', () => {
    expect(spellingKey('Điềm Mặc'.normalize('NFD'))).toBe(spellingKey('Điềm Mặc'));
  });

  it('keeps every other difference of marks: a missing or wrong mark is another spelling', () => {
    expect(spellingKey('Diêm Mặc')).not.toBe(spellingKey('Điềm Mặc'));
    expect(spellingKey('Điem Mặc')).not.toBe(spellingKey('Điềm Mặc'));
    expect(spellingKey('Điềm Mạc')).not.toBe(spellingKey('Điềm Mặc'));
    expect(spellingKey('Diem Mac')).not.toBe(spellingKey('Điềm Mặc'));
  });

  it('ignores case, and moving the tone within any phrase never changes its key', () => {
    const phrase = fc.array(fc.constantFrom(...PLACEMENTS), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(phrase, fc.boolean(), (pairs, upper) => {
        const modern = pairs.map(([m]) => m).join(' ');
        const older = pairs.map(([, o]) => o).join(' ');
        expect(spellingKey(upper ? older.toUpperCase() : older)).toBe(spellingKey(modern));
      }),
    );
  });
});

describe('syllableKey', () => {
  it('moves the tone mark to the end of the syllable', () => {
    expect(syllableKey('hoà')).toBe(syllableKey('hòa'));
    expect(syllableKey('nam')).toBe('nam');
  });
});

describe('skeleton', () => {
  it('drops every mark and reads đ as d', () => {
    expect(skeleton('Điềm Mặc')).toBe('diem mac');
    expect(skeleton('Diêm Mạc')).toBe('diem mac');
    expect(skeleton('THÁI NGUYÊN')).toBe('thai nguyen');
  });
});

describe('words and phraseKey', () => {
  it('cut a text into spelling-key words, punctuation dropped', () => {
    expect(words('Cán bộ, công chức (năm 2024)')).toEqual(
      ['cán', 'bộ', 'công', 'chức', 'năm', '2024'].map(spellingKey),
    );
    expect(phraseKey('Cán bộ, công chức')).toBe(
      ` ${['cán', 'bộ', 'công', 'chức'].map(spellingKey).join(' ')} `,
    );
  });
});

describe('the letter tables', () => {
  it('read every code point to U+1FFF as Unicode decomposes it, though built from some blocks only', () => {
    const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
    const MARK = /\p{M}/gu;
    // Each letter as the tables were once built: every code point from U+00C0 to U+1EF9 asked.
    const decomposes = (c: string) => {
      const code = c.charCodeAt(0);
      return code >= 0xc0 && code <= 0x1ef9 && c.normalize('NFD') !== c;
    };
    const bare = (c: string) =>
      c === 'đ' || c === 'Đ' ? 'd' : decomposes(c) ? c.normalize('NFD').replace(MARK, '') : c;
    for (let code = 0x20; code <= 0x1fff; code++) {
      const c = String.fromCharCode(code);
      const nfc = c.normalize('NFC');
      let out = [...nfc].map(bare).join('');
      if (/\p{M}/u.test(out)) out = out.normalize('NFD').replace(MARK, '');
      expect(skeleton(c), `skeleton U+${code.toString(16)}`).toBe(
        /^\p{ASCII}*$/u.test(c) ? c.toLowerCase() : out.toLowerCase(),
      );
      const lower = nfc.toLowerCase();
      if ([...lower].length !== 1 || /\p{M}/u.test(lower)) continue;
      const tones = decomposes(lower) ? (lower.normalize('NFD').match(TONE) ?? []) : [];
      const key = tones.length
        ? lower.normalize('NFD').replace(TONE, '').normalize('NFC') + tones.join('')
        : lower;
      expect(spellingKey(c), `spellingKey U+${code.toString(16)}`).toBe(key);
    }
  });
});
