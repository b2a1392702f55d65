import { type Lang, ruleTitle, severityLabel } from '@diemmac/core';
import {
  type ComponentSpread,
  type ProvinceSummary,
  type Sample,
  type Spread,
  SUMMARY_WORDING,
} from '@diemmac/core/summary';
import type { Table } from './table.js';

/** A figure as written, as a decimal literal keeping its written decimals ("90,50" → "90.50"). */
const written = (sample: Sample) => sample.value.value.toFixed(sample.value.scale);

/**
 * A province's summary as tables, one per view: by commune, by rule, the 766 index's spread,
 * open recommendations per commune. Headings in the reader's language; the figures exact (the
 * on-time rate at the summary's declared scale, the 766 scores as each notice wrote them).
 *
 * @example
 * const bytes = await toXlsx(summaryTables(summarise(items, { asOf }), 'vi'));
 */
export function summaryTables(summary: ProvinceSummary, lang: Lang = 'vi'): Table[] {
  return [
    communeTable(summary, lang),
    ruleTable(summary, lang),
    index766Table(summary, lang),
    recommendationTable(summary, lang),
  ];
}

/** Findings, dossiers on time and the latest 766 total of each commune. */
export function communeTable(summary: ProvinceSummary, lang: Lang = 'vi'): Table {
  const w = SUMMARY_WORDING[lang].columns;
  return {
    name: SUMMARY_WORDING[lang].views.communes,
    columns: [
      { key: 'commune', header: w.commune, kind: 'text', width: 22 },
      { key: 'supervisions', header: w.supervisions, kind: 'integer' },
      { key: 'error', header: w.errors, kind: 'integer' },
      { key: 'warning', header: w.warnings, kind: 'integer' },
      { key: 'info', header: w.infos, kind: 'integer' },
      { key: 'resolved', header: w.resolved, kind: 'integer' },
      { key: 'onTime', header: w.onTime, kind: 'integer' },
      { key: 'late', header: w.late, kind: 'integer' },
      { key: 'rate', header: w.onTimeRate, kind: 'percent', scale: summary.rounding.precision },
      { key: 'index766', header: w.index766, kind: 'decimal' },
      // Text, not a count: a year is never grouped by thousands.
      { key: 'index766Year', header: w.index766Year, kind: 'text' },
    ],
    rows: summary.communes.map((c) => ({
      commune: c.commune,
      supervisions: c.supervisions,
      error: c.findings.error,
      warning: c.findings.warning,
      info: c.findings.info,
      resolved: c.onTime.resolved,
      onTime: c.onTime.onTime,
      late: c.onTime.late,
      rate: c.onTime.rate,
      index766: c.index766 && written(c.index766.total),
      index766Year: c.index766 && String(c.index766.year),
    })),
  };
}

/** How often each rule found something: in how many supervisions and communes. */
export function ruleTable(summary: ProvinceSummary, lang: Lang = 'vi'): Table {
  const w = SUMMARY_WORDING[lang].columns;
  return {
    name: SUMMARY_WORDING[lang].views.rules,
    columns: [
      { key: 'code', header: w.code, kind: 'text', width: 26 },
      { key: 'rule', header: w.rule, kind: 'text', width: 60 },
      { key: 'severity', header: w.severity, kind: 'text' },
      { key: 'count', header: w.findings, kind: 'integer' },
      { key: 'supervisions', header: w.supervisions, kind: 'integer' },
      { key: 'communes', header: w.communes, kind: 'integer' },
    ],
    rows: summary.rules.map((r) => ({
      code: r.code,
      rule: ruleTitle(r.code, lang),
      severity: severityLabel(r.severity, lang),
      count: r.count,
      supervisions: r.supervisions,
      communes: r.byCommune.length,
    })),
  };
}

/** The 766 index's total and components: lowest and highest as written, and the median. */
export function index766Table(summary: ProvinceSummary, lang: Lang = 'vi'): Table {
  const words = SUMMARY_WORDING[lang];
  const w = words.columns;
  const row = (framework: string, component: string, max: ComponentSpread['max'], spread: Spread) => ({
    framework,
    component,
    max,
    count: spread.count,
    min: written(spread.min),
    minAt: spread.min.commune,
    median: spread.median,
    max_: written(spread.max),
    maxAt: spread.max.commune,
  });
  return {
    name: words.views.index766,
    columns: [
      { key: 'framework', header: w.framework, kind: 'text' },
      { key: 'component', header: w.component, kind: 'text', width: 30 },
      { key: 'max', header: w.max, kind: 'decimal' },
      { key: 'count', header: w.count, kind: 'integer' },
      { key: 'min', header: w.min, kind: 'decimal' },
      { key: 'minAt', header: w.minAt, kind: 'text', width: 20 },
      { key: 'median', header: w.median, kind: 'decimal' },
      { key: 'max_', header: w.maxScore, kind: 'decimal' },
      { key: 'maxAt', header: w.maxAt, kind: 'text', width: 20 },
    ],
    rows: summary.index766.flatMap((f) => [
      row(f.framework, words.total, undefined, f.total),
      ...f.components.map((c) => row(f.framework, c.label ?? c.key, c.max, c.spread)),
    ]),
  };
}

/** Recommendations not yet done, and how many of them are past their deadline, per commune. */
export function recommendationTable(summary: ProvinceSummary, lang: Lang = 'vi'): Table {
  const w = SUMMARY_WORDING[lang].columns;
  return {
    name: SUMMARY_WORDING[lang].views.recommendations,
    columns: [
      { key: 'commune', header: w.commune, kind: 'text', width: 22 },
      { key: 'open', header: w.open, kind: 'integer' },
      { key: 'overdue', header: w.overdue, kind: 'integer' },
    ],
    rows: summary.communes.map((c) => ({ commune: c.commune, ...c.recommendations })),
  };
}
