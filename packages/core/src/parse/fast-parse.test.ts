import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { type CompileOptions, compileParser, FAIL, fits } from './fast-parse.js';

// The compiled happy path gives what zod gives for every input zod takes, and gives up (FAIL) on
// every input zod refuses: zod stays the judge, the compiled path only saves its cost.

// Both ways of compiling, code (where the platform allows it) and closures (where it does not),
// are held to the same.
let options: CompileOptions = {};

/** Both parsers on one input: the same value, its keys in the same order, or both refuse. */
function agrees(schema: z.ZodType, input: unknown): void {
  const fast = compileParser(schema, options)(input);
  const slow = schema.safeParse(input);
  if (slow.success) {
    expect(fast).toStrictEqual(slow.data);
    expect(keysOf(fast)).toEqual(keysOf(slow.data));
  } else expect(fast).toBe(FAIL);
}

/** The keys of every object in a value, in their order (rules and reports read them in it). */
function keysOf(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) return value.map(keysOf);
  return Object.entries(value).map(([key, v]) => [key, keysOf(v)]);
}

const Leaf = z.strictObject({
  name: z.string().trim().min(1),
  code: z
    .string()
    .regex(/^[a-z]+$/)
    .optional(),
  count: z.number().int().min(0).optional(),
  label: z.string().min(1).optional(),
  mode: z.enum(['on', 'off']).optional(),
  plain: z.string().optional(),
  kind: z.enum(['a', 'b']).default('a'),
  fixed: z.literal(1).optional(),
  note: z.string().nullable().default(null),
  tags: z.array(z.string()).min(1).optional(),
  list: z.array(z.string()).default([]),
  flag: z.union([z.boolean(), z.number()]).optional(),
  mark: z.union([z.boolean(), z.literal('yes')]).optional(),
  either: z.union([z.number(), z.string().min(2)]).optional(),
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

describe.each([
  ['compiled to code', { jit: true }],
  ['compiled to closures', { jit: false }],
] as const)('the compiled parser, %s', (_, mode) => {
  beforeAll(() => {
    options = mode;
  });
  it('gives what zod gives: defaults, trimming, transforms, absent and undefined keys', () => {
    for (const input of [
      { name: '  Điềm Mặc ' },
      { name: 'a', code: 'abc', count: 3, kind: 'b', fixed: 1, note: 'n', tags: ['t'], list: ['l'] },
      { name: 'a', written: '12' },
      { name: 'a', written: 12, code: undefined },
      { name: 'a', count: undefined, kind: undefined, note: undefined },
      { name: 'a', label: 'l', plain: '', mode: 'on' },
      { name: 'a', mode: undefined },
      { name: 'a', label: undefined, plain: undefined },
      { name: 'a', flag: true, either: 'ab' },
      { name: 'a', flag: 0, either: 3 },
      { name: 'a', mark: 'yes' },
      { name: 'a', mark: false },
    ]) {
      agrees(Leaf, input);
      expect(compileParser(Leaf, options)(input)).not.toBe(FAIL);
    }
    expect(Object.keys(compileParser(Leaf, options)({ name: 'a', code: undefined }) as object)).toEqual(
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
      { name: 'a', label: '' },
      { name: 'a', plain: 1 },
      { name: 'a', mode: 'up' },
      { name: 'a', kind: 'c' },
      { name: 'a', tags: [] },
      { name: 'a', written: '1.5' },
      { name: 'a', fixed: 2 },
      { name: 'a', flag: Number.POSITIVE_INFINITY },
      { name: 'a', flag: 'no' },
      { name: 'a', mark: 'no' },
      { name: 'a', either: 'a' },
      { name: 'a', written: Number.NaN },
      ['name'],
      null,
      'a',
    ]) {
      agrees(Leaf, input);
      expect(compileParser(Leaf, options)(input)).toBe(FAIL);
    }
  });

  it('gives objects of a schema in any number of shapes (sets of keys present) as zod does', () => {
    // Every set of eight optional keys, some holding undefined: 3^8 inputs, each key in its place.
    const keys = ['code', 'count', 'label', 'mode', 'plain', 'fixed', 'flag', 'either'] as const;
    const given = {
      code: 'abc',
      count: 2,
      label: 'l',
      mode: 'on',
      plain: '',
      fixed: 1,
      flag: true,
      either: 3,
    };
    for (let n = 0; n < 3 ** keys.length; n++) {
      const input: Record<string, unknown> = { name: 'a' };
      keys.forEach((key, i) => {
        const state = Math.floor(n / 3 ** i) % 3;
        if (state > 0) input[key] = state === 1 ? given[key] : undefined;
      });
      agrees(Leaf, input);
    }
  });

  it('reads the keys a walk of an object does not meet as zod does: hidden, inherited, of any prototype', () => {
    const hidden = { name: 'a' };
    Object.defineProperty(hidden, 'label', { value: 'l', enumerable: false });
    Object.defineProperty(hidden, 'count', { value: 2, enumerable: false });
    const hiddenWrong = { name: 'a' };
    Object.defineProperty(hiddenWrong, 'count', { value: 'two', enumerable: false });
    const inherited = Object.assign(Object.create({ label: 'l', code: 'abc' }), { name: 'a' });
    const bare = Object.assign(Object.create(null), { name: 'a', kind: 'b', list: ['x'] });
    class Named {
      name = 'a';
      get label() {
        return 'l';
      }
    }
    for (const input of [hidden, hiddenWrong, inherited, bare, new Named()]) agrees(Leaf, input);
    // A key Object.prototype also has is there on every object, as zod reads it.
    const Odd = z.strictObject({ name: z.string(), toString: z.string().optional() });
    for (const input of [{ name: 'a' }, { name: 'a', toString: 'x' }]) agrees(Odd, input);
    const OddLoose = z.object({ name: z.string(), valueOf: z.unknown() });
    for (const input of [{ name: 'a' }, { name: 'a', extra: 1 }]) agrees(OddLoose, input);
  });

  it('leaves a field a program put on Object.prototype as zod leaves it, hidden or not', () => {
    const Plain = z.strictObject({ name: z.string(), label: z.string().optional() });
    agrees(Plain, { name: 'a' });
    const prototype = Object.prototype as { label?: unknown };
    // Not enumerable: no walk of the keys meets it, and zod does not read it.
    Object.defineProperty(prototype, 'label', { value: 'hidden', configurable: true });
    try {
      agrees(Plain, { name: 'a' });
    } finally {
      delete prototype.label;
    }
    // Enumerable: every walk meets it, and zod reads it.
    prototype.label = 'shown';
    try {
      agrees(Plain, { name: 'a' });
    } finally {
      delete prototype.label;
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
      fc.constantFrom('a', 'b', 'x', 'y', ' ', '12', '1.5', 'abc', 'on', 'off'),
      fc.integer({ min: -2, max: 3 }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
    );
    const key = fc.constantFrom(
      'name',
      'code',
      'count',
      'label',
      'plain',
      'mode',
      'kind',
      'fixed',
      'note',
      'tags',
      'list',
      'written',
      'flag',
      'mark',
      'either',
    );
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

describe('the compiled parser by default', () => {
  it('runs as closures, then as code once it has run a thousand times, with the same results', () => {
    const parse = compileParser(Tree, { maxDepth: 10 });
    const input = { label: 'a', children: [{ label: 'b', children: [] }, { label: 'c' }] };
    const expected = Tree.parse(input);
    for (let i = 0; i < 1050; i++) expect(parse(input)).toStrictEqual(expected);
    expect(parse({ label: 'a', children: [{ label: 1 }] })).toBe(FAIL);
  });
});

/** How deep objects and lists nest in a value: 0 for a scalar, 1 for `{}` or `[]`. */
function nesting(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Math.max(0, ...Object.values(value).map(nesting));
}

describe.each([true, false])('the compiled parser with a depth limit (code: %s)', (jit) => {
  // With `maxDepth`, the parser also gives up on input nested deeper than the limit, wherever the
  // depth is: in fields it reads, in keys zod strips, in options of a union it tries.
  const chain = (depth: number): unknown => (depth <= 0 ? 'x' : { label: 'a', children: [chain(depth - 2)] });

  it('gives the value of the parser without a limit, or FAIL exactly when the input nests too deep', () => {
    const node = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', maxDepth: 5 },
        fc.constantFrom('a', 'x', 1, null),
        tie('list'),
        tie('map'),
        fc.nat(12).map(chain),
      ),
      list: fc.array(tie('node'), { maxLength: 3 }),
      map: fc.dictionary(
        fc.constantFrom('label', 'children', 'kind', 'x', 'y', 'name', 'extra'),
        tie('node'),
        {
          maxKeys: 5,
        },
      ),
    })).node;
    const tagged = fc.record({ kind: fc.constant('y'), y: fc.constant('v'), extra: node });
    // Trees the schema takes, wide and deep, so that the limit falls inside them as often as not.
    const treeOf = (levels: number): fc.Arbitrary<unknown> =>
      fc.record({
        label: fc.constantFrom('a', 'b'),
        children: levels === 0 ? fc.constant([]) : fc.array(treeOf(levels - 1), { maxLength: 3 }),
      });
    const tree = fc.nat(5).chain(treeOf);
    fc.assert(
      fc.property(fc.oneof(node, tagged, tree), fc.integer({ min: 1, max: 10 }), (input, max) => {
        for (const schema of [Tree, Tagged, Leaf]) {
          const limited = compileParser(schema, { jit, maxDepth: max })(input);
          const free = compileParser(schema, { jit })(input);
          if (nesting(input) > max) expect(limited).toBe(FAIL);
          else expect(limited).toStrictEqual(free);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('takes a tree exactly as deep as the limit, and refuses one level more', () => {
    const parse = compileParser(Tree, { jit, maxDepth: 10 });
    let tree: unknown = { label: 'leaf', children: [] };
    for (let i = 0; i < 4; i++) tree = { label: 'a', children: [tree] };
    expect(nesting(tree)).toBe(10);
    expect(parse(tree)).not.toBe(FAIL);
    expect(parse({ label: 'top', children: [tree] })).toBe(FAIL);
  });

  it('measures what it does not walk as parseSupervision does', () => {
    expect(fits({ a: [1] }, 0, 2)).toBe(true);
    expect(fits({ a: [[1]] }, 0, 2)).toBe(false);
    expect(fits('text', 5, 5)).toBe(true);
  });
});
