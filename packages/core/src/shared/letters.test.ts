import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadingWords, wordEnds } from './letters.js';

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
