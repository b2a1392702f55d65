import type { CivilDate } from '../figures/values.js';
import { DEFAULT_FRAMEWORKS, type Frameworks } from '../frameworks/framework.js';
import type { Supervision } from '../supervision/schema.js';
import { RULES } from './catalogue.js';
import { CheckConfig } from './config.js';
import { indexModel } from './model-index.js';
import type { CheckContext, Finding, Rule, Severity } from './types.js';

export interface CheckOptions {
  /** Today, from the caller's clock: the core never reads one. */
  now: Pick<CivilDate, 'year' | 'month' | 'day'>;
  /**
   * The day the notice is judged as of (deadlines passed, "overdue"). Defaults to the notice's
   * own date (its conclusion date, else its plan's, else `now`): a 2024 notice is read as it
   * stood in 2024, not as of the day it is checked. Follow-up views pass today.
   */
  asOf?: Pick<CivilDate, 'year' | 'month' | 'day'> | undefined;
  /** Rules switched off or re-graded, and the accepted rounding conventions (already parsed). */
  config?: CheckConfig | undefined;
  /** A province's frameworks; defaults to the ones diemmac ships. */
  frameworks?: Frameworks | undefined;
  /** A province's own rules, run after the catalogue. */
  extraRules?: readonly Rule[] | undefined;
}

/**
 * Runs every rule of the catalogue (and any extra ones) over a validated supervision.
 * Pure: same supervision, same options, same findings.
 *
 * @example
 * const findings = checkSupervision(model, { now: { year: 2024, month: 11, day: 20 } });
 * findings.filter((f) => f.severity === 'error').map((f) => f.code) // ['dossier.resolved-breakdown', 'dossier.balance']
 */
export function checkSupervision(supervision: Supervision, options: CheckOptions): Finding[] {
  const config = options.config ?? CheckConfig.parse({});
  const context: CheckContext = {
    supervision,
    frameworks: options.frameworks ?? DEFAULT_FRAMEWORKS,
    now: { ...options.now, written: '' },
    asOf: asOfDate(supervision, options),
    conventions: config.conventions,
    index: indexModel(supervision, config.conventions),
  };
  const findings: Finding[] = [];
  for (const rule of [...RULES, ...(options.extraRules ?? [])]) {
    const setting = config.rules[rule.code];
    if (setting === 'off') continue;
    const severity: Severity = setting ?? rule.severity;
    for (const draft of rule.run(context)) {
      findings.push({ code: rule.code, severity, legalBasis: rule.legalBasis, ...draft });
    }
  }
  return findings;
}

/**
 * The day a supervision is judged as of: the caller's `asOf`, else the notice's own date (a
 * draft's blank day stands for its whole month), else its plan's date, else `now`.
 *
 * @example
 * asOfDate(model, { now: { year: 2026, month: 11, day: 27 } }) // the conclusion's date, e.g. 10/11/2024
 */
export function asOfDate(
  supervision: Supervision,
  options: Pick<CheckOptions, 'now' | 'asOf'>,
): { year: number; month: number; day: number | null; written: string } {
  if (options.asOf) return { ...options.asOf, written: '' };
  const own = supervision.documents.conclusion.date ?? supervision.documents.plan?.date;
  if (own) return own;
  return { ...options.now, written: '' };
}

/** Counts of findings by severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
