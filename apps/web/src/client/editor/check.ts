import {
  checkSupervision,
  type Finding,
  type InputIssue,
  parseSupervision,
  type ResolvedPack,
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

/**
 * Parses and checks the whole document with the core, exactly as the server does, as of
 * the server's day (so browser and server agree even across time zones), under the pack the
 * server checked it under (the default pack when none is given).
 *
 * @example
 * runCheck(doc, today).findings.map((f) => f.code)
 */
export function runCheck(doc: unknown, today: Day, pack?: ResolvedPack): CheckResult {
  const parsed = parseSupervision(doc);
  if (!parsed.ok) {
    return {
      model: undefined,
      issues: parsed.issues,
      findings: [],
      issuesAt: index(parsed.issues, (i) => [i.path]),
      findingsAt: new Map(),
    };
  }
  const findings = checkSupervision(parsed.value, { now: today, ...pack?.checkOptions });
  return {
    model: parsed.value,
    issues: [],
    findings,
    issuesAt: new Map(),
    findingsAt: index(findings, (f) => [...f.paths, ...(f.suggestion ? [f.suggestion.path] : [])]),
  };
}
