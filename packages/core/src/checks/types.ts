import type { CivilDate } from '../figures/values.js';
import type { Frameworks } from '../frameworks/framework.js';
import type { RoundingMode } from '../numbers/rounding.js';
import type { Draft, Severity } from '../shared/types.js';
import type { Supervision } from '../supervision/schema.js';
import type { ModelIndex } from './model-index.js';

// Re-exported where they always stood, for the rules and for adapters.
export type {
  Draft,
  Finding,
  Param,
  Path,
  Quantity,
  QuantityUnit,
  Severity,
  Suggestion,
} from '../shared/types.js';
export { SEVERITIES } from '../shared/types.js';

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
