import { RULES, ruleTitle, severityLabel } from '@diemmac/core';
import type { Context } from '../context.js';
import type { Outcome } from '../errors.js';
import { packOfCommand } from '../pack/command.js';

export interface RulesOptions {
  format: 'text' | 'json';
  pack?: string | undefined;
}

/**
 * `diemmac rules`: exactly the rules that run under the pack (`--pack`, a diemmac.config found
 * upwards from here, or the default), one a line (code, severity, source, pack, what it checks),
 * or as JSON with the legal basis, the dates each applies and the figures the core's rules read.
 *
 * @example
 * await rules({ format: 'json', pack: 'pack.yaml' }, context) // prints [{ "code": "dossier.received-breakdown", … }]
 */
export async function rules(options: RulesOptions, context: Context): Promise<Outcome> {
  const { lang, messages, colors: c } = context;
  const pack = packOfCommand(options.pack, process.cwd(), context);
  const core = new Map(RULES.map((r) => [r.code, r]));
  if (options.format === 'json') {
    const catalogue = pack.rules.map((r) => ({
      code: r.code,
      severity: r.severity,
      source: r.source,
      pack: r.pack,
      title: ruleTitle(r.code, lang, pack.wording),
      legalBasis: r.legalBasis,
      applies: r.applies ?? core.get(r.code)?.applies,
      reads: core.get(r.code)?.reads,
    }));
    context.stdout.write(`${JSON.stringify(catalogue, null, 2)}\n`);
    return { kind: 'done' };
  }
  const { code, severity, title, source, pack: packColumn } = messages.rules.columns;
  const rows = pack.rules.map(
    (r) =>
      [
        r.code,
        severityLabel(r.severity, lang),
        messages.rules.sources[r.source],
        r.pack,
        ruleTitle(r.code, lang, pack.wording),
      ] as const,
  );
  const width = (i: number, head: string) => Math.max(head.length, ...rows.map((r) => (r[i] ?? '').length));
  const w = [width(0, code), width(1, severity), width(2, source), width(3, packColumn)];
  const line = (cells: readonly string[]) =>
    `${cells
      .slice(0, 4)
      .map((cell, i) => cell.padEnd(w[i]!))
      .join('  ')}  ${cells[4]}`;
  const lines = [c.bold(line([code, severity, source, packColumn, title])), ...rows.map(line)];
  context.stdout.write(`${lines.join('\n')}\n`);
  return { kind: 'done' };
}
