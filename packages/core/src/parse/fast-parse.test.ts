import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { compileParser, FAIL } from './fast-parse.js';

// The compiled happy path gives what zod gives for every input zod takes, and gives up (FAIL) on
// every input zod refuses: zod stays the judge, the compiled path only saves its cost.

/** Both parsers on one input: the same value, or both refuse. */
function agrees(schema: z.ZodType, input: unknown): void {
  const fast = compileParser(schema)(input);
  const slow = schema.safeParse(input);
  if (slow.success) expect(fast).toStrictEqual(slow.data);
  else expect(fast).toBe(FAIL);
}

const Leaf = z.strictObject({
  name: z.string().trim().min(1),
  code: z
    .string()
    .regex(/^[a-z]+$/)
    .optional(),
  count: z.number().int().min(0).optional(),
  kind: z.enum(['a', 'b']).default('a'),
  fixed: z.literal(1).optional(),
  note: z.string().nullable().default(null),
  tags: z.array(z.string()).min(1).optional(),
  list: z.array(z.string()).default([]),
  written: z
    .union([z.string(), z.number()])
    .transform((v, ctx) => {
      const n = Number(v);
      if (!Number.isInteger(n)) {
        ctx.addIssue({ code: 'custom', message: 'not whole' });
        return z.NEVER;
      }
      return n;
    })
    .optional(),
});
const Tagged = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('x'), x: z.number() }),
  z.object({ kind: z.literal('y'), y: z.string().default('') }),
]);
interface Tree {
  label: string;
  children: Tree[];
}
const Tree: z.ZodType<Tree, unknown> = z.strictObject({
  label: z.string(),
  get children() {
    return z.array(Tree).default([]);
  },
});
const Refined = z
  .strictObject({ from: z.number().optional(), to: z.number().optional() })
  .superRefine((v, ctx) => {
    if (v.from !== undefined && v.to !== undefined && v.from > v.to) ctx.addIssue({ code: 'custom' });
  })
  .transform((v) => ({ ...v, span: (v.to ?? 0) - (v.from ?? 0) }));

describe('the compiled parser', () => {
  it('gives what zod gives: defaults, trimming, transforms, absent and undefined keys', () => {
    for (const input of [
      { name: '  Điềm Mặc ' },
      { name: 'a', code: 'abc', count: 3, kind: 'b', fixed: 1, note: 'n', tags: ['t'], list: ['l'] },
      { name: 'a', written: '12' },
      { name: 'a', written: 12, code: undefined },
      { name: 'a', count: undefined, kind: undefined, note: undefined },
    ]) {
      agrees(Leaf, input);
      expect(compileParser(Leaf)(input)).not.toBe(FAIL);
    }
    expect(Object.keys(compileParser(Leaf)({ name: 'a', code: undefined }) as object)).toEqual(
      Object.keys(Leaf.parse({ name: 'a', code: undefined })),
    );
  });

  it('refuses what zod refuses: unknown keys, wrong types, failed refinements, issues added by a transform', () => {
    for (const input of [
      { name: 'a', extra: 1 },
      { name: '   ' },
      { name: 'a', code: 'ABC' },
      { name: 'a', count: 1.5 },
      { name: 'a', count: Number.NaN },
      { name: 'a', kind: 'c' },
      { name: 'a', tags: [] },
      { name: 'a', written: '1.5' },
      { name: 'a', fixed: 2 },
      ['name'],
      null,
      'a',
    ]) {
      agrees(Leaf, input);
      expect(compileParser(Leaf)(input)).toBe(FAIL);
    }
  });

  it('follows a discriminated union by its tag, a recursive schema to any depth, and refinements on objects', () => {
    for (const input of [{ kind: 'x', x: 1 }, { kind: 'y' }, { kind: 'y', z: 1 }, { kind: 'z' }, { x: 1 }]) {
      agrees(Tagged, input);
    }
    agrees(Tree, { label: 'a', children: [{ label: 'b', children: [{ label: 'c' }] }] });
    agrees(Tree, { label: 'a', children: [{ label: 'b', children: [{ label: 3 }] }] });
    for (const input of [{ from: 1, to: 3 }, { from: 3, to: 1 }, {}]) agrees(Refined, input);
  });

  it('agrees with zod on any data', () => {
    const scalar = fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.constantFrom('a', 'b', 'x', 'y', ' ', '12', '1.5', 'abc'),
      fc.integer({ min: -2, max: 3 }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
    );
    const key = fc.constantFrom('name', 'code', 'count', 'kind', 'fixed', 'note', 'tags', 'list', 'written');
    const data = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 3 }),
      map: fc.dictionary(
        fc.oneof(key, fc.constantFrom('label', 'children', 'x', 'y', 'from', 'to', 'extra')),
        tie('node'),
        { maxKeys: 6 },
      ),
    })).node;
    fc.assert(
      fc.property(data, (input) => {
        for (const schema of [Leaf, Tagged, Tree, Refined]) agrees(schema, input);
      }),
      { numRuns: 3000 },
    );
  });
});
