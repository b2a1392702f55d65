import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonCharacters } from './common-text.js';
import { capitalWordsAt, hasMark, isUpperLetter, leadingWords, wordEnds, wordRuns } from './letters.js';

// The scanners give what the Unicode patterns they replace give, on any text.
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.stringMatching(/^[A-Za-zĐđÀ-ỹ0-9 .,/-]{0,30}$/),
  // Decomposed Vietnamese: letters followed by combining tone marks.
  fc
    .array(fc.constantFrom('a', 'e', 'o', ' ', '5', '\u0300', '\u0301', '\u0323'), { maxLength: 20 })
    .map((cs) => cs.join('')),
  fc.constantFrom(
    'Kế hoạch số 10/KH-UBND',
    'Nghị quyết5',
    'Luật  Đất đai',
    'UBND huyện Định Hoá về',
    '𝒜𝒷 c',
    'a ٣',
  ),
);

describe('leading words', () => {
  it('ends words where /^[\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+){0,n}/u does', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 8 }), (t, max) => {
        const m = new RegExp(`^[\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+){0,${max - 1}}`, 'u').exec(t);
        const ends = wordEnds(t, max);
        expect(ends.at(-1) ?? 0).toBe(m ? m[0].length : 0);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes exactly n words, not followed by a letter or number, as the pattern it replaces', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 6 }), (t, count) => {
        const m = new RegExp(
          `^[\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+){${count - 1}}(?![\\p{L}\\p{M}\\p{N}])`,
          'u',
        ).exec(t);
        expect(leadingWords(t, count)).toEqual(m ? { text: m[0], end: m[0].length } : undefined);
      }),
      { numRuns: 3000 },
    );
    expect(leadingWords('Kế hoạch số 10', 2)).toEqual({ text: 'Kế hoạch', end: 8 });
    expect(leadingWords('Nghị quyết5', 2)).toBeUndefined();
  });
});

describe('word runs and marks', () => {
  it('give what /[\\p{L}\\p{M}\\p{N}]+/gu and /\\p{M}/u give, on any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(wordRuns(t)).toEqual(t.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []);
        expect(hasMark(t)).toBe(/\p{M}/u.test(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('read every character of the common ranges (Latin, Vietnamese, punctuation) as Unicode does', () => {
    // The small class stands for the large ones there: each character of those ranges, alone and
    // between two letters, gives the same runs and the same answer about marks.
    for (const ch of commonCharacters()) {
      const t = `a${ch}b`;
      expect(wordRuns(t)).toEqual(t.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []);
      expect(hasMark(t)).toBe(/\p{M}/u.test(t));
    }
    expect(wordRuns('Kiểm tra, rà soát (năm 2024)')).toEqual(['Kiểm', 'tra', 'rà', 'soát', 'năm', '2024']);
  });

  it('read every combining diacritical mark (U+0300–U+036F) among common characters as Unicode does', () => {
    // Decomposed Vietnamese and the spelling keys: common letters with these marks take small classes.
    for (let code = 0x300; code <= 0x36f; code++) {
      for (const t of [
        `a${String.fromCharCode(code)}b`,
        `${String.fromCharCode(code)} 5, đ`,
        `x\u0301${String.fromCharCode(code)}`,
      ]) {
        expect(wordRuns(t)).toEqual(t.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []);
        expect(hasMark(t)).toBe(/\p{M}/u.test(t));
      }
    }
    expect(wordRuns('sư\u0309a đô\u0309i')).toEqual(['sư\u0309a', 'đô\u0309i']);
    expect(hasMark('Hoa\u0300')).toBe(true);
  });
});

describe('capitals', () => {
  it('tell upper-case letters as \\p{Lu} does, every code point of the common ranges and beyond', () => {
    for (let code = 0; code <= 0x2fff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      expect(isUpperLetter(code), `U+${code.toString(16)}`).toBe(/^\p{Lu}$/u.test(String.fromCharCode(code)));
    }
  });

  it('read a run of capitalised words as /^(?: [\\p{Lu}][\\p{L}\\p{M}]*)+/u does', () => {
    fc.assert(
      fc.property(text, fc.nat(4), (t, at) => {
        const m = /^(?: [\p{Lu}][\p{L}\p{M}]*)+/u.exec(t.slice(at));
        expect(capitalWordsAt(t, at)).toBe(m ? m[0].length : 0);
      }),
      { numRuns: 3000 },
    );
    expect(capitalWordsAt('UBND huyện Định Hoá về', 10)).toBe(9);
  });
});
