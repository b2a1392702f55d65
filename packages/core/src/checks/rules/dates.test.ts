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

describe('lifecycle and follow-up', () => {
  it('warns when a step is dated before an earlier step', () => {
    const findings = check(
      supervision([], {
        documents: {
          programme: { date: '20/07/2024' },
          plan: { date: '10/09/2025' },
          delegationDecision: { date: '05/09/2025' },
          conclusion: { date: '11/2025', place: 'Thử' },
        },
      }),
    );
    expect(findings.map((f) => [f.code, f.params.step, f.params.before])).toEqual([
      ['lifecycle.order', 'delegationDecision', 'plan'],
    ]);
  });

  it('compares a draft conclusion dated by month only by its month', () => {
    const docs = { plan: { date: '10/11/2025' }, conclusion: { date: '11/2025', place: 'Thử' } };
    expect(check(supervision([], { documents: docs }))).toEqual([]);
  });

  it('notes a report received after its due date', () => {
    const docs = {
      reports: [{ from: 'UBND xã', due: '30/09/2025', received: '02/10/2025' }],
      conclusion: { date: '30/10/2025', place: 'Thử' },
    };
    expect(codes(check(supervision([], { documents: docs })))).toEqual(['lifecycle.report-late']);
  });

  it("marks a recommendation overdue against the caller's today, not a hidden clock", () => {
    const recommendations = [{ addressee: 'UBND xã', content: 'Làm ngay', deadline: '01/11/2025' }];
    expect(
      codes(check(supervision([], { recommendations }), { now: { year: 2025, month: 11, day: 2 } })),
    ).toEqual(['recommendation.overdue']);
    expect(check(supervision([], { recommendations }), { now: { year: 2025, month: 11, day: 1 } })).toEqual(
      [],
    );
    const done = [{ ...recommendations[0]!, status: 'done' as const }];
    expect(
      check(supervision([], { recommendations: done }), { now: { year: 2026, month: 1, day: 1 } }),
    ).toEqual([]);
  });
});

describe('outline', () => {
  it('warns about a section key that the framework does not know', () => {
    const findings = check(supervision([], { sections: [{ key: 'sports', title: 'Thể thao' }] }));
    expect(findings.map((f) => [f.code, f.params.problem])).toEqual([['outline.section', 'unknown-section']]);
  });

  it('warns about an unknown framework', () => {
    expect(check(supervision([], { framework: 'nope' })).map((f) => f.params.problem)).toEqual([
      'unknown-framework',
    ]);
  });
});
