import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { supervision } from '../../test/builders.js';
import { parseSupervision } from '../parse/parse.js';
import type { SectionInput } from '../supervision/schema.js';
import { citationsOf, sameDocument } from './collect.js';
import { TextReadings } from './readings.js';

type Cite = NonNullable<SectionInput['citations']>[number];

const TEXT = 'Kế hoạch số 10/KH-UBND ngày 11/01/2025 về cải cách hành chính năm 2025';

/** The citations of a supervision whose one section cites these, read with `readings`. */
function read(citations: Cite[], readings: TextReadings) {
  const model = parseSupervision(
    supervision([], { sections: [{ key: 'reform.procedures', title: 'Thủ tục hành chính', citations }] }),
  );
  if (!model.ok) throw new Error('the builder makes a valid supervision');
  return citationsOf(model.value, readings);
}

describe('citationsOf, with readings kept by a checker', () => {
  it('reads a structured citation given again with the same fields as it read the first', () => {
    const readings = new TextReadings();
    const cite = { text: TEXT, type: 'KH', number: '10', symbol: 'UBND', date: '11/01/2025' };
    const [first] = read([cite], readings);
    const [again] = read([{ ...cite }], readings);
    expect(again?.citation).toBe(first?.citation);
    expect(again?.citation).toEqual(read([cite], new TextReadings())[0]?.citation);
  });

  it('reads the same text with one field changed anew, as a fresh reading would', () => {
    const readings = new TextReadings();
    const cite = { text: TEXT, type: 'KH', number: '10', symbol: 'UBND', date: '11/01/2025' };
    read([cite], readings);
    const changes: Cite[] = [
      { ...cite, number: '11' },
      { ...cite, date: '12/01/2025' },
      { ...cite, issuer: 'UBND huyện Định Hoá' },
      { ...cite, subject: 'cải cách hành chính' },
      { ...cite, relations: [{ kind: 'implements', target: 'Kế hoạch số 5/KH-UBND' }] },
      { ...cite, party: true },
      { type: 'KH', number: '10', symbol: 'UBND', date: '11/01/2025' },
    ];
    for (const changed of changes) {
      const [kept] = read([changed], readings);
      const [fresh] = read([changed], new TextReadings());
      expect(kept?.citation).toEqual(fresh?.citation);
      expect(kept?.differs).toEqual(fresh?.differs);
      expect(kept?.dateFromText).toBe(fresh?.dateFromText);
    }
  });

  it('gives each entry its own list of differing fields', () => {
    const readings = new TextReadings();
    const cite = { text: TEXT, type: 'KH', number: '12', symbol: 'UBND' };
    const [a, b] = read([cite, { ...cite }], readings);
    expect(a?.differs).toEqual(['number', 'date']);
    a?.differs.push('changed by a caller');
    expect(b?.differs).toEqual(['number', 'date']);
  });
});

describe('sameDocument', () => {
  it('answers as type, number, year, symbol and party compared in that order', () => {
    const citation = fc.record(
      {
        type: fc.constantFrom('KH', 'NĐ', 'QĐ'),
        number: fc.constantFrom('8', '08', '10', 'x'),
        year: fc.constantFrom(2023, 2024),
        symbol: fc.constantFrom('UBND', 'ubnd', 'CP', 'HĐND'),
        party: fc.boolean(),
      },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(citation, citation, (a, b) => {
        const plain =
          a.type === b.type &&
          a.number !== undefined &&
          b.number !== undefined &&
          Number(a.number) === Number(b.number) &&
          a.year === b.year &&
          (a.symbol ?? '').toUpperCase() === (b.symbol ?? '').toUpperCase() &&
          Boolean(a.party) === Boolean(b.party);
        expect(sameDocument(a, b)).toBe(plain);
      }),
      { numRuns: 3000 },
    );
  });
});
