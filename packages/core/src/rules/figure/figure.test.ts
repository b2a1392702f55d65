import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { supervision } from '../../../test/builders.js';
import { check, codes } from '../../../test/check.js';

const staffing = (over: Record<string, unknown> = {}) => ({
  kind: 'staffing' as const,
  quota: 20,
  present: 18,
  cadres: {
    total: '09',
    byBody: [
      { label: 'Đảng ủy', count: '02' },
      { label: 'HĐND', count: 1 },
      { label: 'UBND', count: 2 },
      { label: 'MTTQ', count: 4 },
    ],
  },
  civilServants: { total: '09' },
  qualifications: [{ group: 'civilServants' as const, label: 'Đại học', count: '07', of: '09' }] as {
    group: 'cadres' | 'civilServants' | 'all';
    label: string;
    count: number | string;
    of: number | string;
  }[],
  ...over,
});

describe('breakdowns and parts', () => {
  it('finds nothing in the seed staffing figures', () => {
    expect(check(supervision([staffing()]))).toEqual([]);
  });

  it('catches present ≠ cadres + civil servants, and a body breakdown that misses the cadre total', () => {
    const findings = check(
      supervision([
        staffing({ present: 19, cadres: { total: 9, byBody: [{ label: 'Đảng ủy', count: 8 }] } }),
      ]),
    );
    expect(findings.map((f) => [f.code, f.params.label])).toEqual([
      ['figure.breakdown-sum', 'cadres'],
      ['figure.breakdown-sum', 'present'],
    ]);
  });

  it('warns when present exceeds the quota, and when a share is counted over the wrong group size', () => {
    const findings = check(
      supervision([
        staffing({
          quota: 17,
          qualifications: [{ group: 'civilServants', label: 'Đại học', count: 7, of: 10 }],
        }),
      ]),
    );
    expect(codes(findings)).toEqual(['staffing.over-quota', 'staffing.group-size']);
  });

  it('catches a qualification count above its group', () => {
    const findings = check(
      supervision([staffing({ qualifications: [{ group: 'cadres', label: 'ĐH', count: 10, of: 9 }] })]),
    );
    expect(codes(findings)).toEqual(['figure.part-exceeds-whole']);
  });

  it('treats incomplete breakdowns as "at most the total"', () => {
    const count = {
      kind: 'count' as const,
      label: 'Máy tính',
      value: 24,
      parts: [{ label: 'Để bàn', value: 20 }],
      partsComplete: false,
    };
    expect(check(supervision([count]))).toEqual([]);
    expect(codes(check(supervision([{ ...count, value: 19 }])))).toEqual(['figure.breakdown-sum']);
  });

  it('law: a count built from its parts always passes; one part off by one is always caught', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        (parts, pick) => {
          const total = parts.reduce((a, b) => a + b, 0);
          const block = (ps: number[]) => ({
            kind: 'count' as const,
            label: 'x',
            value: total,
            parts: ps.map((value, i) => ({ label: `p${i}`, value })),
          });
          expect(check(supervision([block(parts)]))).toEqual([]);
          const changed = parts.map((p, i) => (i === pick % parts.length ? p + 1 : p));
          expect(codes(check(supervision([block(changed)])))).toEqual(['figure.breakdown-sum']);
        },
      ),
      { numRuns: 150 },
    );
  });
});
