import { ofKind } from '../../checks/model-index.js';
import { computedQuantity, reportedQuantity } from '../../checks/quantity.js';
import type { Draft, Rule } from '../../checks/types.js';
import type { BudgetBlock, BudgetDirection, BudgetLine } from '../../figures/schema.js';
import type { Frameworks } from '../../frameworks/framework.js';
import { compareDecimals } from '../../numbers/compare.js';
import { sum } from '../sum.js';

/** A line's direction: as declared, else from its category, else undefined. */
export function lineDirection(line: BudgetLine, frameworks: Frameworks): BudgetDirection | undefined {
  if (line.direction) return line.direction;
  return frameworks.budgetCategories.find((c) => c.key === line.category)?.direction;
}

export const itemDirection: Rule = {
  code: 'budget.item-direction',
  severity: 'warning',
  legalBasis: 'Luật Ngân sách nhà nước 2015: thu và chi ngân sách là hai chiều khác nhau',
  reads: ['revenue.items', 'expenditure.items'],
  run({ index, frameworks }) {
    const out: Draft[] = [];
    for (const { figure, path } of ofKind(index, 'budget')) {
      for (const side of ['revenue', 'expenditure'] as const) {
        const items = figure[side]?.items ?? [];
        const wrong = items
          .map((item, i) => ({ item, i, direction: lineDirection(item, frameworks) }))
          .filter((x) => x.direction !== undefined && x.direction !== side);
        if (wrong.length === 0) continue;
        out.push({
          paths: wrong.map((w) => [...path, side, 'items', w.i]),
          params: { side, count: wrong.length, items: wrong.map((w) => w.item.label) },
        });
      }
    }
    return out;
  },
};

export const unknownCategory: Rule = {
  code: 'budget.unknown-category',
  severity: 'info',
  reads: ['*.items.category'],
  run({ index, frameworks }) {
    const out: Draft[] = [];
    for (const { figure, path } of ofKind(index, 'budget')) {
      for (const side of ['revenue', 'expenditure'] as const) {
        for (const [i, item] of (figure[side]?.items ?? []).entries()) {
          if (item.category && !frameworks.budgetCategories.some((c) => c.key === item.category)) {
            out.push({
              paths: [[...path, side, 'items', i, 'category']],
              params: { category: item.category },
            });
          }
        }
      }
    }
    return out;
  },
};

/** Lines of one direction, wherever they are listed, cannot exceed that direction's total. */
export const itemsWithinTotal: Rule = {
  code: 'budget.items-exceed-total',
  severity: 'error',
  reads: ['revenue.actual', 'expenditure.actual', '*.items.actual'],
  run({ index, frameworks }) {
    const out: Draft[] = [];
    for (const { figure, path } of ofKind(index, 'budget')) {
      for (const direction of ['revenue', 'expenditure'] as const) {
        const total = figure[direction];
        if (!total) continue;
        const lines = linesOf(figure, frameworks, direction);
        if (lines.length === 0) continue;
        const computed = sum(lines.map((l) => l.line.actual));
        if (compareDecimals(computed, total.actual.value) <= 0) continue;
        out.push({
          paths: [
            [...path, direction, 'actual'],
            ...lines.map((l) => [...path, l.side, 'items', l.i, 'actual']),
          ],
          computed: computedQuantity(computed, 'dong'),
          reported: reportedQuantity(total.actual, 'dong'),
          params: { side: direction },
        });
      }
    }
    return out;
  },
};

function linesOf(b: BudgetBlock, frameworks: Frameworks, direction: BudgetDirection) {
  // Where each line stands (side, index), its path spelt out only for a finding.
  const out: { line: BudgetLine; side: BudgetDirection; i: number }[] = [];
  for (const side of SIDES) {
    const items = b[side]?.items;
    if (!items) continue;
    for (let i = 0; i < items.length; i++) {
      const line = items[i]!;
      if ((lineDirection(line, frameworks) ?? side) === direction) out.push({ line, side, i });
    }
  }
  return out;
}

const SIDES = ['revenue', 'expenditure'] as const;
