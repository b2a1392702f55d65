import { ofKind } from '../../checks/model-index.js';
import { computedQuantity, reportedQuantity } from '../../checks/quantity.js';
import type { Draft, Rule } from '../../checks/types.js';
import type { BudgetBlock, BudgetDirection, BudgetLine } from '../../figures/schema.js';
import type { Frameworks } from '../../frameworks/framework.js';
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
        const lines = linesOf(figure, frameworks, direction, path);
        if (lines.length === 0) continue;
        const computed = sum(lines.map((l) => l.line.actual));
        if (computed.lte(total.actual.value)) continue;
        out.push({
          paths: [[...path, direction, 'actual'], ...lines.map((l) => l.path)],
          computed: computedQuantity(computed, 'dong'),
          reported: reportedQuantity(total.actual, 'dong'),
          params: { side: direction },
        });
      }
    }
    return out;
  },
};

function linesOf(
  b: BudgetBlock,
  frameworks: Frameworks,
  direction: BudgetDirection,
  path: (string | number)[],
) {
  const out: { line: BudgetLine; path: (string | number)[] }[] = [];
  for (const side of ['revenue', 'expenditure'] as const) {
    for (const [i, line] of (b[side]?.items ?? []).entries()) {
      if ((lineDirection(line, frameworks) ?? side) === direction)
        out.push({ line, path: [...path, side, 'items', i, 'actual'] });
    }
  }
  return out;
}
