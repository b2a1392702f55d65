import type * as z from 'zod';
import { FigureBlock } from '../figures/schema.js';
import { CountValue, MoneyValue, RateValue, ScoreValue } from '../figures/values.js';
import type { Reported } from '../numbers/reported.js';
import { once } from '../shared/once.js';
import type { Path, QuantityUnit } from '../shared/types.js';
import type { FigureRef } from './expression.js';

/** What a field of a figure block holds: a written figure, a record of fields, or a list. */
type FieldNode =
  | { type: 'figure'; unit: QuantityUnit }
  | { type: 'record'; fields: Map<string, FieldNode> }
  | { type: 'list'; element: FieldNode };

const UNITS = new Map<unknown, QuantityUnit>([
  [CountValue, 'count'],
  [MoneyValue, 'dong'],
  [RateValue, 'percent'],
  [ScoreValue, 'points'],
]);

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The figures a block kind holds, read from the model's own zod schema so that a field added to
 * the model is at once something a pack's rule may read. Dates, labels and periods are left out.
 */
function fieldNode(schema: z.ZodType): FieldNode | undefined {
  const unit = UNITS.get(schema);
  if (unit) return { type: 'figure', unit };
  const def = defOf(schema);
  if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType)
    return fieldNode(def.innerType);
  if (def.type === 'array' && def.element) {
    const element = fieldNode(def.element);
    return element ? { type: 'list', element } : undefined;
  }
  if (def.type === 'object' && def.shape) {
    const fields = new Map<string, FieldNode>();
    for (const [name, field] of Object.entries(def.shape)) {
      const node = fieldNode(field);
      if (node) fields.set(name, node);
    }
    return fields.size > 0 ? { type: 'record', fields } : undefined;
  }
  return undefined;
}

/** The figure blocks' kinds, as their `kind` literals give them, in the model's order. */
const kindOf = (option: z.ZodType) =>
  (defOf(option).shape?.kind as unknown as { _zod: { def: { values: string[] } } } | undefined)?._zod.def
    .values[0];

/** Each kind's fields (see `fieldNode`), made at first use: only a pack's rules ask them. */
const KINDS = once(
  (): ReadonlyMap<string, FieldNode> =>
    new Map(
      (defOf(FigureBlock).options ?? []).flatMap((option) => {
        const kind = kindOf(option);
        const node = fieldNode(option);
        return kind && node ? [[kind, node] as const] : [];
      }),
    ),
);

/**
 * The block kinds a pack's rule may read: `dossiers`, `digitisation`, `budget`… Every kind holds
 * a figure, so these are the keys of KINDS (a test says so), read without walking the fields.
 */
export const FIGURE_KINDS: readonly string[] = (defOf(FigureBlock).options ?? []).flatMap((option) => {
  const kind = kindOf(option);
  return kind ? [kind] : [];
});

/** The kinds whose fields a pack's rule may read, walked: for the test of FIGURE_KINDS. */
export const kindsWithFigures = (): string[] => [...KINDS().keys()];

/** Why a reference names no figure of the model. */
export type RefProblem =
  | { reason: 'kind'; kinds: string }
  | { reason: 'field'; field: string; fields: string }
  | { reason: 'selector-needed'; field: string }
  | { reason: 'no-selector'; field: string }
  | { reason: 'not-a-figure'; field: string; fields: string };

/**
 * Checks a reference against the model: the kind exists, each field exists, lists are given a
 * selector and records are not, and the path ends on a written figure. Returns its unit, or why not.
 *
 * @example
 * checkRef(ref('dossiers.received.total')) // { ok: true, unit: 'count' }
 */
export function checkRef(
  ref: FigureRef,
): { ok: true; unit: QuantityUnit } | { ok: false; problem: RefProblem } {
  let node = KINDS().get(ref.kind);
  if (!node) return { ok: false, problem: { reason: 'kind', kinds: FIGURE_KINDS.join(', ') } };
  for (const { field, select } of ref.steps) {
    if (node.type !== 'record') return { ok: false, problem: { reason: 'field', field, fields: '' } };
    const next: FieldNode | undefined = node.fields.get(field);
    if (!next)
      return { ok: false, problem: { reason: 'field', field, fields: [...node.fields.keys()].join(', ') } };
    if (next.type === 'list') {
      if (select === undefined) return { ok: false, problem: { reason: 'selector-needed', field } };
      node = next.element;
    } else {
      if (select !== undefined) return { ok: false, problem: { reason: 'no-selector', field } };
      node = next;
    }
  }
  if (node.type !== 'figure') {
    const last = ref.steps[ref.steps.length - 1]!.field;
    const fields = node.type === 'record' ? [...node.fields.keys()].join(', ') : '';
    return { ok: false, problem: { reason: 'not-a-figure', field: last, fields } };
  }
  return { ok: true, unit: node.unit };
}

const same = (a: unknown, b: string) =>
  typeof a === 'string' && a.normalize('NFC').trim() === b.normalize('NFC');

/**
 * The written figure a checked reference reaches inside one block, and its path below the block.
 * A list element is the one whose `key`, `category` or `label` is the selector.
 */
export function figureIn(block: unknown, ref: FigureRef): { value: Reported; path: Path } | undefined {
  let node: unknown = block;
  const path: Path = [];
  for (const { field, select } of ref.steps) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[field];
    path.push(field);
    if (select !== undefined) {
      if (!Array.isArray(node)) return undefined;
      const i = node.findIndex((e: Record<string, unknown> | null) =>
        [e?.key, e?.category, e?.label].some((v) => same(v, select)),
      );
      if (i < 0) return undefined;
      node = node[i];
      path.push(i);
    }
  }
  return node !== null && typeof node === 'object' && 'written' in node
    ? { value: node as Reported, path }
    : undefined;
}
