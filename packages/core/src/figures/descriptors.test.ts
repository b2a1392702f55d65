import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { describedFields } from '../vocabulary/words.js';
import { FIGURE_DESCRIPTORS } from './descriptors.js';
import { FigureBlock, type FigureKind } from './schema.js';

// biome-ignore lint/suspicious/noExplicitAny: walking zod's internal definition, which is untyped here
type Def = any;

/** Every leaf a block can hold, read from its zod schema: "received.total", "components[].score". */
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

const blocks = (FigureBlock as unknown as { _zod: { def: Def } })._zod.def.options as z.ZodType[];
const kindOf = (block: z.ZodType): FigureKind => (block as Def)._zod.def.shape.kind._zod.def.values[0];

describe('the figure descriptors', () => {
  it('describe every figure kind of the model, and no other', () => {
    expect(blocks.map(kindOf).sort()).toEqual(Object.keys(FIGURE_DESCRIPTORS).sort());
  });

  for (const block of blocks) {
    const kind = kindOf(block);
    it(`describe every field of a ${kind} block, and nothing its schema lacks`, () => {
      const schema = leaves(block, '').filter((p) => p !== 'kind');
      const described = describedFields(kind, true).map((f) => f.path);
      expect(described.filter((p) => !schema.includes(p))).toEqual([]);
      expect(schema.filter((p) => !described.includes(p))).toEqual([]);
    });

    it(`give every ${kind} field a Vietnamese and an English term, in NFC`, () => {
      for (const { field } of describedFields(kind, true)) {
        for (const word of [
          field.term.vi,
          field.term.en,
          ...(field.options ?? []).flatMap((o) => [o.term.vi, o.term.en]),
        ]) {
          expect(word).toMatch(/\S/);
          expect(word.normalize('NFC')).toBe(word);
        }
      }
    });
  }

  it('list the 766 component keys and both index versions', () => {
    const key = describedFields('index766').find((f) => f.path === 'components[].key');
    expect(key?.field.options?.map((o) => o.value)).toEqual([
      'ckmb',
      'tdgq',
      'clgq',
      'tttt',
      'mdhl',
      'mdsh',
      'dvtt',
    ]);
    const framework = describedFields('index766').find((f) => f.path === 'framework');
    expect(framework?.field.options?.map((o) => o.value)).toEqual(['portal-6', 'decision-5']);
  });

  // Vietnamese says "quá hạn" both of a dossier resolved late and of one pending overdue;
  // English tells them apart. The other way round, an English word has one Vietnamese term.
  it('give one English term a single Vietnamese term across every kind', () => {
    const byEn = new Map<string, Set<string>>();
    for (const kind of Object.keys(FIGURE_DESCRIPTORS) as FigureKind[]) {
      for (const { field } of describedFields(kind, true)) {
        byEn.set(field.term.en, (byEn.get(field.term.en) ?? new Set()).add(field.term.vi));
      }
    }
    const drifting = [...byEn]
      .filter(([, vi]) => vi.size > 1)
      .map(([en, vi]) => `${en}: ${[...vi].join(' / ')}`);
    expect(drifting).toEqual([]);
  });
});
