import {
  checkSupervision,
  type DataRule,
  DEFAULT_PACK,
  formatFinding,
  parseSupervision,
  type ResolvedPack,
  RULES,
  ruleTitle,
  severityLabel,
} from '@diemmac/core';
import { FIGURE_DESCRIPTORS, fieldTerm } from '@diemmac/core/vocabulary';
import { stringify } from 'yaml';
import type { Context } from '../context.js';
import { fail, type Outcome } from '../errors.js';
import { EXAMPLE_DAY, EXAMPLES, withFragment } from '../explain/examples.js';
import { packOfCommand } from '../pack/command.js';

/**
 * `diemmac explain <code>`: what a rule checks, its default severity, legal basis, the
 * figures it reads, and an example: a small supervision with the fault, and the sentence
 * the real check says about it.
 *
 * @example
 * await explain('dossier.balance', context)
 */
export async function explain(
  code: string,
  context: Context,
  options: { pack?: string | undefined } = {},
): Promise<Outcome> {
  const { lang, messages, colors: c } = context;
  const words = messages.explain;
  const pack = packOfCommand(options.pack, process.cwd(), context);
  const rule = RULES.find((r) => r.code === code);
  if (!rule) {
    const data = [...DEFAULT_PACK.rules, ...pack.pack.rules].find((r) => r.code === code);
    if (!data) fail({ code: 'rule.unknown', given: code, known: pack.rules.map((r) => r.code) });
    context.stdout.write(`${explainDataRule(data, pack, context).join('\n')}\n`);
    return { kind: 'done' };
  }
  const out = [
    `${c.bold(rule.code)} — ${ruleTitle(rule.code, lang, pack.wording)}`,
    `${words.severity}: ${severityLabel(rule.severity, lang)}`,
    `${words.legalBasis}: ${rule.legalBasis ?? words.noLegalBasis}`,
    `${words.reads}: ${rule.reads.map((r) => readWords(r, lang)).join(', ')}`,
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

/**
 * A rule a pack writes as data: its instruction, where it comes from, its legal basis, the
 * dates it applies and the two sides it compares. Packs carry no examples: none is invented.
 */
function explainDataRule(rule: DataRule, pack: ResolvedPack, context: Context): string[] {
  const { lang, messages, colors: c } = context;
  const words = messages.explain;
  const info = pack.rules.find((r) => r.code === rule.code);
  const from = info?.pack ?? pack.pack.id;
  const day = (d: { day: number; month: number; year: number } | undefined) =>
    d ? `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}` : '…';
  const applies =
    rule.applies.from || rule.applies.to
      ? [
          `${words.applies}: ${day(rule.applies.from)} – ${rule.applies.to ? day(rule.applies.to) : ''}`.trimEnd(),
        ]
      : [];
  return [
    `${c.bold(rule.code)} — ${ruleTitle(rule.code, lang, pack.wording)}`,
    `${words.severity}: ${severityLabel(info?.severity ?? rule.severity, lang)}`,
    `${words.source}: ${messages.rules.sources.data} (${from})`,
    `${words.instruction}: ${rule.instruction[lang]}`,
    `${words.legalBasis}: ${rule.legalBasis ?? words.noLegalBasis}`,
    ...applies,
    `${words.reads}: ${rule.left.expression} ${rule.operator} ${rule.right.expression}`,
    '',
    `${words.example}: ${words.noExample}`,
  ];
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

/**
 * A figure a rule reads, with the core's term for it when the descriptors know it:
 * "dossiers.pending.withinDeadline (Chưa tới hạn)"; a kind alone by its name.
 */
function readWords(read: string, lang: Context['lang']): string {
  const [kind = '', ...path] = read.split('.');
  const descriptor = (
    FIGURE_DESCRIPTORS as Record<string, (typeof FIGURE_DESCRIPTORS)[keyof typeof FIGURE_DESCRIPTORS]>
  )[kind];
  if (!descriptor) return read;
  const term =
    path.length === 0 ? descriptor.term : (fieldTerm(kind, path) ?? fieldTerm(kind, [...path, 'total']));
  return term ? `${read} (${term[lang]})` : read;
}

const indent = (text: string, prefix: string) =>
  text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
