import { describe, expect, it } from 'vitest';
import { dossiers, supervision } from '../../../test/builders.js';
import { check, codes } from '../../../test/check.js';

describe('dates and periods', () => {
  it('reports an impossible date (31/02) where it stands', () => {
    const findings = check(
      supervision([{ ...dossiers(), period: { from: '01/01/2025', to: '31/02/2025' } }]),
    );
    expect(codes(findings)).toEqual(['date.impossible']);
    expect(findings[0]!.paths).toEqual([['sections', 0, 'figures', 0, 'period', 'to']]);
  });

  it('accepts 29/02 in a leap year only', () => {
    expect(check(supervision([{ ...dossiers(), period: { to: '29/02/2024' } }]))).toEqual([]);
    expect(codes(check(supervision([{ ...dossiers(), period: { to: '29/02/2025' } }])))).toEqual([
      'date.impossible',
    ]);
  });

  it('warns when one group of figures is announced for two periods (the seed case)', () => {
    const block = {
      ...dossiers(),
      period: { from: '15/12/2023', to: '31/10/2024' },
      statedPeriods: [{ from: '15/12/2023', to: '30/9/2024' }],
    };
    const [f] = check(supervision([block]));
    expect(f).toMatchObject({
      code: 'period.conflict',
      params: { periods: ['15/12/2023 – 31/10/2024', '15/12/2023 – 30/9/2024'] },
    });
  });

  it('does not count the same period written two ways as a conflict', () => {
    const block = {
      ...dossiers(),
      period: { from: '15/12/2023', to: '31/10/2024' },
      statedPeriods: [{ from: '2023-12-15', to: '31/10/2024' }],
    };
    expect(check(supervision([block]))).toEqual([]);
  });

  it('reports a period that ends before it starts', () => {
    expect(
      codes(check(supervision([{ ...dossiers(), period: { from: '01/10/2025', to: '30/09/2025' } }]))),
    ).toEqual(['period.inverted']);
  });
});

describe('periods of one topic and of unrelated ones', () => {
  const period = (from: string, to: string) => ({ from, to });
  it('warns when the dossiers and their digitisation are cut at different dates, naming both', () => {
    const found = check(
      supervision([
        { ...dossiers(), period: period('01/01/2025', '30/09/2025') },
        { kind: 'digitisation', done: 50, total: 90, period: period('01/01/2025', '31/10/2025') },
      ]),
    ).filter((f) => f.code === 'period.conflict');
    expect(found.map((f) => f.params.periods)).toEqual([
      ['01/01/2025 – 30/09/2025', '01/01/2025 – 31/10/2025'],
    ]);
  });

  it('lets a budget of nine months and staff at a date keep their own periods', () => {
    const found = check(
      supervision([
        { ...dossiers(), period: period('01/01/2025', '30/09/2025') },
        { kind: 'budget', period: period('01/01/2025', '30/06/2025'), revenue: { actual: 10, plan: 20 } },
        { kind: 'staffing', present: 18, period: period('01/01/2025', '31/12/2025') },
      ]),
    );
    expect(codes(found)).toEqual([]);
  });

  it('notes more dossiers digitised than received over overlapping periods, and not over disjoint ones', () => {
    const digitised = (from: string, to: string) => ({
      kind: 'digitisation' as const,
      done: 150,
      total: 150,
      period: period(from, to),
    });
    const received = { ...dossiers(), period: period('01/01/2025', '30/09/2025') };
    expect(codes(check(supervision([received, digitised('01/01/2025', '30/09/2025')])))).toEqual([
      'digitisation.exceeds-received',
    ]);
    expect(codes(check(supervision([received, digitised('01/10/2025', '31/12/2025')])))).toEqual([
      'period.conflict',
    ]);
  });
});
