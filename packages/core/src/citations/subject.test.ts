import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersAsPattern } from '../../test/unicode.js';
import { commonCharacters } from '../shared/common-text.js';
import { isNumberWord, sameSubjectOf, subjectCodes, subjectPairs } from './subject.js';

// A word of numbers is left out of a subject's pairs: /^\p{N}+$/u decides, read with the small
// class of the common ranges when the word has nothing beyond them (shared/common-text.ts).
const FULL = /^\p{N}+$/u;

describe('isNumberWord', () => {
  it('answers as /^\\p{N}+$/u for every character of the common ranges, alone, doubled and in a word', () => {
    for (const c of commonCharacters()) {
      for (const word of [c, `${c}${c}`, `2${c}4`, `a${c}`])
        expect(isNumberWord(word), word).toBe(FULL.test(word));
    }
  });

  it('answers as /^\\p{N}+$/u on any text, beyond the common ranges too', () => {
    answersAsPattern(isNumberWord, FULL, ['1', '٣', '²', '½', 'Ⅻ', '𝟗', 'a', 'ố', '\u0301'], {
      maxLength: 8,
      maxPieces: 6,
    });
  });
});

describe('subjectPairs', () => {
  it('leaves out words of numbers, of any script', () => {
    const plain = [...subjectPairs('theo dõi thi hành pháp luật')];
    expect(plain).toHaveLength(5);
    expect([...subjectPairs('theo dõi 2024 thi hành ٢٠٢٤ pháp ² luật')]).toEqual(plain);
  });
});

describe('subjectPairs', () => {
  it('leaves out the filler "về việc", however its tones are placed or cased', () => {
    const bare = [...subjectPairs('theo dõi thi hành pháp luật')];
    for (const subject of [
      'về việc theo dõi thi hành pháp luật',
      'Về Việc theo dõi thi hành pháp luật',
      'về việc: theo dõi, thi hành pháp luật',
    ])
      expect([...subjectPairs(subject)], subject).toEqual(bare);
  });
});

describe('sameSubjectOf', () => {
  it('answers as pairs in common over pairs in either ≥ 3/5, counted in full', () => {
    const codes = fc
      .uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 24 })
      .map((list) => Float64Array.from(list.sort((x, y) => x - y)));
    fc.assert(
      fc.property(codes, codes, (a, b) => {
        const common = [...a].filter((x) => b.includes(x)).length;
        const union = a.length + b.length - common;
        expect(sameSubjectOf(a, b)).toBe(union > 0 && common * 5 >= union * 3);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('subjectCodes', () => {
  it('codes each pair of subjectPairs once, so that two subjects share as many codes as pairs', () => {
    const word = fc.constantFrom(
      'thi',
      'hành',
      'Hành',
      'hanh',
      'pháp',
      'luật',
      'về',
      'việc',
      '2024',
      'hoà',
      'hòa',
      'x',
    );
    const subject = fc.array(word, { maxLength: 9 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(subject, subject, (a, b) => {
        const numbers = new Map<string, number>();
        const [ca, cb] = [subjectCodes(a, numbers), subjectCodes(b, numbers)];
        const [pa, pb] = [subjectPairs(a), subjectPairs(b)];
        expect(ca.length).toBe(pa.size);
        expect([...ca]).toEqual([...ca].sort((x, y) => x - y));
        expect(ca.filter((c) => cb.includes(c)).length).toBe([...pa].filter((p) => pb.has(p)).length);
      }),
      { numRuns: 3000 },
    );
  });
});
