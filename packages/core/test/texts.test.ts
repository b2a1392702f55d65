import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyFlags, NOT_PROSE, textsOf, walkModel } from '../src/checks/texts.js';
import { values } from '../src/checks/values.js';
import { parseSupervisionText } from '../src/index.js';
import { textFields } from '../src/names/variants.js';
import { CODE_FIELDS } from '../src/shared/fields.js';
import type { Supervision } from '../src/supervision/schema.js';

// The checks walk a supervision's strings once (`textsOf`) for every rule that reads prose; the
// name rule then reads exactly the texts `textFields` (the names scan's own walk) gives.

const model = (file: string) => {
  const r = parseSupervisionText(readFileSync(new URL(`../../../examples/${file}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(`${file} does not parse`);
  return r.value;
};

describe('the texts the checks walk once', () => {
  it.each(['diem-mac-2024.yaml', 'thanh-binh-2025.yaml'])(
    'name exactly the fields textFields gives in %s',
    (file) => {
      const m = model(file);
      const named = textsOf(m)
        .entries.filter((e) => e.named)
        .map(({ text, path }) => ({ text, path }));
      expect(named).toEqual(textFields(m));
    },
  );

  it.each(['diem-mac-2024.yaml', 'thanh-binh-2025.yaml'])(
    'gather exactly the figures and dates values gives in %s',
    (file) => {
      const m = model(file);
      // Read as plain records: the walk spells a value's path out only when it is read.
      const walked = walkModel(m).values.map(({ type, value, path }) => ({ type, value, path }));
      expect(walked).toEqual(values(m));
    },
  );

  it("spell out a value's path once, the same array each time it is read", () => {
    const [first] = walkModel(model('diem-mac-2024.yaml')).values;
    expect(first?.path).toBe(first?.path);
  });

  it.each(['diem-mac-2024.yaml', 'thanh-binh-2025.yaml'])(
    "follow each record's own order of keys, as a model built in code may have it, in %s",
    (file) => {
      // Every record's keys reversed: the texts come in the new order, as textFields walks them.
      const reversed = reverseKeys(model(file)) as Supervision;
      const named = textsOf(reversed)
        .entries.filter((e) => e.named)
        .map(({ text, path }) => ({ text, path }));
      expect(named).toEqual(textFields(reversed));
      expect(named).not.toEqual(textFields(model(file)));
      const walked = walkModel(reversed).values.map(({ type, value, path }) => ({ type, value, path }));
      expect(walked).toEqual(values(reversed));
    },
  );

  it('read a key as no prose or as a code exactly as NOT_PROSE and CODE_FIELDS say', () => {
    const keys = new Set([...NOT_PROSE, ...CODE_FIELDS, ...keysOf(model('diem-mac-2024.yaml'))]);
    for (const key of keys) {
      expect([key, keyFlags(key)]).toEqual([
        key,
        (NOT_PROSE.has(key) ? 1 : 0) | (CODE_FIELDS.has(key) ? 2 : 0),
      ]);
    }
  });

  it('keep figures, dates and the words beside amounts out of prose', () => {
    const m = model('diem-mac-2024.yaml');
    const { entries, inWords } = textsOf(m);
    const at = (e: { path: readonly (string | number)[] }) => e.path.join('.');
    expect(entries.some((e) => e.prose && at(e).startsWith('documents.'))).toBe(false);
    expect(entries.some((e) => e.amounts && e.path.at(-1) === 'inWords')).toBe(false);
    for (const f of inWords) expect(f.path.at(-1)).toBe('inWords');
  });
});

/** A copy with every plain record's keys in reverse order (figures and other class instances kept). */
function reverseKeys(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(reverseKeys);
  if (node === null || typeof node !== 'object' || Object.getPrototypeOf(node) !== Object.prototype)
    return node;
  return Object.fromEntries(
    Object.entries(node)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

/** Every key of every plain record in a model. */
function keysOf(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) keysOf(child, out);
  else if (node !== null && typeof node === 'object' && Object.getPrototypeOf(node) === Object.prototype)
    for (const [k, v] of Object.entries(node)) {
      out.push(k);
      keysOf(v, out);
    }
  return out;
}
