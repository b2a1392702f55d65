import { describe, expect, it } from 'vitest';
import { supervision } from '../../../test/builders.js';
import { check, codes } from '../../../test/check.js';

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

  it("judges deadlines as of the notice's own date by default, so a 2024 notice is not overdue in 2026", () => {
    const recommendations = [{ addressee: 'UBND xã', content: 'Làm ngay', deadline: '31/12/2024' }];
    const notice2024 = supervision([], {
      year: 2024,
      documents: { conclusion: { date: '10/11/2024', place: 'Thử' } },
      recommendations,
    });
    const in2026 = { year: 2026, month: 11, day: 27 };
    expect(check(notice2024, { now: in2026 })).toEqual([]);
    expect(codes(check(notice2024, { now: in2026, asOf: in2026 }))).toEqual(['recommendation.overdue']);
    expect(check(notice2024, { now: in2026, asOf: { year: 2024, month: 12, day: 31 } })).toEqual([]);
  });

  it("marks a recommendation overdue as of the caller's day when asked, not a hidden clock", () => {
    const recommendations = [{ addressee: 'UBND xã', content: 'Làm ngay', deadline: '01/11/2025' }];
    const asOf = (day: number) => ({
      now: { year: 2025, month: 11, day },
      asOf: { year: 2025, month: 11, day },
    });
    expect(codes(check(supervision([], { recommendations }), asOf(2)))).toEqual(['recommendation.overdue']);
    expect(check(supervision([], { recommendations }), asOf(1))).toEqual([]);
    const done = [{ ...recommendations[0]!, status: 'done' as const }];
    expect(
      check(supervision([], { recommendations: done }), {
        now: { year: 2026, month: 1, day: 1 },
        asOf: { year: 2026, month: 1, day: 1 },
      }),
    ).toEqual([]);
  });

  it('reads a draft dated "11/2024" as of its month: a deadline in that month is not yet passed', () => {
    const draft = (deadline: string) =>
      supervision([], {
        documents: { conclusion: { date: '11/2024', place: 'Thử' } },
        recommendations: [{ addressee: 'UBND xã', content: 'Làm ngay', deadline }],
      });
    const now = { year: 2026, month: 1, day: 1 };
    expect(check(draft('30/11/2024'), { now })).toEqual([]);
    expect(codes(check(draft('31/10/2024'), { now }))).toEqual(['recommendation.overdue']);
  });
});

describe('recommendations with parts', () => {
  it('judges a deadline that binds one part of a recommendation on that part alone', () => {
    const recommendations = [
      {
        number: '2.',
        title: 'Đối với UBND xã',
        addressee: 'UBND xã',
        content: 'Hoàn thiện cơ sở vật chất bộ phận một cửa:',
        parts: [
          { number: 'a)', content: 'Trang bị máy quét', deadline: '30/11/2025' },
          { number: 'b)', content: 'Số hóa hồ sơ tồn', deadline: '31/12/2025', status: 'done' as const },
          { number: 'c)', content: 'Niêm yết thủ tục' },
        ],
      },
    ];
    const asOf = { year: 2026, month: 1, day: 15 };
    const found = check(supervision([], { recommendations }), { now: asOf, asOf });
    expect(found.map((f) => [f.code, f.paths[0]])).toEqual([
      ['recommendation.overdue', ['recommendations', 0, 'parts', 0, 'deadline']],
    ]);
  });

  it("points at the part's own status when the part has one, else at the recommendation's", () => {
    const recommendations = [
      {
        number: '1.',
        addressee: 'UBND xã',
        content: 'Khắc phục hạn chế:',
        parts: [
          {
            number: 'a)',
            content: 'Trang bị máy quét',
            deadline: '30/11/2025',
            status: 'in-progress' as const,
          },
          { number: 'b)', content: 'Số hóa hồ sơ tồn', deadline: '30/11/2025' },
        ],
      },
    ];
    const asOf = { year: 2026, month: 1, day: 15 };
    const found = check(supervision([], { recommendations }), { now: asOf, asOf });
    expect(found.map((f) => f.paths)).toEqual([
      [
        ['recommendations', 0, 'parts', 0, 'deadline'],
        ['recommendations', 0, 'parts', 0, 'status'],
      ],
      [
        ['recommendations', 0, 'parts', 1, 'deadline'],
        ['recommendations', 0, 'status'],
      ],
    ]);
  });
});
