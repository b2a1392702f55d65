import {
  createInspector,
  type Finding,
  type InputIssue,
  type Inspector,
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

// One inspector (the core's pipeline, its rule set compiled) per pack, for as long as the
// resolved pack lives: the registry keeps it until an administrator changes packs.
const inspectors = new WeakMap<ResolvedPack, Inspector>();

function inspectorOf(pack: ResolvedPack): Inspector {
  let inspector = inspectors.get(pack);
  if (!inspector) {
    inspector = createInspector({ pack, langs: ['vi', 'en'] });
    inspectors.set(pack, inspector);
  }
  return inspector;
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
  const r = inspectorOf(pack).data(input, { now: today });
  if (!r.ok)
    return {
      ok: false,
      issues: r.stage === 'schema' ? r.issues.map(({ words, at, ...issue }) => issue) : [],
    };
  const findings = r.findings.map(({ words, at, suggestionAt, ...finding }) => ({
    ...finding,
    message_vi: words.vi?.sentence ?? finding.code,
    message_en: words.en?.sentence ?? finding.code,
  }));
  return {
    ok: true,
    analysis: {
      model: r.supervision,
      findings,
      counts: r.counts,
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
