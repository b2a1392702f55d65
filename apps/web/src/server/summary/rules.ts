import { type Finding, SEVERITIES, type Severity } from '@diemmac/core';
import * as z from 'zod';

/** How many findings one rule gave, at one severity: a row of the stored `findings_rules`. */
export type RuleCount = [code: string, severity: Severity, count: number];

const Stored = z.array(z.tuple([z.string().min(1), z.enum(SEVERITIES), z.number().int().min(1)]));

/**
 * A version's findings counted by rule and severity, in code order (the same findings always
 * store the same text).
 *
 * @example
 * countByRule(findings) // [['dossier.balance', 'error', 1], ['name.variant', 'warning', 4]]
 */
export function countByRule(findings: readonly Pick<Finding, 'code' | 'severity'>[]): RuleCount[] {
  const counts = new Map<string, RuleCount>();
  for (const f of findings) {
    const key = `${f.code}\u0000${f.severity}`;
    const row = counts.get(key);
    if (row) row[2]++;
    else counts.set(key, [f.code, f.severity, 1]);
  }
  return [...counts.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
}

/** The stored text of a version's counts by rule. */
export const encodeRules = (rows: readonly RuleCount[]): string => JSON.stringify(rows);

/** The stored counts by rule, or undefined when none were stored (or the text is not ours). */
export function decodeRules(text: string | null): RuleCount[] | undefined {
  if (text === null) return undefined;
  try {
    const r = Stored.safeParse(JSON.parse(text));
    return r.success ? (r.data as RuleCount[]) : undefined;
  } catch {
    return undefined;
  }
}

/** The findings a summary counts, rebuilt from the stored counts (only code and severity matter). */
export function findingsOf(rows: readonly RuleCount[]): { code: string; severity: Severity }[] {
  return rows.flatMap(([code, severity, count]) => Array.from({ length: count }, () => ({ code, severity })));
}
