import type { Decimal, Supervision } from '@diemmac/core';
import { figuresOf } from '@diemmac/core/adapters';

/** One series point: the exact value (for labels) and its position on the chart's axis. */
export interface Point {
  exact: string;
  plot: number;
}

// Chart coordinates are drawing positions, not figures: this is the one place a Decimal
// becomes a float, and nothing is computed or compared with the result.
const point = (d: Decimal | undefined): Point => ({ exact: d?.toFixed() ?? '0', plot: d ? d.toNumber() : 0 });

export interface ChartData {
  index766?: { labels: string[]; score: Point[]; max: Point[] };
  dossiers?: {
    received: { label: string; value: Point }[];
    resolved: { label: string; value: Point }[];
    pending: { label: string; value: Point }[];
  };
  budget?: BudgetSeries;
  budgetItems?: BudgetSeries;
}

export interface BudgetSeries {
  labels: string[];
  actual: Point[];
  plan: Point[];
  rates: (string | undefined)[];
}

type Labels = Record<string, string>;

const series = (): BudgetSeries => ({ labels: [], actual: [], plan: [], rates: [] });

/**
 * What the charts draw, read from the parsed model: the 766 components against their
 * maxima, the dossier breakdown, and budget execution against plan.
 *
 * @example
 * chartData(model, t.fields).index766?.labels // ['Công khai, minh bạch', …]
 */
export function chartData(
  model: Supervision,
  fields: Labels,
  names: { revenue: string; expenditure: string },
): ChartData {
  const out: ChartData = {};
  const index = figuresOf(model, 'index766')[0]?.figure;
  if (index) {
    out.index766 = {
      labels: index.components.map((c) => c.label ?? c.key),
      score: index.components.map((c) => point(c.score.value)),
      max: index.components.map((c) => point(c.max.value)),
    };
  }
  const dossier = figuresOf(model, 'dossiers')[0]?.figure;
  if (dossier) {
    const parts = (entries: [string, { value: Decimal } | undefined][]) =>
      entries
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => ({ label: fields[`dossiers.${k}`] ?? k, value: point(v!.value) }));
    const r = dossier.received;
    out.dossiers = {
      received: parts([
        ['received.online', r.online],
        ['received.direct', r.direct],
        ['received.postal', r.postal],
        ['received.directOrPostal', r.directOrPostal],
        ['received.carriedOver', r.carriedOver],
      ]),
      resolved: parts([
        ['resolved.early', dossier.resolved.early],
        ['resolved.onTime', dossier.resolved.onTime],
        ['resolved.late', dossier.resolved.late],
      ]),
      pending: parts([
        ['pending.withinDeadline', dossier.pending?.withinDeadline],
        ['pending.overdue', dossier.pending?.overdue],
      ]),
    };
  }
  const budget = figuresOf(model, 'budget')[0]?.figure;
  if (budget) {
    // Totals and items on separate charts: items are a few per cent of the totals.
    const totals = series();
    const items = series();
    for (const side of ['revenue', 'expenditure'] as const) {
      const s = budget[side];
      if (!s) continue;
      totals.labels.push(names[side]);
      totals.actual.push(point(s.actual.value));
      totals.plan.push(point(s.plan?.value));
      totals.rates.push(s.rate?.written);
      for (const item of s.items) {
        items.labels.push(item.label);
        items.actual.push(point(item.actual.value));
        items.plan.push(point(item.plan?.value));
        items.rates.push(item.rate?.written);
      }
    }
    if (totals.labels.length > 0) out.budget = totals;
    if (items.labels.length > 0) out.budgetItems = items;
  }
  return out;
}
