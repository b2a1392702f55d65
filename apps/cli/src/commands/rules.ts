import { RULES, ruleTitle, severityLabel } from '@diemmac/core';
import type { Context } from '../context.js';
import type { Outcome } from '../errors.js';

export interface RulesOptions {
  format: 'text' | 'json';
}

/**
 * `diemmac rules`: the catalogue, one rule a line (code, default severity, what it checks),
 * or as JSON with the legal basis and the figures each rule reads.
 *
 * @example
 * await rules({ format: 'json' }, context) // prints [{ "code": "dossier.received-breakdown", … }]
 */
export async function rules(options: RulesOptions, context: Context): Promise<Outcome> {
  const { lang, messages, colors: c } = context;
  if (options.format === 'json') {
    const catalogue = RULES.map((r) => ({
      code: r.code,
      severity: r.severity,
      title: ruleTitle(r.code, lang),
      legalBasis: r.legalBasis,
      applies: r.applies,
      reads: r.reads,
    }));
    context.stdout.write(`${JSON.stringify(catalogue, null, 2)}\n`);
    return { kind: 'done' };
  }
  const { code, severity, title } = messages.rules.columns;
  const rows = RULES.map((r) => [r.code, severityLabel(r.severity, lang), ruleTitle(r.code, lang)] as const);
  const wCode = Math.max(code.length, ...rows.map((r) => r[0].length));
  const wSeverity = Math.max(severity.length, ...rows.map((r) => r[1].length));
  const lines = [
    c.bold(`${code.padEnd(wCode)}  ${severity.padEnd(wSeverity)}  ${title}`),
    ...rows.map(([a, b, t]) => `${a.padEnd(wCode)}  ${b.padEnd(wSeverity)}  ${t}`),
  ];
  context.stdout.write(`${lines.join('\n')}\n`);
  return { kind: 'done' };
}
