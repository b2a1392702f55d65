import {
  checkSupervision,
  FINDING_CODES,
  formatFinding,
  parseSupervision,
  RULES,
  ruleTitle,
  severityLabel,
} from '@diemmac/core';
import { stringify } from 'yaml';
import type { Context } from '../context.js';
import { fail, type Outcome } from '../errors.js';
import { EXAMPLE_DAY, EXAMPLES, withFragment } from '../explain/examples.js';

/**
 * `diemmac explain <code>`: what a rule checks, its default severity, legal basis, the
 * figures it reads, and an example: a small supervision with the fault, and the sentence
 * the real check says about it.
 *
 * @example
 * await explain('dossier.balance', context)
 */
export async function explain(code: string, context: Context): Promise<Outcome> {
  const { lang, messages, colors: c } = context;
  const words = messages.explain;
  const rule = RULES.find((r) => r.code === code);
  if (!rule) fail({ code: 'rule.unknown', given: code, known: FINDING_CODES });
  const out = [
    `${c.bold(rule.code)} — ${ruleTitle(rule.code, lang)}`,
    `${words.severity}: ${severityLabel(rule.severity, lang)}`,
    `${words.legalBasis}: ${rule.legalBasis ?? words.noLegalBasis}`,
    `${words.reads}: ${rule.reads.join(', ')}`,
    '',
  ];
  const sentences = exampleSentences(code, lang);
  if (sentences.length === 0) {
    out.push(`${words.example}: ${words.noExample}`);
  } else {
    out.push(`${c.bold(words.example)}:`, indent(stringify(EXAMPLES[code]).trimEnd(), '  '), '');
    out.push(`${c.bold(words.exampleFinding)}:`, ...sentences.map((s) => `  ${s}`));
  }
  context.stdout.write(`${out.join('\n')}\n`);
  return { kind: 'done' };
}

/** What the check says about the rule's example, in `lang`; empty when there is no example. */
export function exampleSentences(code: string, lang: Context['lang']): string[] {
  const fragment = EXAMPLES[code];
  if (!fragment) return [];
  const parsed = parseSupervision(withFragment(fragment));
  if (!parsed.ok) return [];
  return checkSupervision(parsed.value, { now: EXAMPLE_DAY })
    .filter((f) => f.code === code)
    .map((f) => formatFinding(f, lang));
}

const indent = (text: string, prefix: string) =>
  text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
