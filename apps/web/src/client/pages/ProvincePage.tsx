import { formatDateShort, formatDecimal, formatInteger, ruleTitle } from '@diemmac/core';
import { SUMMARY_WORDING } from '@diemmac/core/summary';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { type Summary, SummaryRead } from '../../shared/summary.js';
import { ApiFailure, api } from '../api.js';
import { ChartGrid, type ChartSpec, useChartJs } from '../charts/Charts.js';
import { useI18n } from '../i18n/index.js';

// The summary as the API sends it: counts and exact decimals as strings (never floats).

interface Filters {
  year: string;
  body: string;
  status: string;
  asOf: string;
}

// The day is typed the Vietnamese way (30/06/2025), whatever the browser's locale, and sent as
// typed: the API reads dates as the core does. Until a whole day is typed the view stays as of
// today (the query is sent at each keystroke); an impossible day such as 31/02/2025 is refused by
// the server by name.
const WHOLE_DAY = /^\s*(\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2})\s*$/;
const typedDay = (typed: string) => (WHOLE_DAY.test(typed) ? typed.trim() : '');

const query = (f: Filters, extra: Record<string, string> = {}) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, asOf: typedDay(f.asOf), ...extra })) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
};

// Chart coordinates are drawing positions, not figures: the exact value goes in the tooltip.
const plot = (exact: string | undefined) => (exact === undefined ? 0 : Number(exact));

/** "Tổng hợp": the province's view across every stored supervision, with filters, charts and exports. */
export function ProvincePage() {
  const { t, lang } = useI18n();
  const words = SUMMARY_WORDING[lang];
  const [filters, setFilters] = useState<Filters>({ year: '', body: '', status: '', asOf: '' });
  const [summary, setSummary] = useState<Summary>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    api('GET', `/api/summary${query(filters)}`, SummaryRead)
      .then((r) => {
        if (!live) return;
        setSummary(r.summary);
        setError(undefined);
      })
      .catch((e: unknown) => {
        if (live)
          setError(
            e instanceof ApiFailure
              ? e.body.error[lang === 'vi' ? 'message_vi' : 'message_en']
              : t.errors.network,
          );
      });
    return () => {
      live = false;
    };
  }, [filters, lang, t]);
  const set = (key: keyof Filters) => (e: { target: { value: string } }) =>
    setFilters((f) => ({ ...f, [key]: e.target.value }));
  const n = (v: string | number) => formatInteger(String(v), { locale: lang });
  const d = (v: string | undefined, scale?: number) =>
    v === undefined
      ? '—'
      : formatDecimal(v, scale === undefined ? { locale: lang } : { locale: lang, scale });
  // The lowest or highest score of a component, with the commune that has it.
  const extreme = (e: { value: { value: string; scale: number }; commune: string }) => (
    <span>
      {d(e.value.value, e.value.scale)} <small>{e.commune}</small>
    </span>
  );

  return (
    <div className="page province">
      <h1>{t.province.title}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {words.filters.year}
          <select value={filters.year} onChange={set('year')} data-testid="filter-year">
            <option value="">{words.filters.all}</option>
            {summary?.available.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {words.filters.body}
          <select value={filters.body} onChange={set('body')} data-testid="filter-body">
            <option value="">{words.filters.all}</option>
            {summary?.available.bodies.map((b) => (
              <option key={b} value={b}>
                {b}
              </option>
            ))}
          </select>
        </label>
        <label>
          {words.filters.status}
          <select value={filters.status} onChange={set('status')} data-testid="filter-status">
            <option value="">{words.filters.all}</option>
            {(['draft', 'issued', 'closed'] as const).map((s) => (
              <option key={s} value={s}>
                {words.status[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {words.filters.asOf}
          <input
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            value={filters.asOf}
            onChange={set('asOf')}
            data-testid="filter-as-of"
          />
        </label>
        <span className="exports">
          <a
            className="button"
            href={`/api/summary/export.xlsx${query(filters, { lang })}`}
            download
            data-testid="export-xlsx"
          >
            {t.province.xlsx}
          </a>
          <a
            className="button"
            href={`/api/summary/export.csv${query(filters, { lang })}`}
            download
            data-testid="export-csv"
          >
            {t.province.csv}
          </a>
        </span>
      </form>
      {error && <p className="notice error">{error}</p>}
      {!summary ? (
        <p>{t.loading}</p>
      ) : (
        <>
          <p data-testid="province-head">
            {t.province.head(summary.supervisions, summary.communes.length, formatDateShort(summary.asOf))}{' '}
            {words.rounding(summary.rounding.precision, summary.rounding.mode)}
          </p>
          <ProvinceCharts summary={summary} />
          <h2>{words.views.communes}</h2>
          <div className="table-scroll">
            <table className="list-table" data-testid="province-communes">
              <thead>
                <tr>
                  <th>{words.columns.commune}</th>
                  <th>{words.columns.supervisions}</th>
                  <th>{words.columns.errors}</th>
                  <th>{words.columns.warnings}</th>
                  <th>{words.columns.infos}</th>
                  <th>{words.columns.resolved}</th>
                  <th>{words.columns.onTimeRate}</th>
                  <th>{words.columns.index766}</th>
                  <th>{words.columns.open}</th>
                  <th>{words.columns.overdue}</th>
                </tr>
              </thead>
              <tbody>
                {summary.communes.map((c) => (
                  <tr key={c.commune}>
                    <td data-label={words.columns.commune}>{c.commune}</td>
                    <Num label={words.columns.supervisions}>{n(c.supervisions)}</Num>
                    <Num label={words.columns.errors}>{n(c.findings.error)}</Num>
                    <Num label={words.columns.warnings}>{n(c.findings.warning)}</Num>
                    <Num label={words.columns.infos}>{n(c.findings.info)}</Num>
                    <Num label={words.columns.resolved}>{n(c.onTime.resolved)}</Num>
                    <Num label={words.columns.onTimeRate}>{d(c.onTime.rate, summary.rounding.precision)}</Num>
                    <Num label={words.columns.index766}>
                      {c.index766 ? d(c.index766.total.value.value, c.index766.total.value.scale) : '—'}
                    </Num>
                    <Num label={words.columns.open}>{n(c.recommendations.open)}</Num>
                    <Num label={words.columns.overdue}>{n(c.recommendations.overdue)}</Num>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{words.views.rules}</h2>
          <div className="table-scroll">
            <table className="list-table" data-testid="province-rules">
              <thead>
                <tr>
                  <th>{words.columns.rule}</th>
                  <th>{words.columns.severity}</th>
                  <th>{words.columns.findings}</th>
                  <th>{words.columns.supervisions}</th>
                  <th>{words.columns.communes}</th>
                </tr>
              </thead>
              <tbody>
                {summary.rules.map((r) => (
                  <tr key={r.code}>
                    <td data-label={words.columns.rule}>
                      <span>
                        {ruleTitle(r.code, lang)} <code className="muted">{r.code}</code>
                      </span>
                    </td>
                    <td data-label={words.columns.severity}>
                      <span className={`badge ${r.severity}`}>{t.severityShort[r.severity]}</span>
                    </td>
                    <Num label={words.columns.findings}>{n(r.count)}</Num>
                    <Num label={words.columns.supervisions}>{n(r.supervisions)}</Num>
                    <Num label={words.columns.communes}>{n(r.byCommune.length)}</Num>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{words.views.index766}</h2>
          <div className="table-scroll">
            <table className="list-table" data-testid="province-766">
              <thead>
                <tr>
                  <th>{words.columns.component}</th>
                  <th>{words.columns.max}</th>
                  <th>{words.columns.min}</th>
                  <th>{words.columns.median}</th>
                  <th>{words.columns.maxScore}</th>
                </tr>
              </thead>
              <tbody>
                {summary.index766.flatMap((f) =>
                  [
                    { key: 'total', label: words.total, max: undefined, spread: f.total },
                    ...f.components,
                  ].map((c) => (
                    <tr key={`${f.framework}-${c.key}`}>
                      <td data-label={words.columns.component}>{c.label ?? c.key}</td>
                      <Num label={words.columns.max}>{d(c.max)}</Num>
                      <Num label={words.columns.min}>{extreme(c.spread.min)}</Num>
                      <Num label={words.columns.median}>{d(c.spread.median)}</Num>
                      <Num label={words.columns.maxScore}>{extreme(c.spread.max)}</Num>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

/** A cell holding a number: right-aligned, and labelled by its column on a phone (a card per row). */
function Num({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td className="num" data-label={label}>
      {children}
    </td>
  );
}

const COLORS = { error: '#dc2626', warning: '#f59e0b', info: '#3b82f6', rate: '#059669', index: '#1d4ed8' };

/** Findings by severity, on-time rate and the 766 total, commune by commune (chart.js, loaded lazily). */
function ProvinceCharts({ summary }: { summary: Summary }) {
  const { t, lang } = useI18n();
  const lib = useChartJs();
  const words = SUMMARY_WORDING[lang];
  const configs = useMemo(() => {
    const labels = summary.communes.map((c) => c.commune);
    const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
    const exactTooltip = (values: (string | undefined)[], scale?: number) => ({
      callbacks: {
        label: (ctx: { dataIndex: number; dataset: { label?: string } }) =>
          `${ctx.dataset.label ?? ''}: ${
            values[ctx.dataIndex] === undefined
              ? '—'
              : formatDecimal(
                  values[ctx.dataIndex]!,
                  scale === undefined ? { locale: lang } : { locale: lang, scale },
                )
          }`,
      },
    });
    const rates = summary.communes.map((c) => c.onTime.rate);
    const totals = summary.communes.map((c) => c.index766?.total.value.value);
    const list: ChartSpec[] = [
      {
        key: 'findings',
        title: t.province.chartFindings,
        config: {
          type: 'bar',
          data: {
            labels,
            datasets: (['error', 'warning', 'info'] as const).map((s) => ({
              label: t.severityShort[s],
              data: summary.communes.map((c) => c.findings[s]),
              backgroundColor: COLORS[s],
              stack: 'one',
            })),
          },
          options: {
            responsive: true,
            maintainAspectRatio: false,
            // Bars drawn at once: a printed page or a screenshot never catches them half-grown.
            animation: false,
            locale,
            scales: { x: { stacked: true }, y: { stacked: true } },
          },
        },
      },
      {
        key: 'on-time',
        title: t.province.chartOnTime,
        config: {
          type: 'bar',
          data: {
            labels,
            datasets: [
              { label: words.columns.onTimeRate, data: rates.map(plot), backgroundColor: COLORS.rate },
            ],
          },
          options: {
            responsive: true,
            maintainAspectRatio: false,
            // Bars drawn at once: a printed page or a screenshot never catches them half-grown.
            animation: false,
            locale,
            scales: { y: { max: 100 } },
            plugins: { tooltip: exactTooltip(rates, summary.rounding.precision) },
          },
        },
      },
      {
        key: 'index766',
        title: t.province.chart766,
        config: {
          type: 'bar',
          data: {
            labels,
            datasets: [
              { label: words.columns.index766, data: totals.map(plot), backgroundColor: COLORS.index },
            ],
          },
          options: {
            responsive: true,
            maintainAspectRatio: false,
            // Bars drawn at once: a printed page or a screenshot never catches them half-grown.
            animation: false,
            locale,
            scales: { y: { max: 100 } },
            plugins: { tooltip: exactTooltip(totals) },
          },
        },
      },
    ];
    return list;
  }, [summary, lang, t, words]);
  if (summary.communes.length === 0) return <p>{t.province.nothing}</p>;
  if (!lib) return <p>{t.charts.loading}</p>;
  return <ChartGrid lib={lib} charts={configs} className="province-charts" />;
}
