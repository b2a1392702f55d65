import { FigureBlock, type FigureKind } from '@diemmac/core';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { COMMON_SPECS, FIGURE_SPECS, type Spec } from './specs.js';

// biome-ignore lint/suspicious/noExplicitAny: walking zod's internal definition, which is untyped here
type Def = any;

/**
 * Every leaf a figure block can hold, read from the core's zod schema: "received.total",
 * "components[].score", "places[]". Written figures (a string or number piped into a
 * reading) are leaves; optional, default and nullable wrappers are looked through.
 */
function leaves(schema: z.ZodType, prefix: string): string[] {
  const def: Def = (schema as Def)._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
    case 'readonly':
      return leaves(def.innerType, prefix);
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, v]) =>
        leaves(v, prefix ? `${prefix}.${k}` : k),
      );
    case 'array':
      return leaves(def.element, `${prefix}[]`);
    default:
      return [prefix];
  }
}

/** The same paths as the editor's field specs reach them. */
function reached(specs: Spec[]): string[] {
  return specs.flatMap((s): string[] => {
    if ('group' in s) return reached(s.items);
    if ('list' in s) return s.scalar ? [`${s.list}[]`] : s.columns.map((c) => `${s.list}[].${c.field}`);
    return [s.field];
  });
}

const blocks = (FigureBlock as unknown as { _zod: { def: Def } })._zod.def.options as z.ZodType[];
const kindOf = (block: z.ZodType): FigureKind =>
  (block as Def)._zod.def.shape.kind._zod.def.values[0] as FigureKind;

describe('the figure editor covers the whole model', () => {
  it('has an editor for every figure kind of the core', () => {
    expect(blocks.map(kindOf).sort()).toEqual(Object.keys(FIGURE_SPECS).sort());
  });

  for (const block of blocks) {
    const kind = kindOf(block);
    it(`reaches every field of a ${kind} block, and nothing the schema lacks`, () => {
      const schema = leaves(block, '').filter((p) => p !== 'kind');
      const editor = reached([...FIGURE_SPECS[kind], ...COMMON_SPECS]);
      expect(schema.filter((p) => !editor.includes(p))).toEqual([]);
      expect(editor.filter((p) => !schema.includes(p))).toEqual([]);
      expect(schema.length).toBeGreaterThan(3);
    });
  }
});
