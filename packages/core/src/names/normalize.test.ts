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
