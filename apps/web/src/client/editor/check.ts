import {
  createInspector,
  type Finding,
  type InputIssue,
  type Inspector,
  type ResolvedPack,
  resolvePack,
  type Supervision,
} from '@diemmac/core';
import type { Day } from '../api.js';
import { pathKey } from './doc.js';

/** What the core says about the document being edited. */
export interface CheckResult {
  model: Supervision | undefined;
  issues: InputIssue[];
  findings: Finding[];
  issuesAt: Map<string, InputIssue[]>;
  findingsAt: Map<string, Finding[]>;
}

function index<T>(items: T[], paths: (item: T) => (string | number)[][]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const p of paths(item)) {
      const key = pathKey(p);
      const list = map.get(key);
      if (list) {
        if (!list.includes(item)) list.push(item);
      } else map.set(key, [item]);
    }
  }
  return map;
}

// The core's pipeline per pack, its rule set compiled once rather than at every keystroke.
// The findings are worded where they are shown, in the reader's language.
const inspectors = new WeakMap<ResolvedPack, Inspector>();
let defaultInspector: Inspector | undefined;

function inspectorOf(pack: ResolvedPack | undefined): Inspector {
  if (!pack) {
    defaultInspector ??= createInspector({ pack: resolvePack(), langs: [] });
    return defaultInspector;
  }
  let inspector = inspectors.get(pack);
  if (!inspector) {
    inspector = createInspector({ pack, langs: [] });
    inspectors.set(pack, inspector);
  }
  return inspector;
}

/**
 * Parses and checks the whole document with the core, exactly as the server does, as of
 * the server's day (so browser and server agree even across time zones), under the pack the
 * server checked it under (the default pack when none is given).
 *
 * @example
 * runCheck(doc, today).findings.map((f) => f.code)
 */
export function runCheck(doc: unknown, today: Day, pack?: ResolvedPack): CheckResult {
  const r = inspectorOf(pack).data(doc, { now: today });
  if (!r.ok) {
    const issues = r.stage === 'schema' ? r.issues : [];
    return {
      model: undefined,
      issues,
      findings: [],
      issuesAt: index(issues, (i) => [i.path]),
      findingsAt: new Map(),
    };
  }
  const { findings } = r;
  return {
    model: r.supervision,
    issues: [],
    findings,
    issuesAt: new Map(),
    findingsAt: index(findings, (f) => [...f.paths, ...(f.suggestion ? [f.suggestion.path] : [])]),
  };
}
