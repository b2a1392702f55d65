import { ofKind } from '../../checks/model-index.js';
import { computedQuantity, reportedQuantity } from '../../checks/quantity.js';
import type { Draft, Rule } from '../../checks/types.js';
import { compareDecimals } from '../../numbers/compare.js';
import { Decimal } from '../../numbers/decimal.js';
import { sum } from '../sum.js';

const DECISION = 'Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ';

export const scoreOverMax: Rule = {
  code: 'index766.score-over-max',
  severity: 'error',
  legalBasis: DECISION,
  reads: ['components.score', 'components.max'],
  run({ index }) {
    const out: Draft[] = [];
    for (const { figure, path } of ofKind(index, 'index766')) {
      for (const [i, c] of figure.components.entries()) {
        if (compareDecimals(c.score.value, c.max.value) <= 0) continue;
        out.push({
          paths: [
            [...path, 'components', i, 'score'],
            [...path, 'components', i, 'max'],
          ],
          computed: reportedQuantity(c.max, 'points'),
          reported: reportedQuantity(c.score, 'points'),
          params: { component: c.label ?? c.key },
        });
      }
    }
    return out;
  },
};

/**
 * Components each shown to 10^-s carry up to half a unit of rounding each, so their sum
 * may miss the total by n × 0.5 × 10^-s (six components at 0.1: ±0.3).
 */
export const totalMatchesComponents: Rule = {
  code: 'index766.total',
  severity: 'error',
  legalBasis: DECISION,
  reads: ['total', 'components.score'],
  run({ index }) {
    const out: Draft[] = [];
    for (const { figure, path } of ofKind(index, 'index766')) {
      const scores = figure.components.map((c) => c.score);
      const computed = sum(scores);
      const scale = Math.max(...scores.map((s) => s.scale));
      // n × 0,5 × 10^-scale, written as n × 5 in the place after the last: decimal.js's power
      // alone took longer than the rest of the rule.
      // (No components, which the schema rules out: no scale, and no tolerance, as before.)
      const tolerance =
        scores.length === 0 ? new Decimal(Number.NaN) : new Decimal(`${scores.length * 5}e-${scale + 1}`);
      const gap = computed.minus(figure.total.value).abs();
      if (compareDecimals(gap, tolerance) <= 0) continue;
      out.push({
        paths: [[...path, 'total'], ...figure.components.map((_, i) => [...path, 'components', i, 'score'])],
        computed: computedQuantity(computed, 'points', scale),
        reported: reportedQuantity(figure.total, 'points'),
        params: { tolerance: computedQuantity(tolerance, 'points') },
      });
    }
    return out;
  },
};

export const componentsMatchFramework: Rule = {
  code: 'index766.framework',
  severity: 'warning',
  legalBasis: DECISION,
  reads: ['framework', 'components.key', 'components.max'],
  run({ index, frameworks }) {
    const out: Draft[] = [];
    for (const { figure, path } of ofKind(index, 'index766')) {
      const framework = frameworks.index766.find((f) => f.id === figure.framework);
      if (!framework) {
        out.push({
          paths: [[...path, 'framework']],
          params: { problem: 'unknown-framework', framework: figure.framework },
        });
        continue;
      }
      for (const [i, c] of figure.components.entries()) {
        const known = framework.components.find((k) => k.key === c.key);
        if (!known) {
          out.push({
            paths: [[...path, 'components', i, 'key']],
            params: { problem: 'unknown-component', framework: framework.id, component: c.key },
          });
        } else if (!c.max.value.eq(known.max)) {
          out.push({
            paths: [[...path, 'components', i, 'max']],
            computed: { value: known.max, unit: 'points' },
            reported: reportedQuantity(c.max, 'points'),
            params: { problem: 'max-differs', framework: framework.id, component: c.label ?? c.key },
          });
        }
      }
    }
    return out;
  },
};
