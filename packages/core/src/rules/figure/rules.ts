import { computedQuantity, reportedQuantity } from '../../checks/quantity.js';
import type { Draft, Path, Rule } from '../../checks/types.js';
import { compareDecimals, sameDecimal } from '../../numbers/compare.js';
import type { Reported } from '../../numbers/reported.js';
import { sum } from '../sum.js';

interface Whole {
  label: string;
  /** Where the figure block stands; the total and the parts are below it. */
  path: Path;
  total: Reported;
  totalAt: readonly (string | number)[];
  parts: readonly Reported[];
  /** Where each part stands below the block: its paths are spelt out only for a finding. */
  partAt: (i: number) => readonly (string | number)[];
  /** true: the parts make the whole; false: they are some of it. */
  complete: boolean;
}

const COUNT_VALUE = ['value'];
const CADRES_TOTAL = ['cadres', 'total'];
const CIVIL_SERVANTS_TOTAL = ['civilServants', 'total'];
const PRESENT = ['present'];
const HERE: readonly (string | number)[] = [];
const countPart = (i: number) => ['parts', i, 'value'];
const cadresPart = (i: number) => ['cadres', 'byBody', i, 'count'];
const groupPart = (i: number) => (i === 0 ? CADRES_TOTAL : CIVIL_SERVANTS_TOTAL);

/** Every stated total with the parts it is broken into. */
function breakdowns(context: Parameters<Rule['run']>[0]): Whole[] {
  const out: Whole[] = [];
  for (const { figure, path } of context.index.figures) {
    if (figure.kind === 'count' && figure.parts.length > 0) {
      out.push({
        label: figure.label,
        path,
        total: figure.value,
        totalAt: COUNT_VALUE,
        parts: figure.parts.map((p) => p.value),
        partAt: countPart,
        complete: figure.partsComplete,
      });
    }
    if (figure.kind === 'staffing') {
      if (figure.cadres && figure.cadres.byBody.length > 0) {
        out.push({
          label: 'cadres',
          path,
          total: figure.cadres.total,
          totalAt: CADRES_TOTAL,
          parts: figure.cadres.byBody.map((b) => b.count),
          partAt: cadresPart,
          complete: true,
        });
      }
      if (figure.cadres && figure.civilServants) {
        out.push({
          label: 'present',
          path,
          total: figure.present,
          totalAt: PRESENT,
          parts: [figure.cadres.total, figure.civilServants.total],
          partAt: groupPart,
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
      const computed = sum(w.parts);
      const order = compareDecimals(computed, w.total.value);
      if (w.complete ? order === 0 : order <= 0) continue;
      out.push({
        paths: [[...w.path, ...w.totalAt], ...w.parts.map((_, i) => [...w.path, ...w.partAt(i)])],
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
    // Paths are spelt out only for a finding: most parts are within their wholes. `at` is where
    // part and whole stand below the block (a qualification's place), if anywhere.
    const test = (
      label: string,
      path: Path,
      at: readonly (string | number)[],
      partKey: string,
      part: Reported,
      wholeKey: string,
      whole: Reported,
    ) => {
      if (compareDecimals(part.value, whole.value) <= 0) return;
      out.push({
        paths: [
          [...path, ...at, partKey],
          [...path, ...at, wholeKey],
        ],
        computed: reportedQuantity(whole, 'count'),
        reported: reportedQuantity(part, 'count'),
        params: { label },
      });
    };
    for (const { figure: f, path } of index.figures) {
      if (f.kind === 'digitisation') test('digitisation', path, HERE, 'done', f.done, 'total', f.total);
      if (f.kind === 'onlineServices') {
        test(
          'onlineServices',
          path,
          HERE,
          'processedOnline',
          f.processedOnline,
          'fullProcessDossiers',
          f.fullProcessDossiers,
        );
      }
      if (f.kind === 'ratio') test(f.label, path, HERE, 'part', f.part, 'whole', f.whole);
      if (f.kind === 'staffing') {
        for (let i = 0; i < f.qualifications.length; i++) {
          const q = f.qualifications[i]!;
          test(q.label, path, ['qualifications', i], 'count', q.count, 'of', q.of);
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
      if (f.kind !== 'staffing' || !f.quota || compareDecimals(f.present.value, f.quota.value) <= 0) continue;
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
      for (let i = 0; i < f.qualifications.length; i++) {
        const q = f.qualifications[i]!;
        const group =
          q.group === 'cadres'
            ? f.cadres && { at: CADRES_TOTAL, value: f.cadres.total }
            : q.group === 'civilServants'
              ? f.civilServants && { at: CIVIL_SERVANTS_TOTAL, value: f.civilServants.total }
              : { at: PRESENT, value: f.present };
        if (!group || sameDecimal(group.value.value, q.of.value)) continue;
        out.push({
          paths: [
            [...path, 'qualifications', i, 'of'],
            [...path, ...group.at],
          ],
          computed: reportedQuantity(group.value, 'count'),
          reported: reportedQuantity(q.of, 'count'),
          params: { label: q.label, group: q.group },
        });
      }
    }
    return out;
  },
};
