import { computedQuantity, reportedQuantity } from '../../checks/quantity.js';
import type { Draft, Path, Rule } from '../../checks/types.js';
import type { Reported } from '../../numbers/reported.js';
import { sum } from '../sum.js';

interface Whole {
  label: string;
  totalPath: Path;
  total: Reported;
  parts: { path: Path; value: Reported }[];
  /** true: the parts make the whole; false: they are some of it. */
  complete: boolean;
}

/** Every stated total with the parts it is broken into. */
function breakdowns(context: Parameters<Rule['run']>[0]): Whole[] {
  const out: Whole[] = [];
  for (const { figure, path } of context.index.figures) {
    if (figure.kind === 'count' && figure.parts.length > 0) {
      out.push({
        label: figure.label,
        totalPath: [...path, 'value'],
        total: figure.value,
        parts: figure.parts.map((p, i) => ({ path: [...path, 'parts', i, 'value'], value: p.value })),
        complete: figure.partsComplete,
      });
    }
    if (figure.kind === 'staffing') {
      if (figure.cadres && figure.cadres.byBody.length > 0) {
        out.push({
          label: 'cadres',
          totalPath: [...path, 'cadres', 'total'],
          total: figure.cadres.total,
          parts: figure.cadres.byBody.map((b, i) => ({
            path: [...path, 'cadres', 'byBody', i, 'count'],
            value: b.count,
          })),
          complete: true,
        });
      }
      const groups = [
        figure.cadres && { path: [...path, 'cadres', 'total'], value: figure.cadres.total },
        figure.civilServants && {
          path: [...path, 'civilServants', 'total'],
          value: figure.civilServants.total,
        },
      ].filter((g) => g !== undefined);
      if (groups.length === 2) {
        out.push({
          label: 'present',
          totalPath: [...path, 'present'],
          total: figure.present,
          parts: groups,
          complete: true,
        });
      }
    }
  }
  return out;
}

export const breakdownSum: Rule = {
  code: 'figure.breakdown-sum',
  severity: 'error',
  reads: ['count.value', 'count.parts', 'staffing.present', 'staffing.cadres', 'staffing.civilServants'],
  run(context) {
    const out: Draft[] = [];
    for (const w of breakdowns(context)) {
      const computed = sum(w.parts.map((p) => p.value));
      const holds = w.complete ? computed.eq(w.total.value) : computed.lte(w.total.value);
      if (holds) continue;
      out.push({
        paths: [w.totalPath, ...w.parts.map((p) => p.path)],
        computed: computedQuantity(computed, 'count'),
        reported: reportedQuantity(w.total, 'count'),
        params: { label: w.label, complete: w.complete ? 'yes' : 'no' },
      });
    }
    return out;
  },
};

/** A part that is larger than its whole: done ≤ total, processed online ≤ full-process, 07/09. */
export const partWithinWhole: Rule = {
  code: 'figure.part-exceeds-whole',
  severity: 'error',
  reads: ['digitisation.done', 'onlineServices.processedOnline', 'ratio.part', 'staffing.qualifications'],
  run({ index }) {
    const out: Draft[] = [];
    const test = (label: string, partPath: Path, part: Reported, wholePath: Path, whole: Reported) => {
      if (part.value.lte(whole.value)) return;
      out.push({
        paths: [partPath, wholePath],
        computed: reportedQuantity(whole, 'count'),
        reported: reportedQuantity(part, 'count'),
        params: { label },
      });
    };
    for (const { figure: f, path } of index.figures) {
      if (f.kind === 'digitisation')
        test('digitisation', [...path, 'done'], f.done, [...path, 'total'], f.total);
      if (f.kind === 'onlineServices') {
        test(
          'onlineServices',
          [...path, 'processedOnline'],
          f.processedOnline,
          [...path, 'fullProcessDossiers'],
          f.fullProcessDossiers,
        );
      }
      if (f.kind === 'ratio') test(f.label, [...path, 'part'], f.part, [...path, 'whole'], f.whole);
      if (f.kind === 'staffing') {
        for (const [i, q] of f.qualifications.entries()) {
          const base = [...path, 'qualifications', i];
          test(q.label, [...base, 'count'], q.count, [...base, 'of'], q.of);
        }
      }
    }
    return out;
  },
};

export const overQuota: Rule = {
  code: 'staffing.over-quota',
  severity: 'warning',
  legalBasis: 'Nghị định 33/2023/NĐ-CP: số lượng cán bộ, công chức cấp xã',
  reads: ['staffing.present', 'staffing.quota'],
  run({ index }) {
    const out: Draft[] = [];
    for (const { figure: f, path } of index.figures) {
      if (f.kind !== 'staffing' || !f.quota || f.present.value.lte(f.quota.value)) continue;
      out.push({
        paths: [
          [...path, 'present'],
          [...path, 'quota'],
        ],
        computed: reportedQuantity(f.quota, 'count'),
        reported: reportedQuantity(f.present, 'count'),
        params: {},
      });
    }
    return out;
  },
};

/** "đại học 07/09" where the group has 9 people: the denominator must be the group's size. */
export const qualificationGroup: Rule = {
  code: 'staffing.group-size',
  severity: 'warning',
  reads: [
    'staffing.qualifications.of',
    'staffing.cadres.total',
    'staffing.civilServants.total',
    'staffing.present',
  ],
  run({ index }) {
    const out: Draft[] = [];
    for (const { figure: f, path } of index.figures) {
      if (f.kind !== 'staffing') continue;
      for (const [i, q] of f.qualifications.entries()) {
        const group =
          q.group === 'cadres'
            ? f.cadres && { path: [...path, 'cadres', 'total'], value: f.cadres.total }
            : q.group === 'civilServants'
              ? f.civilServants && { path: [...path, 'civilServants', 'total'], value: f.civilServants.total }
              : { path: [...path, 'present'], value: f.present };
        if (!group || group.value.value.eq(q.of.value)) continue;
        out.push({
          paths: [[...path, 'qualifications', i, 'of'], group.path],
          computed: reportedQuantity(group.value, 'count'),
          reported: reportedQuantity(q.of, 'count'),
          params: { label: q.label, group: q.group },
        });
      }
    }
    return out;
  },
};
