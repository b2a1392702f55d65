import {
  checkSupervision,
  countBySeverity,
  type Finding,
  formatFinding,
  type InputIssue,
  parseSupervision,
  type Severity,
  type Supervision,
} from '@diemmac/core';
import type { Day } from './today.js';

/** A finding as the API sends it: the core's data plus its wording in both languages. */
export type WordedFinding = Finding & { message_vi: string; message_en: string };

export interface Analysis {
  model: Supervision;
  findings: WordedFinding[];
  counts: Record<Severity, number>;
}

/**
 * Reads a stored or submitted input document and checks it as of `today`.
 *
 * @example
 * const r = analyse(JSON.parse(row.document), today);
 * if (r.ok) r.analysis.counts // { error: 2, warning: 3, info: 1 }
 */
export function analyse(
  input: unknown,
  today: Day,
): { ok: true; analysis: Analysis } | { ok: false; issues: InputIssue[] } {
  const parsed = parseSupervision(input);
  if (!parsed.ok) return parsed;
  const findings = checkSupervision(parsed.value, { now: today }).map((f) => ({
    ...f,
    message_vi: formatFinding(f, 'vi'),
    message_en: formatFinding(f, 'en'),
  }));
  return { ok: true, analysis: { model: parsed.value, findings, counts: countBySeverity(findings) } };
}

/** A small least-recently-used map: parsed models and findings per (id, version, day). */
export class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly size: number) {}

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value as string);
  }
}
