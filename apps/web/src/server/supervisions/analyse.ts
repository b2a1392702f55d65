import {
  checkSupervision,
  countBySeverity,
  type Finding,
  formatFinding,
  type InputIssue,
  parseSupervision,
  type ResolvedPack,
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
  /** The pack the checks ran under, recorded with the version's summary and shown with it. */
  pack: { id: string; version: string };
}

/**
 * Reads a stored or submitted input document and checks it as of `today` under a pack: its
 * outlines, catalogue and rules, and its wording of the findings.
 *
 * @example
 * const r = analyse(JSON.parse(row.document), today, (await deps.packs.inUse()).resolved);
 * if (r.ok) r.analysis.counts // { error: 2, warning: 3, info: 1 }
 */
export function analyse(
  input: unknown,
  today: Day,
  pack: ResolvedPack,
): { ok: true; analysis: Analysis } | { ok: false; issues: InputIssue[] } {
  const parsed = parseSupervision(input);
  if (!parsed.ok) return parsed;
  const findings = checkSupervision(parsed.value, { now: today, ...pack.checkOptions }).map((f) => ({
    ...f,
    message_vi: formatFinding(f, 'vi', pack.wording),
    message_en: formatFinding(f, 'en', pack.wording),
  }));
  return {
    ok: true,
    analysis: {
      model: parsed.value,
      findings,
      counts: countBySeverity(findings),
      pack: { id: pack.pack.id, version: pack.pack.version },
    },
  };
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
