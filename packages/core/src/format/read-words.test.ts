import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInWords, readAmountInWords } from './words.js';

describe('readAmountInWords', () => {
  it('reads what notices write beside a figure', () => {
    expect(readAmountInWords('Một trăm hai mươi lăm triệu đồng')).toBe(125_000_000n);
    expect(
      readAmountInWords(
        'Bằng chữ: Năm tỷ, tám trăm hai mươi tư triệu, hai trăm bảy mươi hai nghìn, tám trăm ba mươi lăm đồng./.',
      ),
    ).toBe(5_824_272_835n);
    expect(readAmountInWords('một nghìn không trăm linh một đồng chẵn')).toBe(1001n);
    expect(readAmountInWords('Hai mươi mốt ngàn đồng')).toBe(21_000n);
    expect(readAmountInWords('mười lăm tỉ lẻ năm đồng')).toBe(15_000_000_005n);
    expect(readAmountInWords('Một trăm lẻ năm nghìn đồng')).toBe(105_000n);
    expect(readAmountInWords('Hai nghìn tỷ đồng')).toBe(2_000_000_000_000n);
    expect(readAmountInWords('Không đồng')).toBe(0n);
  });

  it('says undefined for words that are not an amount', () => {
    for (const text of ['', 'đồng', 'Một trăm hai mươi lăm triệu đô la', 'trăm', 'hai ba', 'tỷ đồng']) {
      expect(readAmountInWords(text), text).toBeUndefined();
    }
  });

  it('reads back whatever amountInWords writes, in every style: read(write(n)) = n', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 21n }),
        fc.constantFrom('tư' as const, 'bốn' as const),
        fc.constantFrom('linh' as const, 'lẻ' as const),
        fc.boolean(),
        (n, four, zeroTens, even) => {
          expect(readAmountInWords(amountInWords(n, { four, zeroTens, even }))).toBe(n);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
