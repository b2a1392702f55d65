import {
  type CheckOptions,
  checkSupervision,
  type Finding,
  parseSupervision,
  type SupervisionInput,
  withFrameworks,
} from '../src/index.js';
import { FLAT_OUTLINE } from './builders.js';

export const NOW = { year: 2025, month: 11, day: 15 };

/** Parses (failing loudly: a builder must build valid input) and checks. */
export function check(input: SupervisionInput, options: Partial<CheckOptions> = {}): Finding[] {
  const parsed = parseSupervision(input);
  if (!parsed.ok) throw new Error(`builder produced invalid input: ${JSON.stringify(parsed.issues)}`);
  return checkSupervision(parsed.value, {
    now: NOW,
    frameworks: withFrameworks({ outlines: [FLAT_OUTLINE] }),
    ...options,
  });
}

/** The codes found, in order. */
export const codes = (findings: Finding[]) => findings.map((f) => f.code);
