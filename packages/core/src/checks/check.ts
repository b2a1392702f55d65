import { TextReadings } from '../citations/readings.js';
import type { CivilDate } from '../figures/values.js';
import { DEFAULT_FRAMEWORKS, type Frameworks } from '../frameworks/framework.js';
import { ROUNDING_MODES } from '../numbers/rounding.js';
import type { Supervision } from '../supervision/schema.js';
import { RULES } from './catalogue.js';
import type { CheckConfig } from './config.js';
import { indexModel } from './model-index.js';
import type { CheckContext, Draft, Finding, Rule, Severity } from './types.js';

/** What a checker is made for: everything but the supervision and the day. */
export interface CheckerOptions {
  /** Rules switched off or re-graded, and the accepted rounding conventions (already parsed). */
  config?: CheckConfig | undefined;
  /** A province's frameworks; defaults to the ones diemmac ships. */
  frameworks?: Frameworks | undefined;
  /** A province's own rules, run after the catalogue. */
  extraRules?: readonly Rule[] | undefined;
}

/** The day of one check. */
export interface CheckDay {
  /** Today, from the caller's clock: the core never reads one. */
  now: Pick<CivilDate, 'year' | 'month' | 'day'>;
  /**
   * The day the notice is judged as of (deadlines passed, "overdue"). Defaults to the notice's
   * own date (its conclusion date, else its plan's, else `now`): a 2024 notice is read as it
   * stood in 2024, not as of the day it is checked. Follow-up views pass today.
   */
  asOf?: Pick<CivilDate, 'year' | 'month' | 'day'> | undefined;
}

export interface CheckOptions extends CheckerOptions, CheckDay {}

/** A rule set compiled once, to check many supervisions. */
export interface Checker {
  /** The findings of one supervision: the same as `checkSupervision` with the checker's options. */
  check(supervision: Supervision, day: CheckDay): Finding[];
}

// What `CheckConfig.parse({})` gives (a test says so), written out: parsing it at load made zod
// build the schema's parser before any check asked for it.
export const DEFAULT_CONFIG: CheckConfig = { rules: {}, conventions: [...ROUNDING_MODES] };

/**
 * Compiles the rule set once (rules switched off dropped, severities settled) and keeps, for its
 * whole life, the readings of the texts it meets (`TextReadings`): a province's legal bases, cited
 * in every supervision, are read once. What is kept is a pure function of each text, so a
 * checker's findings never depend on what it checked before.
 *
 * @example
 * const checker = createChecker({ frameworks });
 * const all = supervisions.map((s) => checker.check(s, { now: { year: 2024, month: 11, day: 20 } }));
 */
export function createChecker(options: CheckerOptions = {}): Checker {
  const config = options.config ?? DEFAULT_CONFIG;
  const frameworks = options.frameworks ?? DEFAULT_FRAMEWORKS;
  const compiled: { rule: Rule; severity: Severity; legalBasis: string | undefined }[] = [];
  for (const rule of [...RULES, ...(options.extraRules ?? [])]) {
    const setting = config.rules[rule.code];
    if (setting === 'off') continue;
    compiled.push({ rule, severity: setting ?? rule.severity, legalBasis: rule.legalBasis });
  }
  const readings = new TextReadings();
  return {
    check(supervision, day) {
      readings.beginCheck();
      const context: CheckContext = {
        supervision,
        frameworks,
        now: { ...day.now, written: '' },
        asOf: asOfDate(supervision, day),
        conventions: config.conventions,
        index: indexModel(supervision, config.conventions, readings),
      };
      const findings: Finding[] = [];
      for (const { rule, severity, legalBasis } of compiled) {
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
        for (const draft of drafts) findings.push({ code: rule.code, severity, legalBasis, ...draft });
      }
      return findings;
    },
  };
}

/**
 * The checkers `checkSupervision` uses when no extra rules are given, one per frameworks object
 * and config object. Keyed weakly on both, which are parsed data a caller does not edit in place
 * (a CLI run parses its config once, a server its frameworks once); what a checker keeps never
 * changes a finding (see `createChecker`), so sharing one only saves reading the same texts again.
 */
const SHARED = new WeakMap<Frameworks, WeakMap<CheckConfig, Checker>>();

/**
 * Runs every rule of the catalogue (and any extra ones) over a validated supervision.
 * Pure: same supervision, same options, same findings. To check many supervisions with one
 * config, `createChecker` compiles the rules once.
 *
 * @example
 * const findings = checkSupervision(model, { now: { year: 2024, month: 11, day: 20 } });
 * findings.filter((f) => f.severity === 'error').map((f) => f.code) // ['dossier.resolved-breakdown', 'dossier.balance']
 */
export function checkSupervision(supervision: Supervision, options: CheckOptions): Finding[] {
  if (options.extraRules !== undefined) return createChecker(options).check(supervision, options);
  const frameworks = options.frameworks ?? DEFAULT_FRAMEWORKS;
  const config = options.config ?? DEFAULT_CONFIG;
  let byConfig = SHARED.get(frameworks);
  if (!byConfig) {
    byConfig = new WeakMap();
    SHARED.set(frameworks, byConfig);
  }
  let checker = byConfig.get(config);
  if (!checker) {
    checker = createChecker({ frameworks, config });
    byConfig.set(config, checker);
  }
  return checker.check(supervision, options);
}

/** The code of the finding that says a rule broke while running; the other rules still ran. */
export const RULE_FAILED = 'pack.rule-failed';

/**
 * The day a supervision is judged as of: the caller's `asOf`, else the notice's own date (a
 * draft's blank day stands for its whole month), else its plan's date, else `now`.
 *
 * @example
 * asOfDate(model, { now: { year: 2026, month: 11, day: 27 } }) // the conclusion's date, e.g. 10/11/2024
 */
export function asOfDate(
  supervision: Supervision,
  options: CheckDay,
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
