import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textsOf, walkModel } from '../src/checks/texts.js';
import { values } from '../src/checks/values.js';
import { parseSupervisionText } from '../src/index.js';
import { textFields } from '../src/names/variants.js';

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
      expect(walkModel(m).values).toEqual(values(m));
    },
  );

  it('keep figures, dates and the words beside amounts out of prose', () => {
    const m = model('diem-mac-2024.yaml');
    const { entries, inWords } = textsOf(m);
    const at = (e: { path: readonly (string | number)[] }) => e.path.join('.');
    expect(entries.some((e) => e.prose && at(e).startsWith('documents.'))).toBe(false);
    expect(entries.some((e) => e.amounts && e.path.at(-1) === 'inWords')).toBe(false);
    for (const f of inWords) expect(f.path.at(-1)).toBe('inWords');
  });
});
