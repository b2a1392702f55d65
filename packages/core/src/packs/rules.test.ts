import { describe, expect, it } from 'vitest';
import { dossiers, supervision } from '../../test/builders.js';
import { check, codes } from '../../test/check.js';
import type { SupervisionInput } from '../supervision/schema.js';
import { compileDataRule } from './rules.js';
import { DataRule, type DataRuleInput } from './schema.js';

type Figures = Parameters<typeof supervision>[0];
const rule = (over: Partial<DataRuleInput>) =>
  compileDataRule(
    DataRule.parse({
      code: 'tn.test',
      severity: 'warning',
      instruction: { vi: 'Thử', en: 'Test' },
      left: '1',
      operator: '<=',
      right: '2',
      ...over,
    }),
  );
const run = (r: ReturnType<typeof rule>, figures: Figures, over: Partial<SupervisionInput> = {}) =>
  check(supervision(figures, over), { extraRules: [r] }).filter((f) => f.code === 'tn.test');

describe('a rule written as data', () => {
  it('compares in exact decimals: 0.1 + 0.2 == 0.3 holds', () => {
    expect(run(rule({ left: '0.1 + 0.2', operator: '==', right: '0.3' }), [])).toEqual([]);
    expect(run(rule({ left: '0.1 + 0.2', operator: '!=', right: '0.3' }), [])).toHaveLength(1);
  });

  it('reads one element of a list by its key, category or label, and one block by its id', () => {
    const figures: Figures = [
      {
        kind: 'budget',
        revenue: { actual: 300, items: [{ label: 'Thuế giá trị gia tăng', category: 'vat', actual: 120 }] },
      },
      { kind: 'count', id: 'may-tinh', label: 'Máy tính', value: 24 },
      { kind: 'count', id: 'may-in', label: 'Máy in', value: 20 },
    ];
    const r = rule({
      left: 'budget.revenue.items[vat].actual',
      operator: '==',
      right: 'count[may-tinh].value * 5',
    });
    expect(run(r, figures)).toEqual([]);
    const [f] = run(
      rule({ left: 'count[may-in].value', operator: '>', right: 'count[may-tinh].value' }),
      figures,
    );
    expect(f?.params).toMatchObject({ left: { value: '20' }, right: { value: '24' }, operator: '>' });
    expect(f?.paths).toEqual([
      ['sections', 0, 'figures', 2, 'value'],
      ['sections', 0, 'figures', 1, 'value'],
    ]);
  });

  it('says nothing when a figure is missing and the side skips', () => {
    const r = rule({ left: 'dossiers.received.postal', operator: '>', right: '1000' });
    expect(run(r, [dossiers()])).toEqual([]);
  });

  it('counts a missing figure as zero, but not a topic the notice does not cover', () => {
    const side = { expression: 'dossiers.received.total + dossiers.received.postal' };
    const zero = rule({ left: { ...side, missing: 'zero' }, operator: '<', right: '100' });
    expect(run(zero, [dossiers()]).map((f) => f.params.left)).toEqual([{ value: '100', unit: 'count' }]);
    expect(run(zero, [])).toEqual([]);
    expect(
      run(rule({ left: { ...side, missing: 'skip' }, operator: '<', right: '100' }), [dossiers()]),
    ).toEqual([]);
  });

  it('reports the figures a side needs and the notice does not state', () => {
    const r = rule({
      left: { expression: 'dossiers.received.postal', missing: 'finding' },
      operator: '>=',
      right: '0',
    });
    expect(run(r, [dossiers()]).map((f) => f.params)).toEqual([
      { problem: 'missing', missing: ['dossiers.received.postal'] },
    ]);
  });

  it('applies to notices dated within its dates, a draft by its month', () => {
    const r = rule({ left: '3', right: '2', applies: { from: '01/11/2025', to: '31/12/2025' } });
    expect(run(r, [])).toEqual([]); // the builder's notice is dated 30/10/2025
    const november = { documents: { conclusion: { date: '11/2025', place: 'Thử' } } };
    expect(run(r, [], november)).toHaveLength(1);
  });

  it('has no value, and so says nothing, when it divides by zero', () => {
    expect(
      run(rule({ left: 'staffing.present / staffing.quota', operator: '>', right: '0' }), [
        { kind: 'staffing', present: 3, quota: 0 },
      ]),
    ).toEqual([]);
  });
});

describe('codes of the core', () => {
  it('still run beside a data rule', () => {
    expect(codes(run(rule({ left: '3' }), []))).toEqual(['tn.test']);
  });
});
