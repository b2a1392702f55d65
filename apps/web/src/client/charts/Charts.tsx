import { formatDecimal, formatInteger, formatMoney, type Supervision } from '@diemmac/core';
import type { Chart, ChartConfiguration } from 'chart.js';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/index.js';
import { type BudgetSeries, chartData, type Point } from './data.js';

export type ChartModule = typeof import('chart.js');

/** chart.js, loaded on first use (the province view draws its charts with it too). */
export function useChartJs(): ChartModule | undefined {
  const [mod, setMod] = useState<ChartModule>();
  useEffect(() => {
    let live = true;
    void import('chart.js').then((m) => {
      m.Chart.register(m.BarController, m.BarElement, m.CategoryScale, m.LinearScale, m.Tooltip, m.Legend);
      if (live) setMod(m);
    });
    return () => {
      live = false;
    };
  }, []);
  return mod;
}

export function Canvas({
  lib,
  config,
  label,
}: {
  lib: ChartModule;
  config: ChartConfiguration<'bar'>;
  label: string;
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart: Chart<'bar'> = new lib.Chart(ref.current, config);
    return () => chart.destroy();
  }, [lib, config]);
  return (
    <div className="chart-box">
      <canvas ref={ref} role="img" aria-label={label} />
    </div>
  );
}

/** A chart with its key (for tests) and its title (caption and accessible name). */
export interface ChartSpec {
  key: string;
  title: string;
  config: ChartConfiguration<'bar'>;
}

/** Charts side by side, each captioned by its title. */
export function ChartGrid({
  lib,
  charts,
  className,
}: {
  lib: ChartModule;
  charts: ChartSpec[];
  className?: string;
}) {
  return (
    <div className={className ? `charts ${className}` : 'charts'}>
      {charts.map((c) => (
        <figure key={c.key} data-chart={c.key}>
          <figcaption>{c.title}</figcaption>
          <Canvas lib={lib} config={c.config} label={c.title} />
        </figure>
      ))}
    </div>
  );
}

const COLORS = ['#1d4ed8', '#93c5fd', '#059669', '#f59e0b', '#dc2626', '#7c3aed'];
// One colour per part of the dossier breakdown: channels in blues, resolved in greens to
// red for late, pending in amber to red for overdue.
const DOSSIER_COLORS = [
  ['#1e40af', '#3b82f6', '#93c5fd', '#bfdbfe', '#64748b'],
  ['#047857', '#34d399', '#dc2626'],
  ['#f59e0b', '#7f1d1d'],
];

/**
 * The charts of a supervision (chart.js, loaded only when this view opens): 766 components
 * against their maxima, the dossier breakdown, budget execution against plan.
 */
export default function Charts({ model }: { model: Supervision | undefined }) {
  const { t, lang } = useI18n();
  const lib = useChartJs();
  const data = useMemo(
    () =>
      model
        ? chartData(model, t.fields, {
            revenue: t.fields['budget.revenue']!,
            expenditure: t.fields['budget.expenditure']!,
          })
        : undefined,
    [model, t],
  );
  const configs = useMemo(() => {
    if (!data) return [];
    const list: ChartSpec[] = [];
    const exact = (points: Point[]) => (i: number) => points[i]?.exact ?? '0';
    // Axis ticks are positions chosen by chart.js, not figures: its locale option prints them
    // with Vietnamese separators. Figures themselves go through the core's formatters.
    const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
    if (data.index766) {
      const { labels, score, max } = data.index766;
      list.push({
        key: 'index766',
        title: t.charts.index766,
        config: {
          type: 'bar',
          data: {
            labels,
            datasets: [
              { label: t.charts.score, data: score.map((p) => p.plot), backgroundColor: COLORS[0] },
              { label: t.charts.max, data: max.map((p) => p.plot), backgroundColor: COLORS[1] },
            ],
          },
          options: {
            responsive: true,
            maintainAspectRatio: false,
            locale,
            plugins: {
              tooltip: {
                callbacks: {
                  label: (ctx) =>
                    `${ctx.dataset.label}: ${formatDecimal(exact(ctx.datasetIndex === 0 ? score : max)(ctx.dataIndex), { locale: lang })}`,
                },
              },
            },
          },
        },
      });
    }
    if (data.dossiers) {
      const groups = [
        { name: t.charts.received, parts: data.dossiers.received },
        { name: t.charts.resolved, parts: data.dossiers.resolved },
        { name: t.charts.pending, parts: data.dossiers.pending },
      ];
      const datasets = groups.flatMap((g, gi) =>
        g.parts.map((p, pi) => ({
          label: `${g.name}: ${p.label}`,
          data: groups.map((_, i) => (i === gi ? p.value.plot : 0)),
          exact: p.value.exact,
          backgroundColor: DOSSIER_COLORS[gi]?.[pi] ?? '#94a3b8',
          stack: 'one',
        })),
      );
      list.push({
        key: 'dossiers',
        title: t.charts.dossiers,
        config: {
          type: 'bar',
          data: { labels: groups.map((g) => g.name), datasets },
          options: {
            indexAxis: 'y',
            responsive: true,
            maintainAspectRatio: false,
            locale,
            scales: { x: { stacked: true }, y: { stacked: true } },
            plugins: {
              tooltip: {
                filter: (item) => item.raw !== 0,
                callbacks: {
                  label: (ctx) =>
                    `${ctx.dataset.label}: ${formatInteger((ctx.dataset as unknown as { exact: string }).exact, { locale: lang })}`,
                },
              },
            },
          },
        },
      });
    }
    const budgetChart = (key: string, title: string, b: BudgetSeries) => {
      const { labels, actual, plan, rates } = b;
      list.push({
        key,
        title,
        config: {
          type: 'bar',
          data: {
            labels,
            datasets: [
              { label: t.charts.actual, data: actual.map((p) => p.plot), backgroundColor: COLORS[2] },
              { label: t.charts.plan, data: plan.map((p) => p.plot), backgroundColor: COLORS[1] },
            ],
          },
          options: {
            indexAxis: 'y',
            responsive: true,
            maintainAspectRatio: false,
            locale,
            plugins: {
              tooltip: {
                callbacks: {
                  label: (ctx) =>
                    `${ctx.dataset.label}: ${formatMoney(exact(ctx.datasetIndex === 0 ? actual : plan)(ctx.dataIndex), { locale: lang })}`,
                  afterBody: (items) => {
                    const rate = rates[items[0]?.dataIndex ?? -1];
                    return rate ? `${t.charts.rateWritten}: ${rate}%` : '';
                  },
                },
              },
            },
          },
        },
      });
    };
    if (data.budget) budgetChart('budget', t.charts.budget, data.budget);
    if (data.budgetItems) budgetChart('budget-items', t.charts.budgetItems, data.budgetItems);
    return list;
  }, [data, t, lang]);

  if (!model) return <p>{t.fixFieldsFirst}</p>;
  if (configs.length === 0) return <p>{t.charts.nothing}</p>;
  if (!lib) return <p>{t.charts.loading}</p>;
  return <ChartGrid lib={lib} charts={configs} />;
}
