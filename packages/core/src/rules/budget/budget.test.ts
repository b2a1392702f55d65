import { describe, expect, it } from 'vitest';
import { supervision } from '../../../test/builders.js';
import { check, codes } from '../../../test/check.js';

describe('budget rules', () => {
  it('warns once when revenue lines are listed under expenditure, naming them', () => {
    const findings = check(
      supervision([
        {
          kind: 'budget',
          revenue: { actual: 1000 },
          expenditure: {
            actual: 900,
            items: [
              { label: 'Thuế GTGT', category: 'vat', actual: 100 },
              { label: 'Chi thường xuyên', category: 'recurrent', actual: 500 },
            ],
          },
        },
      ]),
    );
    expect(codes(findings)).toEqual(['budget.item-direction']);
    expect(findings[0]!.params.items).toEqual(['Thuế GTGT']);
    expect(findings[0]!.paths).toEqual([['sections', 0, 'figures', 0, 'expenditure', 'items', 0]]);
  });

  it('compares lines with the total of their own direction, wherever they are listed', () => {
    const findings = check(
      supervision([
        {
          kind: 'budget',
          revenue: { actual: 150 },
          expenditure: { actual: 10_000, items: [{ label: 'Thuế GTGT', direction: 'revenue', actual: 200 }] },
        },
      ]),
      { config: { rules: { 'budget.item-direction': 'off' }, conventions: ['half-up'] } },
    );
    expect(codes(findings)).toEqual(['budget.items-exceed-total']);
    expect(findings[0]).toMatchObject({
      computed: { value: '200', unit: 'dong' },
      reported: { value: '150' },
    });
  });

  it('notes a category that is not in the catalogue', () => {
    const block = {
      kind: 'budget' as const,
      revenue: { actual: 10, items: [{ label: 'X', category: 'lottery', actual: 1 }] },
    };
    expect(codes(check(supervision([block])))).toEqual(['budget.unknown-category']);
  });
});
