import type { CivilDate } from '../figures/values.js';
import { DEFAULT_FRAMEWORKS, type Frameworks } from '../frameworks/framework.js';
import type { Supervision } from '../supervision/schema.js';
import { RULES } from './catalogue.js';
import { CheckConfig } from './config.js';
import { indexModel } from './model-index.js';
import type { CheckContext, Draft, Finding, Rule, Severity } from './types.js';

export interface CheckOptions {
  /** Today, from the caller's clock: the core never reads one. */
  now: Pick<CivilDate, 'year' | 'month' | 'day'>;
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
    conventions: config.conventions,
    index: indexModel(supervision, config.conventions),
  };
  const findings: Finding[] = [];
  for (const rule of [...RULES, ...(options.extraRules ?? [])]) {
    const setting = config.rules[rule.code];
    if (setting === 'off') continue;
    const severity: Severity = setting ?? rule.severity;
    let drafts: Draft[];
    try {
      drafts = rule.run(context);
    } catch (e) {
      // A province's rule (or ours) that breaks is one finding, and the other rules still run.
      const reason = e instanceof Error ? e.message : String(e);
      findings.push({
        code: RULE_FAILED,
        severity: 'warning',
        paths: [],
        params: { rule: rule.code, reason },
      });
      continue;
    }
    for (const draft of drafts) {
      findings.push({ code: rule.code, severity, legalBasis: rule.legalBasis, ...draft });
    }
  }
  return findings;
}

/** The code of the finding that says a rule broke while running; the other rules still ran. */
export const RULE_FAILED = 'pack.rule-failed';

/** Counts of findings by severity. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
