import { FINDING_CODES, RULES } from '../checks/catalogue.js';
import type { CheckOptions } from '../checks/check.js';
import { RULE_FAILED } from '../checks/check.js';
import { CheckConfig } from '../checks/config.js';
import type { Path, Rule, Severity } from '../checks/types.js';
import type { CivilDate } from '../figures/values.js';
import { type Frameworks, withFrameworks } from '../frameworks/framework.js';
import { type ExtraWording, MESSAGES } from '../messages/index.js';
import type { Lang, RuleWording } from '../messages/types.js';
import { fromZodIssues, type InputIssue } from '../parse/issues.js';
import type { ParseResult } from '../parse/parse.js';
import { DEFAULT_PACK } from './default.js';
import { compileDataRule, dataRuleWording } from './rules.js';
import { type DataRule, Pack } from './schema.js';
import { overrideWording } from './wording.js';

/** A rule written in TypeScript, for what data cannot say, with its wording in both languages. */
export interface CodeRule {
  rule: Rule;
  wording: Record<Lang, RuleWording>;
}

/** Where a rule that runs comes from, for a catalogue or a notice's annex. */
export interface RuleInfo {
  code: string;
  severity: Severity;
  /** `core`: shipped in TypeScript; `data`: written as data in a pack; `code`: an adopter's TypeScript. */
  source: 'core' | 'data' | 'code';
  /** The pack that brings it (the default pack for the core's own). */
  pack: string;
  legalBasis?: string | undefined;
  applies?: { from?: CivilDate | undefined; to?: CivilDate | undefined } | undefined;
}

/** A pack merged over the default pack: exactly what `checkSupervision` and the wording need. */
export interface ResolvedPack {
  /** The pack as validated (the default pack when none was given), for storing and showing. */
  pack: Pack;
  /** The pack it was laid over. */
  base: { id: string; version: string };
  frameworks: Frameworks;
  config: CheckConfig;
  /** Rules written as data, compiled, then TypeScript ones, in the order they run after the core's. */
  extraRules: Rule[];
  /** Wording of the pack's rules and the pack's replacements; pass to `formatFinding`, `ruleTitle`. */
  wording: ExtraWording;
  /** Every rule that runs under this pack (switched-off ones left out), in the order they run. */
  rules: RuleInfo[];
  /** Spread into `checkSupervision`'s options: `{ now, ...resolved.checkOptions }`. */
  checkOptions: Pick<CheckOptions, 'frameworks' | 'config' | 'extraRules'>;
}

export interface ResolveOptions {
  /** Rules a pack cannot say as data, written in TypeScript by the adopter. */
  codeRules?: readonly CodeRule[] | undefined;
}

/** Thrown by `resolvePack` on a pack that does not validate: carries every issue. */
export class PackInputError extends Error {
  override readonly name = 'PackInputError';
  constructor(readonly issues: InputIssue[]) {
    super(`Invalid pack: ${issues.length} issue(s); first at ${issues[0]?.path.join('.') || '(root)'}`);
  }
}

const issue = (code: InputIssue['code'], path: Path, params: InputIssue['params'], received?: string) => ({
  code,
  path,
  params,
  ...(received === undefined ? {} : { received: JSON.stringify(received) }),
});

/**
 * What a pack may not do although its shape is right: a rule outside the pack's namespace, a
 * rule that takes a code the core or the default pack already uses, two rules with one code, and
 * wording or settings for a rule that does not exist (a misspelt code would change nothing, silently).
 */
function packIssues(pack: Pack, codeRules: readonly CodeRule[]): InputIssue[] {
  const builtIn = new Set<string>([...FINDING_CODES, RULE_FAILED, ...DEFAULT_PACK.rules.map((r) => r.code)]);
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  const claim = (code: string, path: Path) => {
    if (builtIn.has(code)) issues.push(issue('pack.builtin-code', path, { code }, code));
    else if (!code.startsWith(`${pack.id}.`))
      issues.push(issue('pack.namespace', path, { code, namespace: pack.id }, code));
    else if (seen.has(code)) issues.push(issue('pack.duplicate-code', path, { code }, code));
    seen.add(code);
  };
  for (const [i, r] of pack.rules.entries()) claim(r.code, ['rules', i, 'code']);
  for (const [i, r] of codeRules.entries()) claim(r.rule.code, ['codeRules', i, 'code']);
  const known = new Set([...builtIn, ...seen]);
  for (const code of Object.keys(pack.wording.findings))
    if (!known.has(code))
      issues.push(issue('pack.unknown-rule', ['wording', 'findings', code], { code }, code));
  for (const code of Object.keys(pack.checks?.rules ?? {}))
    if (!known.has(code)) issues.push(issue('pack.unknown-rule', ['checks', 'rules', code], { code }, code));
  return issues;
}

function frameworksOf(pack: Pack, base?: Frameworks): Frameworks {
  const parts = {
    outlines: pack.outlines,
    index766: pack.index766,
    budgetCategories: pack.budgetCategories,
    documents: pack.documents,
    ...(pack.numbering?.documents ? { documentNumbering: pack.numbering.documents } : {}),
  };
  if (base) return withFrameworks(parts, base);
  return { ...parts, documentNumbering: pack.numbering?.documents ?? 'per-type' };
}

function configOf(base: Pack, pack: Pack): CheckConfig {
  const conventions = pack.checks?.conventions ?? base.checks?.conventions;
  return CheckConfig.parse({
    rules: { ...base.checks?.rules, ...pack.checks?.rules },
    ...(conventions ? { conventions } : {}),
  });
}

function build(pack: Pack, codeRules: readonly CodeRule[]): ResolvedPack {
  const base = DEFAULT_PACK;
  const layered = pack !== base;
  const frameworks = layered ? frameworksOf(pack, frameworksOf(base)) : frameworksOf(base);
  const config = layered ? configOf(base, pack) : configOf(base, base);
  const dataRules: [DataRule, string][] = [
    ...base.rules.map((r) => [r, base.id] as [DataRule, string]),
    ...(layered ? pack.rules.map((r) => [r, pack.id] as [DataRule, string]) : []),
  ];
  const fields = { ...base.wording.fields, ...(layered ? pack.wording.fields : {}) };

  const own: Record<Lang, Record<string, RuleWording>> = { vi: {}, en: {} };
  for (const lang of ['vi', 'en'] as const) {
    for (const [r] of dataRules) own[lang][r.code] = dataRuleWording(r, fields, lang);
    for (const c of codeRules) own[lang][c.rule.code] = c.wording[lang];
  }
  const replaced = overrideWording(
    { ...base.wording.findings, ...(layered ? pack.wording.findings : {}) },
    (code, lang) =>
      own[lang][code] ?? MESSAGES[lang].findings[code as keyof (typeof MESSAGES)['vi']['findings']],
  );
  const wording: ExtraWording = {
    vi: { ...own.vi, ...replaced.vi },
    en: { ...own.en, ...replaced.en },
  };

  const extraRules = [...dataRules.map(([r]) => compileDataRule(r)), ...codeRules.map((c) => c.rule)];
  const infos: RuleInfo[] = [
    ...RULES.map((r) => ({
      code: r.code,
      severity: r.severity,
      source: 'core' as const,
      pack: base.id,
      legalBasis: r.legalBasis,
    })),
    ...dataRules.map(([r, from]) => ({
      code: r.code,
      severity: r.severity,
      source: 'data' as const,
      pack: from,
      legalBasis: r.legalBasis,
      applies: r.applies,
    })),
    ...codeRules.map((c) => ({
      code: c.rule.code,
      severity: c.rule.severity,
      source: 'code' as const,
      pack: pack.id,
      legalBasis: c.rule.legalBasis,
    })),
  ];
  const rules = infos.flatMap((info) => {
    const setting = config.rules[info.code];
    if (setting === 'off') return [];
    return [setting ? { ...info, severity: setting } : info];
  });
  return {
    pack,
    base: { id: base.id, version: base.version },
    frameworks,
    config,
    extraRules,
    wording,
    rules,
    checkOptions: { frameworks, config, extraRules },
  };
}

/**
 * Validates a pack (data read from YAML or JSON) and lays it over the default pack: its outlines,
 * index versions, categories and documents beside or instead of the default ones (same id or key
 * wins), its rules after the core's, its wording over the core's. Never throws on the pack's data.
 * Without data, the default pack alone.
 *
 * @example
 * const r = safeResolvePack(YAML.parse(text));
 * if (r.ok) checkSupervision(model, { now, ...r.value.checkOptions });
 * else r.issues.map((i) => formatIssue(i, 'vi'));
 */
export function safeResolvePack(data?: unknown, options: ResolveOptions = {}): ParseResult<ResolvedPack> {
  const codeRules = options.codeRules ?? [];
  if (data === undefined) {
    const issues = packIssues({ ...DEFAULT_PACK, rules: [] }, codeRules);
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value: build(DEFAULT_PACK, codeRules) };
  }
  const parsed = Pack.safeParse(data);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, data) };
  const issues = packIssues(parsed.data, codeRules);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: build(parsed.data, codeRules) };
}

/**
 * Like `safeResolvePack`, but throws one `PackInputError` on a pack that does not validate.
 *
 * @example
 * const { checkOptions, wording } = resolvePack(YAML.parse(text));
 */
export function resolvePack(data?: unknown, options: ResolveOptions = {}): ResolvedPack {
  const r = safeResolvePack(data, options);
  if (!r.ok) throw new PackInputError(r.issues);
  return r.value;
}
