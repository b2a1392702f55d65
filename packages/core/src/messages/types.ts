import type { FindingCode } from '../checks/catalogue.js';
import type { Finding, Param, Quantity, Severity } from '../checks/types.js';
import type { FormatLocale } from '../format/locale.js';
import type { InputIssue, InputIssueCode } from '../parse/issues.js';

export type Lang = FormatLocale;

/** Helpers a message receives to show figures in its language. */
export interface Show {
  q(quantity: Quantity | undefined): string;
  param(value: Param | undefined): string;
  path(path: readonly (string | number)[]): string;
}

export interface RuleWording {
  /** What the rule checks, for the catalogue and `explain`. */
  title: string;
  /** The sentence for one finding. */
  text(finding: Finding, show: Show): string;
}

/** Every user-facing sentence of the core in one language. */
export interface MessageCatalog {
  lang: Lang;
  severity: Record<Severity, string>;
  findings: Record<FindingCode, RuleWording>;
  /** Findings the engine itself raises (a rule that broke while running). */
  engine: Record<string, RuleWording>;
  issues: Record<InputIssueCode, (issue: InputIssue, show: Show) => string>;
  suggestion(finding: Finding, show: Show): string;
  /** "expected …, received …" */
  expectedReceived(expected: string | undefined, received: string | undefined): string;
  unknownRule(code: string): string;
}
