import { reportedQuantity } from '../../checks/quantity.js';
import type { Draft, Rule } from '../../checks/types.js';
import type { FigureEntry } from '../../checks/walk.js';
import type { CitizenReceptionBlock } from '../../figures/schema.js';
import { compareDecimals } from '../../numbers/compare.js';

/**
 * More petitions resolved than the commune could resolve: those within its jurisdiction when
 * the notice says how many, otherwise all it received. A petition outside its jurisdiction is
 * forwarded or referred, not resolved here.
 */
export const receptionResolvedWithinReceived: Rule = {
  code: 'reception.resolved-exceeds-received',
  severity: 'error',
  legalBasis:
    'Luật Tiếp công dân số 42/2013/QH13; Luật Khiếu nại 2011 và Luật Tố cáo 2018 (thẩm quyền giải quyết)',
  reads: [
    'citizenReception.petitions.resolved',
    'citizenReception.petitions.withinJurisdiction',
    'citizenReception.petitions.received',
  ],
  run({ index }) {
    const out: Draft[] = [];
    for (const e of index.figures) {
      if (e.figure.kind !== 'citizenReception') continue;
      const { path, figure } = e as FigureEntry<CitizenReceptionBlock>;
      const p = figure.petitions;
      if (!p?.resolved) continue;
      const [bound, limit] = p.withinJurisdiction
        ? (['withinJurisdiction', p.withinJurisdiction] as const)
        : (['received', p.received] as const);
      if (compareDecimals(p.resolved.value, limit.value) <= 0) continue;
      out.push({
        paths: [
          [...path, 'petitions', 'resolved'],
          [...path, 'petitions', bound],
        ],
        reported: reportedQuantity(p.resolved, 'count'),
        computed: reportedQuantity(limit, 'count'),
        params: { bound },
      });
    }
    return out;
  },
};
