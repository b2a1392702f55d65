import { figuresOf } from '../checks/walk.js';
import type { DossierBlock, Index766Block } from '../figures/schema.js';
import type { FollowUp } from '../followup/schema.js';
import { openRecommendations } from '../followup/state.js';
import type { Decimal } from '../numbers/decimal.js';
import { exactRate, type RateOptions, roundTo } from '../numbers/rounding.js';
import type { Finding, Severity } from '../shared/types.js';
import type { Supervision } from '../supervision/schema.js';
import { type Sample, type Spread, spreadOf } from './spread.js';
import { type SupervisionStatus, supervisionStatus } from './status.js';

/** One supervision, already read and checked by the caller (findings from any day it chose). */
export interface SummaryItem {
  supervision: Supervision;
  findings: readonly Pick<Finding, 'code' | 'severity'>[];
  followUps?: readonly FollowUp[] | undefined;
}

/** Which supervisions a summary covers; a filter left out keeps them all. */
export interface SummaryFilters {
  year?: number | undefined;
  /** The supervising body's full name, as the notice writes it. */
  body?: string | undefined;
  status?: SupervisionStatus | undefined;
}

export interface SummaryOptions {
  /** The day open and overdue recommendations (and "closed") are judged as of. */
  asOf: { year: number; month: number; day: number };
  filters?: SummaryFilters | undefined;
  /** How the on-time rate is shown; the exact rate is kept beside it. Default 2 places, half up. */
  rounding?: RateOptions | undefined;
}

/** Findings counted by severity. */
export type SeverityCounts = Record<Severity, number>;

/** The on-time rate of a commune's dossiers: every dossier block of its supervisions, pooled. */
export interface OnTime {
  /** Dossiers resolved, in the blocks that say how many were on time. */
  resolved: bigint;
  /** Resolved early or on time (end date on or before the appointment date). */
  onTime: bigint;
  late: bigint;
  /** `onTime ÷ resolved × 100`, unrounded; undefined when nothing was resolved. */
  exact: Decimal | undefined;
  /** The exact rate rounded as the summary's `rounding` says. */
  rate: Decimal | undefined;
  /** Blocks counted. */
  blocks: number;
  /** Blocks left out because they give neither early/on-time nor late counts. */
  notBrokenDown: number;
}

/** A commune's line of the province's view. */
export interface CommuneSummary {
  commune: string;
  supervisions: number;
  findings: SeverityCounts;
  onTime: OnTime;
  /** The 766 total of its latest supervision that reports one (latest year, then latest notice). */
  index766?: { total: Sample; year: number } | undefined;
  recommendations: { open: number; overdue: number };
}

/** How often a rule found something, and where. */
export interface RuleSummary {
  code: string;
  /** The most serious severity the rule was reported with. */
  severity: Severity;
  count: number;
  supervisions: number;
  byCommune: { commune: string; count: number }[];
}

/** One component (or the total) of the 766 index across supervisions. */
export interface ComponentSpread {
  /** The component's key ("ckmb"), or "total". */
  key: string;
  label?: string | undefined;
  /** The highest maximum written for it (the framework's points). */
  max?: Decimal | undefined;
  spread: Spread;
}

/** The 766 index of one framework version ("portal-6", "decision-5") across supervisions. */
export interface Index766Spread {
  framework: string;
  supervisions: number;
  total: Spread;
  components: ComponentSpread[];
}

export interface ProvinceSummary {
  asOf: { year: number; month: number; day: number };
  filters: SummaryFilters;
  rounding: RateOptions;
  /** Supervisions the filters kept. */
  supervisions: number;
  /** What the filters can choose from, among all supervisions given. */
  available: { years: number[]; bodies: string[]; statuses: SupervisionStatus[] };
  findings: SeverityCounts;
  communes: CommuneSummary[];
  rules: RuleSummary[];
  index766: Index766Spread[];
}

const DEFAULT_ROUNDING: RateOptions = { precision: 2, mode: 'half-up' };
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const byVietnamese = (a: string, b: string) => a.localeCompare(b, 'vi');
const communeOf = (s: Supervision) => s.locality.name.normalize('NFC');

/**
 * A province's view of many supervisions: findings by commune and by rule, the spread of the
 * 766 index, the on-time rate of dossiers and the open recommendations of each commune, as of
 * a day. Pure: the caller reads and checks the supervisions; every figure stays exact.
 *
 * @example
 * const s = summarise(items, { asOf: { year: 2025, month: 12, day: 31 }, filters: { year: 2025 } });
 * s.communes.map((c) => [c.commune, c.onTime.rate?.toFixed(2)]) // [['Điềm Mặc', '99.37'], …]
 */
export function summarise(items: readonly SummaryItem[], options: SummaryOptions): ProvinceSummary {
  const filters = options.filters ?? {};
  const rounding = options.rounding ?? DEFAULT_ROUNDING;
  const years = new Set<number>();
  const bodies = new Set<string>();
  const statuses = new Set<SupervisionStatus>();
  const kept: SummaryItem[] = [];
  for (const item of items) {
    const { supervision } = item;
    const status = supervisionStatus(supervision, item.followUps, options.asOf);
    years.add(supervision.year);
    bodies.add(supervision.body.name);
    statuses.add(status);
    if (filters.year !== undefined && supervision.year !== filters.year) continue;
    if (filters.body !== undefined && supervision.body.name !== filters.body) continue;
    if (filters.status !== undefined && status !== filters.status) continue;
    kept.push(item);
  }

  const communes = new Map<string, CommuneSummary & { latest?: Latest }>();
  const commune = (name: string) => {
    let c = communes.get(name);
    if (!c) {
      c = {
        commune: name,
        supervisions: 0,
        findings: { error: 0, warning: 0, info: 0 },
        onTime: emptyOnTime(),
        recommendations: { open: 0, overdue: 0 },
      };
      communes.set(name, c);
    }
    return c;
  };
  const findings: SeverityCounts = { error: 0, warning: 0, info: 0 };
  const rules = new Map<
    string,
    { severity: Severity; count: number; supervisions: Set<string>; byCommune: Map<string, number> }
  >();
  const index766 = new Map<
    string,
    {
      supervisions: number;
      total: Sample[];
      components: Map<string, { label?: string; max?: Decimal; samples: Sample[] }>;
    }
  >();

  for (const { supervision, findings: found } of kept) {
    const name = communeOf(supervision);
    const c = commune(name);
    c.supervisions++;
    for (const f of found) {
      findings[f.severity]++;
      c.findings[f.severity]++;
      let rule = rules.get(f.code);
      if (!rule) {
        rule = { severity: f.severity, count: 0, supervisions: new Set(), byCommune: new Map() };
        rules.set(f.code, rule);
      }
      if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[rule.severity]) rule.severity = f.severity;
      rule.count++;
      rule.supervisions.add(supervision.id);
      rule.byCommune.set(name, (rule.byCommune.get(name) ?? 0) + 1);
    }
    for (const { figure } of figuresOf(supervision, 'dossiers')) addDossiers(c.onTime, figure);
    // A score cannot be added up: one 766 block per supervision, the first the notice gives.
    const block = figuresOf(supervision, 'index766')[0]?.figure;
    if (block) {
      addIndex766(index766, block, supervision.id, name);
      const latest = { year: supervision.year, date: noticeDay(supervision) };
      if (!c.latest || later(latest, c.latest)) {
        c.latest = latest;
        c.index766 = {
          total: { value: block.total, supervision: supervision.id, commune: name },
          year: supervision.year,
        };
      }
    }
  }

  for (const rec of openRecommendations(kept, { asOf: options.asOf })) {
    const c = commune(rec.supervision.commune.normalize('NFC'));
    c.recommendations.open++;
    if (rec.overdue) c.recommendations.overdue++;
  }

  return {
    asOf: options.asOf,
    filters,
    rounding,
    supervisions: kept.length,
    available: {
      years: [...years].sort((a, b) => b - a),
      bodies: [...bodies].sort(byVietnamese),
      statuses: [...statuses].sort(),
    },
    findings,
    communes: [...communes.values()]
      .sort((a, b) => byVietnamese(a.commune, b.commune))
      .map(({ latest: _, ...c }) => ({ ...c, onTime: rated(c.onTime, rounding) })),
    rules: [...rules.entries()]
      .map(([code, r]) => ({
        code,
        severity: r.severity,
        count: r.count,
        supervisions: r.supervisions.size,
        byCommune: [...r.byCommune.entries()]
          .map(([name, count]) => ({ commune: name, count }))
          .sort((a, b) => byVietnamese(a.commune, b.commune)),
      }))
      // Most serious first, then most frequent: the rules a province should look at.
      .sort(
        (a, b) =>
          SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
          b.count - a.count ||
          a.code.localeCompare(b.code),
      ),
    index766: [...index766.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([framework, f]) => ({
        framework,
        supervisions: f.supervisions,
        total: spreadOf(f.total)!,
        components: [...f.components.entries()].map(([key, comp]) => ({
          key,
          label: comp.label,
          max: comp.max,
          spread: spreadOf(comp.samples)!,
        })),
      })),
  };
}

interface Latest {
  year: number;
  date: number;
}

const noticeDay = (s: Supervision) => {
  const d = s.documents.conclusion.date;
  return d.year * 10000 + d.month * 100 + (d.day ?? 0);
};
const later = (a: Latest, b: Latest) => a.year > b.year || (a.year === b.year && a.date > b.date);

const count = (v: { value: Decimal } | undefined): bigint => (v ? BigInt(v.value.toFixed(0)) : 0n);

function emptyOnTime(): OnTime {
  return {
    resolved: 0n,
    onTime: 0n,
    late: 0n,
    exact: undefined,
    rate: undefined,
    blocks: 0,
    notBrokenDown: 0,
  };
}

/**
 * On time means resolved early or on the appointment day (Biểu II.06a); a block that gives only
 * the late count has the rest on time; one that gives neither cannot be counted.
 */
function addDossiers(into: OnTime, block: DossierBlock): void {
  const { total, early, onTime, late } = block.resolved;
  const resolved = count(total);
  let good: bigint;
  if (early !== undefined || onTime !== undefined) good = count(early) + count(onTime);
  else if (late !== undefined) good = resolved - count(late);
  else {
    into.notBrokenDown++;
    return;
  }
  into.resolved += resolved;
  into.onTime += good;
  into.late += late !== undefined ? count(late) : resolved - good;
  into.blocks++;
}

function rated(onTime: OnTime, rounding: RateOptions): OnTime {
  const exact = exactRate(onTime.onTime, onTime.resolved);
  return { ...onTime, exact, rate: exact && roundTo(exact, rounding.precision, rounding.mode) };
}

function addIndex766(
  into: Map<
    string,
    {
      supervisions: number;
      total: Sample[];
      components: Map<string, { label?: string; max?: Decimal; samples: Sample[] }>;
    }
  >,
  block: Index766Block,
  supervision: string,
  commune: string,
): void {
  let f = into.get(block.framework);
  if (!f) {
    f = { supervisions: 0, total: [], components: new Map() };
    into.set(block.framework, f);
  }
  f.supervisions++;
  f.total.push({ value: block.total, supervision, commune });
  for (const component of block.components) {
    let comp = f.components.get(component.key);
    if (!comp) {
      comp = { samples: [] };
      f.components.set(component.key, comp);
    }
    if (comp.label === undefined && component.label !== undefined) comp.label = component.label;
    if (comp.max === undefined || component.max.value.greaterThan(comp.max)) comp.max = component.max.value;
    comp.samples.push({ value: component.score, supervision, commune });
  }
}
