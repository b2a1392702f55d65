import type { CivilDate } from '../figures/values.js';
import type { Frameworks } from '../frameworks/framework.js';
import type { RoundingMode } from '../numbers/rounding.js';
import type { Supervision } from '../supervision/schema.js';
import type { ModelIndex } from './model-index.js';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Where a value stands in the supervision's data: keys and indices, as zod reports them. */
export type Path = (string | number)[];

export type QuantityUnit = 'count' | 'dong' | 'percent' | 'points';

/** A figure shown in a finding: exact value, unit, and the written form when the notice wrote it. */
export interface Quantity {
  /** Canonical decimal text: "2169", "92.8763". */
  value: string;
  unit: QuantityUnit;
  /** Decimal places to show. */
  scale?: number | undefined;
  /** As the notice wrote it: "92,87". */
  written?: string | undefined;
}

export type Param = string | number | Quantity | string[];

/** A value that would make the figures agree. */
export interface Suggestion {
  path: Path;
  value: Quantity;
  /** What the field is, for the wording: "dossiers.resolved.total". */
  field?: string | undefined;
}

/** One thing the checker found: data, worded later by a message module. */
export interface Finding {
  code: string;
  severity: Severity;
  /** The figures the rule read. The first is where the reader should look. */
  paths: Path[];
  computed?: Quantity | undefined;
  reported?: Quantity | undefined;
  params: Record<string, Param>;
  suggestion?: Suggestion | undefined;
  legalBasis?: string | undefined;
}

/** What a rule returns; the engine adds code and severity. */
export type Draft = Omit<Finding, 'code' | 'severity' | 'legalBasis'>;

/** Everything a rule may read. Built once per check. */
export interface CheckContext {
  supervision: Supervision;
  frameworks: Frameworks;
  /** Today, as the caller's clock says. */
  now: CivilDate;
  /** The day the notice is judged as of: its own date unless the caller asks otherwise. */
  asOf: { year: number; month: number; day: number | null; written: string };
  /** Rounding conventions a reported rate may have been written with. */
  conventions: readonly RoundingMode[];
  /** The model walked once: figure blocks, sections, written values, rates. */
  index: ModelIndex;
}

/** A check: stable code, default severity, what it reads, and a pure function. */
export interface Rule {
  code: string;
  severity: Severity;
  legalBasis?: string | undefined;
  /**
   * The dates of the notice the rule applies to, written dd/mm/yyyy: a rule of legal currency
   * speaks only of notices dated within them ("from 01/7/2025").
   */
  applies?: { from?: string | undefined; until?: string | undefined } | undefined;
  /** The figures it reads, as path patterns for the catalogue. */
  reads: string[];
  run(context: CheckContext): Draft[];
}
