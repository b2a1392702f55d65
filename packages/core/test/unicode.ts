import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Asserts that `answer`, a reading with small character classes where a text allows them, gives
 * what the Unicode `pattern` it stands for gives, on 3,000 texts: any characters at all (up to
 * `maxLength`), and texts of up to `maxPieces` of `pieces` (so that the rare cases, a mark or a
 * digit of another script, are met often).
 *
 * @example
 * answersAsPattern(isNumberWord, /^\p{N}+$/u, ['1', '٣', 'a', '\u0301'], { maxLength: 8, maxPieces: 6 });
 */
export function answersAsPattern(
  answer: (text: string) => boolean,
  pattern: RegExp,
  pieces: readonly string[],
  { maxLength, maxPieces }: { maxLength: number; maxPieces: number },
): void {
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.array(fc.constantFrom(...pieces), { maxLength: maxPieces }).map((p) => p.join('')),
  );
  fc.assert(
    fc.property(text, (t) => {
      expect(answer(t), t).toBe(pattern.test(t));
    }),
    { numRuns: 3000 },
  );
}
