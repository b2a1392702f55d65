import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInWords } from './words.js';

/** Amounts written as they are spoken, with "đồng" left off, to keep the tables short. */
function words(n: bigint | number | string): string {
  return amountInWords(n, { currency: false });
}

describe('amountInWords', () => {
  describe('units and the forms of 10–99', () => {
    it.each([
      [0, 'Không'],
      [1, 'Một'],
      [4, 'Bốn'],
      [5, 'Năm'],
      [10, 'Mười'],
      [11, 'Mười một'],
      [14, 'Mười bốn'],
      [15, 'Mười lăm'],
      [19, 'Mười chín'],
      [20, 'Hai mươi'],
      [21, 'Hai mươi mốt'],
      [24, 'Hai mươi tư'],
      [25, 'Hai mươi lăm'],
      [31, 'Ba mươi mốt'],
      [55, 'Năm mươi lăm'],
      [99, 'Chín mươi chín'],
    ])('%i is "%s"', (n, expected) => {
      expect(words(n)).toBe(expected);
    });
  });

  describe('hundreds: "linh" for a zero tens digit, and mười after the hundreds', () => {
    it.each([
      [100, 'Một trăm'],
      [101, 'Một trăm linh một'],
      [104, 'Một trăm linh bốn'],
      [105, 'Một trăm linh năm'],
      [110, 'Một trăm mười'],
      [111, 'Một trăm mười một'],
      [115, 'Một trăm mười lăm'],
      [121, 'Một trăm hai mươi mốt'],
      [205, 'Hai trăm linh năm'],
      [999, 'Chín trăm chín mươi chín'],
    ])('%i is "%s"', (n, expected) => {
      expect(words(n)).toBe(expected);
    });
  });

  describe('"không trăm" inside a group that follows a higher group', () => {
    it.each([
      [1000, 'Một nghìn'],
      [1001, 'Một nghìn không trăm linh một'],
      [1005, 'Một nghìn không trăm linh năm'],
      [1010, 'Một nghìn không trăm mười'],
      [1015, 'Một nghìn không trăm mười lăm'],
      [1021, 'Một nghìn không trăm hai mươi mốt'],
      [1100, 'Một nghìn một trăm'],
      [10000, 'Mười nghìn'],
      [15000, 'Mười lăm nghìn'],
      [21000, 'Hai mươi mốt nghìn'],
      [100000, 'Một trăm nghìn'],
      [1000001, 'Một triệu không trăm linh một'],
      [1050000, 'Một triệu không trăm năm mươi nghìn'],
      [1001000000, 'Một tỷ không trăm linh một triệu'],
      [2000005000, 'Hai tỷ không trăm linh năm nghìn'],
    ])('%i is "%s"', (n, expected) => {
      expect(words(n)).toBe(expected);
    });
  });

  describe('groups that are all zero are skipped', () => {
    it.each([
      [1000000, 'Một triệu'],
      [1000100, 'Một triệu một trăm'],
      [1000000000, 'Một tỷ'],
      [6271000000, 'Sáu tỷ hai trăm bảy mươi mốt triệu'],
    ])('%i is "%s"', (n, expected) => {
      expect(words(n)).toBe(expected);
    });
  });

  describe('scales above tỷ: nghìn tỷ, triệu tỷ, tỷ tỷ', () => {
    it.each([
      [10n ** 12n, 'Một nghìn tỷ'],
      [10n ** 12n + 1n, 'Một nghìn tỷ không trăm linh một'],
      [1001n * 10n ** 9n, 'Một nghìn không trăm linh một tỷ'],
      [25n * 10n ** 12n + 5n * 10n ** 6n, 'Hai mươi lăm nghìn tỷ không trăm linh năm triệu'],
      [10n ** 15n, 'Một triệu tỷ'],
      [1234567n * 10n ** 9n, 'Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy tỷ'],
      [10n ** 18n, 'Một tỷ tỷ'],
      [10n ** 21n, 'Một nghìn tỷ tỷ'],
    ])('%s is "%s"', (n, expected) => {
      expect(words(n)).toBe(expected);
    });
  });

  it('writes the amount of the seed notice', () => {
    expect(amountInWords(5824272835)).toBe(
      'Năm tỷ tám trăm hai mươi tư triệu hai trăm bảy mươi hai nghìn tám trăm ba mươi lăm đồng',
    );
  });

  it('appends "đồng" by default, and "chẵn" on request', () => {
    expect(amountInWords(1000000)).toBe('Một triệu đồng');
    expect(amountInWords(1000000, { even: true })).toBe('Một triệu đồng chẵn');
    expect(amountInWords(1000000, { currency: false, even: true })).toBe('Một triệu chẵn');
    expect(amountInWords(0)).toBe('Không đồng');
  });

  it('ignores leading zeros in a string', () => {
    expect(amountInWords('007')).toBe('Bảy đồng');
    expect(amountInWords('000')).toBe('Không đồng');
    expect(amountInWords('0001050000')).toBe('Một triệu không trăm năm mươi nghìn đồng');
  });

  it('reads bigints and strings beyond 2^53 exactly', () => {
    expect(amountInWords('1000000000000000001')).toBe('Một tỷ tỷ không trăm linh một đồng');
  });

  it('starts a negative amount with "Âm" and never says "âm không"', () => {
    expect(amountInWords(-5)).toBe('Âm năm đồng');
    expect(amountInWords(-1050000n)).toBe('Âm một triệu không trăm năm mươi nghìn đồng');
    expect(amountInWords('-0')).toBe('Không đồng');
  });

  it('says "bốn" after mươi when asked, and "bốn" elsewhere in any case', () => {
    expect(words(24)).toBe('Hai mươi tư');
    expect(amountInWords(24, { four: 'bốn' })).toBe('Hai mươi bốn đồng');
    expect(amountInWords(14, { four: 'tư' })).toBe('Mười bốn đồng');
    expect(amountInWords(104, { four: 'tư' })).toBe('Một trăm linh bốn đồng');
    expect(amountInWords(4000, { four: 'tư' })).toBe('Bốn nghìn đồng');
  });

  it('says "lẻ" for a zero tens digit when asked', () => {
    expect(amountInWords(105, { zeroTens: 'lẻ' })).toBe('Một trăm lẻ năm đồng');
    expect(amountInWords(1001, { zeroTens: 'lẻ' })).toBe('Một nghìn không trăm lẻ một đồng');
  });

  it('rejects what is not an exact integer with a RangeError', () => {
    expect(() => amountInWords(1.5)).toThrow(RangeError);
    expect(() => amountInWords(2 ** 53)).toThrow(RangeError);
    expect(() => amountInWords('1.000')).toThrow(RangeError);
    expect(() => amountInWords('')).toThrow(RangeError);
    expect(() => amountInWords('1.5')).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: amountInWords: "1.5" is not an integer literal]`,
    );
  });

  it('rejects unknown spellings passed from JavaScript', () => {
    expect(() => amountInWords(24, { four: 'four' as 'tư' })).toThrow(RangeError);
    expect(() => amountInWords(105, { zeroTens: 'le' as 'lẻ' })).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------
// Laws. The oracle below reads the words back into a number by the grammar of the written
// form, N = X "tỷ" Y | [A "triệu"] [B "nghìn"] C, splitting at the last "tỷ" (so "một
// nghìn tỷ" and "một tỷ tỷ" come out right), so "read(write(n)) = n" checks the writer
// without restating it.

const DIGIT_VALUES: Readonly<Record<string, bigint>> = {
  không: 0n,
  một: 1n,
  mốt: 1n,
  hai: 2n,
  ba: 3n,
  bốn: 4n,
  tư: 4n,
  năm: 5n,
  lăm: 5n,
  sáu: 6n,
  bảy: 7n,
  tám: 8n,
  chín: 9n,
};
const VOCABULARY = new Set([
  ...Object.keys(DIGIT_VALUES),
  ...['trăm', 'mười', 'mươi', 'linh', 'nghìn', 'triệu', 'tỷ', 'âm', 'đồng'],
]);

/** Reads the words of a number below a thousand. */
function readGroupBack(tokens: readonly string[]): bigint {
  let value = 0n;
  let pending = 0n;
  for (const token of tokens) {
    const digit = DIGIT_VALUES[token];
    if (digit !== undefined) pending = digit;
    else if (token === 'trăm') [value, pending] = [value + pending * 100n, 0n];
    else if (token === 'mươi') [value, pending] = [value + pending * 10n, 0n];
    else if (token === 'mười') value += 10n;
    else if (token !== 'linh') throw new Error(`unexpected word "${token}"`);
  }
  return value + pending;
}

function readTokensBack(tokens: readonly string[]): bigint {
  const billion = tokens.lastIndexOf('tỷ');
  if (billion >= 0) {
    return readTokensBack(tokens.slice(0, billion)) * 10n ** 9n + readTokensBack(tokens.slice(billion + 1));
  }
  for (const [word, scale] of [
    ['triệu', 10n ** 6n],
    ['nghìn', 10n ** 3n],
  ] as const) {
    const at = tokens.indexOf(word);
    if (at >= 0) return readGroupBack(tokens.slice(0, at)) * scale + readTokensBack(tokens.slice(at + 1));
  }
  return readGroupBack(tokens);
}

function readBack(text: string): bigint {
  const tokens = text.toLowerCase().split(' ');
  if (tokens.at(-1) === 'đồng') tokens.pop();
  if (tokens[0] === 'âm') return -readTokensBack(tokens.slice(1));
  return readTokensBack(tokens);
}

/** Integers with many zero digits, where the "không trăm" and "linh" rules bite. */
const sparseDigits = fc
  .array(fc.oneof(fc.constant('0'), fc.constantFrom('1', '4', '5', '9')), { minLength: 1, maxLength: 25 })
  .map((digits) => digits.join(''));
const amount = fc.oneof(
  fc.integer({ min: -100_000, max: 2_000_000 }).map(BigInt),
  fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }),
  sparseDigits.map(BigInt),
);

describe('amountInWords laws', () => {
  it('reads back to the same number', () => {
    fc.assert(
      fc.property(amount, (n) => {
        expect(readBack(amountInWords(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('is non-empty NFC text of known words, single-spaced, capitalised, ending in "đồng"', () => {
    fc.assert(
      fc.property(amount, (n) => {
        const text = amountInWords(n);
        expect(text).toBe(text.normalize('NFC'));
        expect(text).toMatch(/^\S+( \S+)* đồng$/u);
        expect(text.charAt(0)).toBe(text.charAt(0).toUpperCase());
        expect(text.slice(1)).toBe(text.slice(1).toLowerCase());
        for (const token of text.toLowerCase().split(' ')) expect(VOCABULARY.has(token), token).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never says the forms that existing libraries get wrong', () => {
    const forbidden = [
      /mươi một/, // hai mươi mốt
      /mười mốt/, // mười một
      /mươi năm/, // hai mươi lăm
      /mười năm/, // mười lăm
      /mươi bốn/, // hai mươi tư, unless asked otherwise
      /linh (mốt|lăm|tư)/, // một trăm linh một, linh năm, linh bốn
      /(không|một) mươi/, // mười, and a zero tens digit is "linh"
      /^(Không|Âm không) (trăm|mươi|mười|nghìn|triệu|tỷ)/, // leading zeros are not read
      /(nghìn|triệu) (nghìn|triệu)/, // only tỷ stacks on a lower scale: "nghìn tỷ"
      /không trăm (nghìn|triệu|tỷ|đồng)/, // an all-zero group is skipped
    ];
    fc.assert(
      fc.property(amount, (n) => {
        const text = amountInWords(n);
        for (const pattern of forbidden) expect(text, String(pattern)).not.toMatch(pattern);
      }),
      { numRuns: 2000 },
    );
  });

  it('says "mốt" only after mươi, "lăm" only after mười or mươi, "linh" only between trăm and a digit', () => {
    fc.assert(
      fc.property(amount, (n) => {
        const tokens = amountInWords(n).toLowerCase().split(' ');
        tokens.forEach((token, i) => {
          const before = tokens[i - 1];
          if (token === 'mốt') expect(before).toBe('mươi');
          if (token === 'lăm') expect(['mười', 'mươi']).toContain(before);
          if (token === 'tư') expect(before).toBe('mươi');
          if (token === 'linh') {
            expect(before).toBe('trăm');
            expect(['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']).toContain(tokens[i + 1]);
          }
          if (token === 'không' && tokens.length > 2) expect(tokens[i + 1]).toBe('trăm');
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a negative amount as "Âm" and the words of its magnitude', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 20n }), (n) => {
        const positive = amountInWords(n);
        expect(amountInWords(-n)).toBe(`Âm ${positive.charAt(0).toLowerCase()}${positive.slice(1)}`);
      }),
    );
  });

  it('ignores leading zeros', () => {
    fc.assert(
      fc.property(sparseDigits, fc.integer({ min: 1, max: 5 }), (digits, zeros) => {
        expect(amountInWords('0'.repeat(zeros) + digits)).toBe(amountInWords(digits));
      }),
    );
  });

  it('changes only the chosen words under the spelling options', () => {
    fc.assert(
      fc.property(amount, (n) => {
        const text = amountInWords(n);
        expect(amountInWords(n, { four: 'bốn' })).toBe(text.replaceAll('mươi tư', 'mươi bốn'));
        expect(amountInWords(n, { zeroTens: 'lẻ' })).toBe(text.replaceAll('linh', 'lẻ'));
        expect(amountInWords(n, { currency: false })).toBe(text.slice(0, -' đồng'.length));
        expect(amountInWords(n, { even: true })).toBe(`${text} chẵn`);
      }),
    );
  });
});
