import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupBy, groupByPair } from './register.js';

describe('groupByPair', () => {
  it('groups as groupBy on the two keys written together, in the order each pair is first met', () => {
    const item = fc.record({
      sequence: fc.constantFrom('UBND|KH|2024', 'HĐND|NQ|2024', ''),
      n: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (items) => {
        const together = groupBy(items, (d) => `${d.sequence}\u0001${d.n}`);
        const pairs = groupByPair(
          items,
          (d) => d.sequence,
          (d) => d.n,
        );
        expect(pairs).toEqual(together);
        // The same items, not copies.
        for (const d of pairs.flat()) expect(items).toContain(d);
      }),
      { numRuns: 500 },
    );
  });
});
