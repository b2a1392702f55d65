import { FigureBlock, type FigureKind } from '@diemmac/core';
import { describedFields, FIGURE_DESCRIPTORS, figureFieldWords } from '@diemmac/core/vocabulary';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { en } from '../i18n/en.js';
import { vi } from '../i18n/vi.js';
import { COMMON_SPECS, FIGURE_SPECS, type FieldSpec, type Spec } from './specs.js';

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

describe("the editor's labels and choices are the core's descriptors", () => {
  const labels = (specs: Spec[]): { key: string; spec: FieldSpec | undefined }[] =>
    specs.flatMap((s) => {
      if ('group' in s) return [{ key: s.group, spec: undefined }, ...labels(s.items)];
      if ('list' in s)
        return [{ key: s.label, spec: undefined }, ...s.columns.map((c) => ({ key: c.label, spec: c }))];
      return [{ key: s.label, spec: s }];
    });

  it('labels every field with the Vietnamese and English term the core gives it, and no other word', () => {
    expect(vi.fields).toEqual(figureFieldWords('vi'));
    expect(en.fields).toEqual(figureFieldWords('en'));
  });

  for (const kind of Object.keys(FIGURE_DESCRIPTORS) as FigureKind[]) {
    it(`shows every described ${kind} field under its term, with its options`, () => {
      const shown = labels([...FIGURE_SPECS[kind], ...COMMON_SPECS]);
      for (const { key } of shown) expect(vi.fields[key], key).toMatch(/\S/);
      for (const { path, field } of describedFields(kind, true)) {
        const at = reached([...FIGURE_SPECS[kind], ...COMMON_SPECS]).indexOf(path);
        expect(at, path).toBeGreaterThanOrEqual(0);
        const spec = shown.find(
          (s) => s.spec && vi.fields[s.key] === field.term.vi && s.spec.type === field.form,
        );
        expect(spec, path).toBeDefined();
        if (field.options) {
          expect(spec?.spec?.choices?.('vi')).toEqual(
            field.options.map((o) => ({ value: o.value, label: o.term.vi })),
          );
          expect(spec?.spec?.choices?.('en')).toEqual(
            field.options.map((o) => ({ value: o.value, label: o.term.en })),
          );
        }
      }
      expect(vi.kinds[kind]).toBe(FIGURE_DESCRIPTORS[kind].term.vi);
      expect(en.kinds[kind]).toBe(FIGURE_DESCRIPTORS[kind].term.en);
    });
  }

  it('says "Qua mạng" and "Chưa tới hạn" as the findings and the notice do', () => {
    expect(vi.fields['dossiers.received.online']).toBe('Qua mạng');
    expect(vi.fields['dossiers.pending.withinDeadline']).toBe('Chưa tới hạn');
  });

  it('offers the 766 component keys and versions, the budget directions and the qualification groups', () => {
    const choice = (kind: FigureKind, list: string, field: string) =>
      labels(FIGURE_SPECS[kind])
        .find((s) => s.key === `${kind}.${list}.${field}`)
        ?.spec?.choices?.('vi')
        .map((c) => c.value);
    expect(choice('index766', 'components', 'key')).toEqual(expect.arrayContaining(['ckmb', 'mdsh', 'dvtt']));
    expect(choice('budget', 'revenue.items', 'direction')).toEqual(['revenue', 'expenditure']);
    expect(choice('staffing', 'qualifications', 'group')).toEqual(['cadres', 'civilServants', 'all']);
    const framework = labels(FIGURE_SPECS.index766).find((s) => s.key === 'index766.framework');
    expect(framework?.spec?.choices?.('vi').map((c) => c.value)).toEqual(['portal-6', 'decision-5']);
  });
});
