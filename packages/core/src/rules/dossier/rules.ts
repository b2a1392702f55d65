import { ofKind } from '../../checks/model-index.js';
import { computedQuantity, reportedQuantity } from '../../checks/quantity.js';
import type { Draft, Rule } from '../../checks/types.js';
import type { DossierBlock } from '../../figures/schema.js';
import { compareDecimals, sameDecimal } from '../../numbers/compare.js';
import type { Reported } from '../../numbers/reported.js';
import { anyGiven, sum } from '../sum.js';

const FORM = 'Biểu II.06a, Thông tư 01/2020/TT-VPCP';
const RESOLVED = 'dossiers.resolved.total';

type Group = 'received' | 'resolved' | 'pending';

function breakdownRule(code: string, group: Group, partKeys: string[]): Rule {
  return {
    code,
    severity: 'error',
    legalBasis: FORM,
    reads: [`${group}.total`, ...partKeys.map((k) => `${group}.${k}`)],
    run({ index }) {
      const out: Draft[] = [];
      for (const { figure, path } of ofKind(index, 'dossiers')) {
        const block = figure[group] as Record<string, Reported | undefined> | undefined;
        const total = block?.total;
        if (!block || !total) continue;
        const given = partKeys.filter((k) => block[k] !== undefined);
        if (given.length === 0) continue;
        const computed = sum(given.map((k) => block[k]));
        if (sameDecimal(computed, total.value)) continue;
        out.push({
          paths: [[...path, group, 'total'], ...given.map((k) => [...path, group, k])],
          computed: computedQuantity(computed, 'count'),
          reported: reportedQuantity(total, 'count'),
          params: Object.fromEntries(given.map((k) => [k, reportedQuantity(block[k]!, 'count')])),
          suggestion: balanceSuggestion(figure, path, group),
        });
      }
      return out;
    },
  };
}

/** The resolved count that would make both the breakdown and the balance hold, if one does. */
function balanceSuggestion(d: DossierBlock, path: (string | number)[], group: Group) {
  if (group !== 'resolved' || !d.pending) return undefined;
  const resolved = sum([d.resolved.early, d.resolved.onTime, d.resolved.late]);
  const balance = resolved.plus(d.pending.total.value).plus(sum([d.withdrawn, d.suspended]));
  if (!sameDecimal(balance, d.received.total.value)) return undefined;
  return {
    path: [...path, 'resolved', 'total'],
    value: computedQuantity(resolved, 'count'),
    field: RESOLVED,
  };
}

export const receivedBreakdown = breakdownRule('dossier.received-breakdown', 'received', [
  'online',
  'direct',
  'postal',
  'directOrPostal',
  'carriedOver',
]);
export const resolvedBreakdown = breakdownRule('dossier.resolved-breakdown', 'resolved', [
  'early',
  'onTime',
  'late',
]);
export const pendingBreakdown = breakdownRule('dossier.pending-breakdown', 'pending', [
  'withinDeadline',
  'overdue',
]);

export const dossierBalance: Rule = {
  code: 'dossier.balance',
  severity: 'error',
  legalBasis: FORM,
  reads: ['received.total', 'resolved.total', 'pending.total', 'withdrawn', 'suspended'],
  run({ index }) {
    const out: Draft[] = [];
    for (const { figure: d, path } of ofKind(index, 'dossiers')) {
      if (!d.pending) continue;
      const computed = sum([d.resolved.total, d.pending.total, d.withdrawn, d.suspended]);
      if (sameDecimal(computed, d.received.total.value)) continue;
      const resolvedParts = [d.resolved.early, d.resolved.onTime, d.resolved.late];
      const fromParts = sum(resolvedParts);
      const fixes =
        anyGiven(resolvedParts) &&
        sameDecimal(fromParts.plus(computed.minus(d.resolved.total.value)), d.received.total.value);
      out.push({
        paths: [
          [...path, 'received', 'total'],
          [...path, 'resolved', 'total'],
          [...path, 'pending', 'total'],
        ],
        computed: computedQuantity(computed, 'count'),
        reported: reportedQuantity(d.received.total, 'count'),
        params: {
          resolved: reportedQuantity(d.resolved.total, 'count'),
          pending: reportedQuantity(d.pending.total, 'count'),
        },
        suggestion: fixes
          ? {
              path: [...path, 'resolved', 'total'],
              value: computedQuantity(fromParts, 'count'),
              field: RESOLVED,
            }
          : undefined,
      });
    }
    return out;
  },
};

export const dossierApologies: Rule = {
  code: 'dossier.apologies',
  severity: 'warning',
  legalBasis:
    'Nghị định 61/2018/NĐ-CP (nay Nghị định 118/2025/NĐ-CP): xin lỗi bằng văn bản khi trả kết quả quá hạn',
  reads: ['apologies', 'resolved.late'],
  run({ index }) {
    const out: Draft[] = [];
    for (const { figure: d, path } of ofKind(index, 'dossiers')) {
      const late = d.resolved.late;
      if (!late || late.value.isZero()) continue;
      const apologies = d.apologies;
      if (apologies && compareDecimals(apologies.value, late.value) >= 0) continue;
      out.push({
        paths: [
          [...path, 'apologies'],
          [...path, 'resolved', 'late'],
        ],
        computed: reportedQuantity(late, 'count'),
        reported: apologies ? reportedQuantity(apologies, 'count') : { value: '0', unit: 'count' },
        params: {},
      });
    }
    return out;
  },
};
