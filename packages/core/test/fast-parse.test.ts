import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileParser, FAIL } from '../src/parse/fast-parse.js';
import { readText } from '../src/parse/yaml.js';
import { Supervision } from '../src/supervision/schema.js';

// The compiled parser on the supervision schema itself: every example, and the examples altered at
// random places (a value replaced, a key removed or added), give exactly what zod gives.

const FILES = ['diem-mac-2024.yaml', 'thanh-binh-2025.yaml'];
const read = (name: string): unknown => {
  const r = readText(readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(`${name} does not read`);
  return r.data;
};
// Both ways of compiling: objects as code (a long-lived process), and as closures (the default
// for its first thousand parses, and where code may not be compiled).
let fast = compileParser(Supervision, { jit: true });

function agrees(input: unknown): boolean {
  const slow = Supervision.safeParse(input);
  const value = fast(input);
  if (slow.success) expect(value).toStrictEqual(slow.data);
  else expect(value).toBe(FAIL);
  return slow.success;
}

/** Every path of the data, to each value. */
function paths(node: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(path);
  if (Array.isArray(node)) for (const [i, v] of node.entries()) paths(v, [...path, i], out);
  else if (node !== null && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) paths(v, [...path, k], out);
  return out;
}

/** The data with the value at `path` replaced (undefined: removed). */
function replaced(data: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(data)) {
    const copy = [...data];
    if (value === undefined && rest.length === 0) copy.splice(head as number, 1);
    else copy[head as number] = replaced(copy[head as number], rest, value);
    return copy;
  }
  const copy = { ...(data as Record<string, unknown>) };
  if (value === undefined && rest.length === 0) delete copy[head as string];
  else copy[head as string] = replaced(copy[head as string], rest, value);
  return copy;
}

describe.each([true, false])('the compiled supervision parser (as code: %s)', (jit) => {
  beforeAll(() => {
    fast = compileParser(Supervision, { jit });
  });

  it.each(FILES)('gives what zod gives for %s', (name) => {
    expect(agrees(read(name))).toBe(true);
  });

  it.each(FILES)(
    'gives what zod gives for %s as JSON.parse gives it, and on objects without a prototype',
    (name) => {
      const json = JSON.stringify(read(name));
      expect(agrees(JSON.parse(json))).toBe(true);
      const bare = JSON.parse(json, (_key, value) =>
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? Object.assign(Object.create(null), value)
          : value,
      );
      expect(agrees(bare)).toBe(true);
    },
  );

  it.each(FILES)(
    'gives what zod gives, or refuses as zod does, for %s altered anywhere',
    (name) => {
      const data = read(name);
      const all = paths(data);
      const value = fc.oneof(
        fc.constant(undefined),
        fc.constantFrom(
          '',
          'x',
          '05',
          '1.248',
          '92,87',
          '-3',
          '31/02/2024',
          '13/2024',
          'KH',
          'portal-6',
          'done',
        ),
        fc.integer({ min: -1, max: 3000 }),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.constant([]),
        fc.constant({}),
        fc.constant({ extra: 1 }),
      );
      let taken = 0;
      fc.assert(
        fc.property(fc.nat(all.length - 1), value, (at, v) => {
          if (agrees(replaced(data, all[at]!, v))) taken++;
        }),
        { numRuns: 500 },
      );
      // Both outcomes were met: the alterations exercised the happy path as well as the refusals.
      expect(taken).toBeGreaterThan(30);
    },
    120_000,
  );
});
