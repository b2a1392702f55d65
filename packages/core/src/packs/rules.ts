import type { CheckContext, Draft, Path, Quantity, QuantityUnit, Rule } from '../checks/types.js';
import type { FigureEntry } from '../checks/walk.js';
import { compareDates, type DayParts } from '../dates/calendar.js';
import type { Period } from '../figures/values.js';
import type { Lang, RuleWording } from '../messages/types.js';
import { Decimal } from '../numbers/decimal.js';
import type { Reported } from '../numbers/reported.js';
import { type Expr, evaluate, type FigureRef, parseExpression, refsOf } from './expression.js';
import { checkRef, figureIn } from './references.js';
import type { DataRule, Operator, PackWording, RuleSide } from './schema.js';

/** A side compiled: its expression read once, the unit of its first figure. */
interface CompiledSide extends RuleSide {
  expr: Expr;
  refs: FigureRef[];
  unit: QuantityUnit;
}

function compileSide(side: RuleSide): CompiledSide {
  const parsed = parseExpression(side.expression);
  // The pack schema refused unreadable expressions; reaching here with one is a bug.
  if (!parsed.ok) throw new Error(`unreadable expression "${side.expression}"`);
  const refs = refsOf(parsed.expr);
  const first = refs[0] && checkRef(refs[0]);
  return { ...side, expr: parsed.expr, refs, unit: first?.ok ? first.unit : 'count' };
}

const selectorKey = (ref: FigureRef) => `${ref.kind}[${ref.id ?? ''}]`;

/** Two reporting periods share a day; an unknown bound shares anything. */
function overlaps(a: Period | undefined, b: Period | undefined): boolean {
  if (a?.to && b?.from && compareDates(a.to, b.from) < 0) return false;
  if (b?.to && a?.from && compareDates(b.to, a.from) < 0) return false;
  return true;
}

// A pack rule never multiplies a supervision's blocks without bound.
const MAX_BINDINGS = 200;

/**
 * Every way of choosing one block for each block the rule names, among blocks whose periods
 * overlap: "digitised ≤ received" compares the dossiers and the digitisation of the same months.
 * A named block the supervision lacks stays unbound: its figures are missing.
 */
function bindings(selectors: string[], candidates: Map<string, FigureEntry[]>): Map<string, FigureEntry>[] {
  const out: Map<string, FigureEntry>[] = [];
  const choose = (i: number, chosen: Map<string, FigureEntry>) => {
    if (out.length >= MAX_BINDINGS) return;
    if (i === selectors.length) {
      out.push(new Map(chosen));
      return;
    }
    const key = selectors[i]!;
    const options = candidates.get(key) ?? [];
    if (options.length === 0) return choose(i + 1, chosen);
    for (const entry of options) {
      if ([...chosen.values()].some((other) => !overlaps(other.figure.period, entry.figure.period))) continue;
      chosen.set(key, entry);
      choose(i + 1, chosen);
      chosen.delete(key);
    }
  };
  choose(0, new Map());
  return out;
}

const COMPARE: Record<Operator, (c: number) => boolean> = {
  '==': (c) => c === 0,
  '!=': (c) => c !== 0,
  '<': (c) => c < 0,
  '<=': (c) => c <= 0,
  '>': (c) => c > 0,
  '>=': (c) => c >= 0,
};

/** An exact result as a quantity to show: whole results keep the unit, others show decimals. */
function quantity(value: Decimal, unit: QuantityUnit): Quantity {
  if (value.isInteger()) return { value: value.toFixed(), unit };
  const scale = Math.min(value.decimalPlaces(), 2);
  return { value: value.toFixed(), unit: unit === 'percent' ? 'percent' : 'points', scale };
}

type SideValue =
  | { state: 'value'; value: Decimal }
  | { state: 'skip' }
  | { state: 'missing'; refs: string[] };

function sideValue(side: CompiledSide, read: (ref: FigureRef) => Reported | undefined): SideValue {
  const missing = side.refs.filter((r) => read(r) === undefined).map((r) => r.text);
  if (missing.length > 0) {
    if (side.missing === 'skip') return { state: 'skip' };
    if (side.missing === 'finding') return { state: 'missing', refs: missing };
    // Zero stands for a figure left unsaid, not for a topic the notice does not cover at all.
    if (missing.length === side.refs.length) return { state: 'skip' };
  }
  const value = evaluate(side.expr, (r) => read(r)?.value ?? new Decimal(0));
  return value === undefined ? { state: 'skip' } : { state: 'value', value };
}

/**
 * The day a rule's dates are compared with: the notice's own date (a draft's month counts from
 * its first day), else its plan's, else today.
 */
function noticeDay({ supervision, now }: CheckContext): DayParts {
  const { conclusion, plan } = supervision.documents;
  if (conclusion.date) return { ...conclusion.date, day: conclusion.date.day ?? 1 };
  return plan?.date ?? now;
}

/**
 * Turns a rule written as data into a rule of the engine. Run over every set of overlapping
 * blocks the rule names; compares in exact decimals.
 *
 * @example
 * checkSupervision(model, { now, extraRules: [compileDataRule(rule)] })
 */
export function compileDataRule(rule: DataRule): Rule {
  const left = compileSide(rule.left);
  const right = compileSide(rule.right);
  const refs = [...left.refs, ...right.refs];
  const selectors = [...new Set(refs.map(selectorKey))];
  const compare = COMPARE[rule.operator];
  return {
    code: rule.code,
    severity: rule.severity,
    legalBasis: rule.legalBasis,
    reads: [...new Set(refs.map((r) => r.text))],
    run(context) {
      const day = noticeDay(context);
      const { from, to } = rule.applies;
      if ((from && compareDates(day, from) < 0) || (to && compareDates(to, day) < 0)) return [];
      const candidates = new Map<string, FigureEntry[]>();
      for (const ref of refs) {
        candidates.set(
          selectorKey(ref),
          context.index.figures.filter(
            (e) => e.figure.kind === ref.kind && (ref.id === undefined || e.figure.id === ref.id),
          ),
        );
      }
      const out: Draft[] = [];
      for (const bound of bindings(selectors, candidates)) {
        const located = (ref: FigureRef) => {
          const entry = bound.get(selectorKey(ref));
          const found = entry && figureIn(entry.figure, ref);
          return found && entry ? { value: found.value, path: [...entry.path, ...found.path] } : undefined;
        };
        const read = (ref: FigureRef) => located(ref)?.value;
        const paths: Path[] = refs.flatMap((r) => {
          const at = located(r);
          return at ? [at.path] : [];
        });
        if (paths.length === 0) paths.push(...[...bound.values()].map((e) => e.path));
        const l = sideValue(left, read);
        const r = sideValue(right, read);
        if (l.state === 'skip' || r.state === 'skip') continue;
        if (l.state === 'missing' || r.state === 'missing') {
          if (paths.length === 0) paths.push(['sections']);
          const missing = [
            ...(l.state === 'missing' ? l.refs : []),
            ...(r.state === 'missing' ? r.refs : []),
          ];
          out.push({ paths, params: { problem: 'missing', missing } });
          continue;
        }
        if (compare(l.value.comparedTo(r.value))) continue;
        out.push({
          paths,
          params: {
            problem: 'fails',
            left: quantity(l.value, left.unit),
            right: quantity(r.value, right.unit),
            operator: rule.operator,
          },
        });
      }
      return out;
    },
  };
}

const MISSING_WORD: Record<Lang, string> = { vi: 'thông báo không nêu', en: 'the notice does not state' };
const IS: Record<Lang, string> = { vi: 'là', en: 'is' };

/**
 * The wording of a rule written as data, in one language: its title, and a sentence that gives
 * the pack's instruction, then both sides by name with their values.
 */
export function dataRuleWording(rule: DataRule, fields: PackWording['fields'], lang: Lang): RuleWording {
  const instruction = rule.instruction[lang].replace(/[.。]\s*$/, '');
  const name = (side: RuleSide) => {
    if (side.description) return side.description[lang];
    const field = fields[side.expression.trim()];
    return field ? field[lang] : side.expression;
  };
  const fieldName = (ref: string) => fields[ref]?.[lang] ?? ref;
  return {
    title: rule.title?.[lang] ?? instruction,
    text: (finding, show) => {
      const p = finding.params;
      if (p.problem === 'missing') {
        const missing = Array.isArray(p.missing) ? p.missing.map(fieldName) : [];
        return `${instruction}: ${MISSING_WORD[lang]} ${missing.join(', ')}.`;
      }
      // A side that is a plain number ("90") is already said by the instruction.
      const sides = [
        [rule.left, p.left],
        [rule.right, p.right],
      ] as const;
      const said = sides
        .filter(([side]) => side.description || /[A-Za-z]/.test(side.expression))
        .map(([side, value]) => `${name(side)} ${IS[lang]} ${show.param(value)}`);
      return `${instruction}: ${said.join(', ')}.`;
    },
  };
}
