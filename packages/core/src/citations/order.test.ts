import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates } from '../dates/calendar.js';
import { outOfOrder } from './order.js';
import type { RegisterDocument } from './register.js';

/** `outOfOrder` as first written: every pair compared through `fits`, the kept run in a set. */
function plainOutOfOrder(sequence: readonly RegisterDocument[]) {
  const docs = sequence.filter((d) => d.citation.date !== undefined);
  if (docs.length < 2) return [];
  docs.sort((a, b) => a.numberValue - b.numberValue || compareDates(a.citation.date!, b.citation.date!));
  const fits = (a: RegisterDocument, b: RegisterDocument) =>
    a.numberValue <= b.numberValue && compareDates(a.citation.date!, b.citation.date!) <= 0;
  const longest = docs.map(() => 1);
  for (let i = docs.length - 1; i >= 0; i--) {
    for (let j = i + 1; j < docs.length; j++) {
      if (fits(docs[i]!, docs[j]!) && longest[i]! <= longest[j]!) longest[i] = 1 + longest[j]!;
    }
  }
  let need = Math.max(...longest);
  const kept = new Set<RegisterDocument>();
  let last: RegisterDocument | undefined;
  docs.forEach((d, i) => {
    if (need > 0 && longest[i] === need && (!last || fits(last, d))) {
      kept.add(d);
      last = d;
      need--;
    }
  });
  return docs.flatMap((d) => {
    if (kept.has(d)) return [];
    let against: RegisterDocument | undefined;
    for (const k of kept) {
      if (fits(k, d) || fits(d, k)) continue;
      const dk = Math.abs(k.numberValue - d.numberValue);
      const da = against && Math.abs(against.numberValue - d.numberValue);
      if (!against || dk < da! || (dk === da && k.numberValue < against.numberValue)) against = k;
    }
    if (!against) return [];
    const way = against.numberValue < d.numberValue ? 'before-lower' : 'after-higher';
    return [{ document: d, against, way }];
  });
}

const document = (n: number, date: [number, number, number] | undefined, i: number): RegisterDocument => ({
  citation: {
    type: 'KH',
    number: String(n),
    symbol: 'UBND',
    date: date && {
      year: date[0],
      month: date[1],
      day: date[2],
      written: `${date[2]}/${date[1]}/${date[0]}`,
    },
  },
  label: `${n}/KH-UBND #${i}`,
  paths: [['sections', i]],
  sequence: 'UBND|xa|x|state|KH|administrative|2024',
  series: 'UBND|xa|x|state|KH|administrative|2024',
  numberValue: n,
  year: 2024,
});

describe('outOfOrder', () => {
  it('reports a number dated after a higher one, naming the nearest', () => {
    const docs = [
      document(5, [2024, 3, 1], 0),
      document(6, [2024, 1, 10], 1),
      document(7, [2024, 1, 12], 2),
      document(8, [2024, 1, 20], 3),
    ];
    expect(outOfOrder(docs).map((o) => [o.document.label, o.against.label, o.way])).toEqual([
      ['5/KH-UBND #0', '6/KH-UBND #1', 'after-higher'],
    ]);
  });

  it('finds what the plain reading finds, dates compared part by part', () => {
    const date = fc.option(
      fc.tuple(
        fc.integer({ min: 2023, max: 2024 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
      ),
      { freq: 6 },
    );
    const item = fc.tuple(fc.integer({ min: 1, max: 12 }), date);
    fc.assert(
      fc.property(fc.array(item, { maxLength: 14 }), (items) => {
        const docs = items.map(([n, d], i) => document(n, d ?? undefined, i));
        expect(outOfOrder(docs)).toEqual(plainOutOfOrder(docs));
      }),
      { numRuns: 2000 },
    );
  });
});
