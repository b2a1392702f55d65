import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dossiers, supervision } from '../../../test/builders.js';
import { check, codes } from '../../../test/check.js';

describe('dossier identities', () => {
  it('finds nothing when every identity holds', () => {
    expect(check(supervision([dossiers()]))).toEqual([]);
  });

  it('catches resolved ≠ early + on time + late, showing both numbers', () => {
    const [f] = check(
      supervision([dossiers({ resolved: { total: 95, early: 60, onTime: 33, late: 1 } })]),
    ).filter((x) => x.code === 'dossier.resolved-breakdown');
    expect(f).toMatchObject({
      severity: 'error',
      reported: { value: '95' },
      computed: { value: '94' },
      paths: [
        ['sections', 0, 'figures', 0, 'resolved', 'total'],
        expect.anything(),
        expect.anything(),
        expect.anything(),
      ],
    });
  });

  it('suggests the resolved count that makes both the breakdown and the balance hold (the seed case)', () => {
    const seedLike = dossiers({
      received: { total: 2175, directOrPostal: '02', online: 2173, carriedOver: 0 },
      resolved: { total: 2170, early: 1362, onTime: 806, late: '01' },
      pending: { total: '06', withinDeadline: '06', overdue: 0 },
      apologies: '01',
    });
    const findings = check(supervision([seedLike]));
    expect(codes(findings)).toEqual(['dossier.resolved-breakdown', 'dossier.balance']);
    for (const f of findings) {
      expect(f.suggestion).toEqual({
        path: ['sections', 0, 'figures', 0, 'resolved', 'total'],
        value: { value: '2169', unit: 'count' },
        field: 'dossiers.resolved.total',
      });
    }
  });

  it('catches received ≠ channels + carried over, and pending ≠ not due + overdue', () => {
    const findings = check(
      supervision([
        dossiers({
          received: { total: 101, online: 90, direct: 8, carriedOver: 2 },
          pending: { total: 6, withinDeadline: 4, overdue: 1 },
        }),
      ]),
    );
    expect(codes(findings)).toEqual(['dossier.received-breakdown', 'dossier.pending-breakdown']);
  });

  it('counts withdrawn and suspended dossiers in the balance when given', () => {
    const block = dossiers({ received: { total: 103 }, withdrawn: 2, suspended: 1 });
    expect(check(supervision([block]))).toEqual([]);
  });

  it('warns when late dossiers outnumber written apologies', () => {
    const findings = check(supervision([dossiers({ apologies: 1 })]));
    expect(codes(findings)).toEqual(['dossier.apologies']);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      computed: { value: '2' },
      reported: { value: '1' },
    });
  });

  it('law: a breakdown built from its parts always holds; one unit off is always caught', () => {
    const count = fc.integer({ min: 0, max: 100_000 });
    fc.assert(
      fc.property(
        count,
        count,
        count,
        fc.integer({ min: 0, max: 50 }),
        fc.boolean(),
        (early, onTime, late, pending, up) => {
          const resolved = early + onTime + late;
          const block = dossiers({
            received: { total: resolved + pending },
            resolved: { total: resolved, early, onTime, late },
            pending: { total: pending },
            apologies: late,
          });
          expect(check(supervision([block]))).toEqual([]);
          const off = up ? resolved + 1 : resolved - 1;
          if (off < 0) return;
          const broken = dossiers({
            received: { total: resolved + pending },
            resolved: { total: off, early, onTime, late },
            pending: { total: pending },
            apologies: late,
          });
          expect(codes(check(supervision([broken])))).toContain('dossier.resolved-breakdown');
        },
      ),
      { numRuns: 200 },
    );
  });
});
