import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSupervision, createChecker } from '../src/checks/check.js';
import { evaluateRates } from '../src/checks/model-index.js';
import type { Finding } from '../src/checks/types.js';
import { TextReadings } from '../src/citations/readings.js';
import type { Decimal } from '../src/numbers/decimal.js';
import type { Reported } from '../src/numbers/reported.js';
import { parseCheckConfig } from '../src/parse/config.js';
import { parseSupervisionText } from '../src/parse/parse.js';
import type { Supervision } from '../src/supervision/schema.js';

function example(name: string): Supervision {
  const r = parseSupervisionText(readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(`${name} does not parse`);
  return r.value;
}

const NOW = { now: { year: 2024, month: 11, day: 20 } };

describe('createChecker', () => {
  const seed = example('diem-mac-2024.yaml');
  const clean = example('thanh-binh-2025.yaml');

  it('gives each supervision the findings a fresh checker gives, whatever it checked before', () => {
    const checker = createChecker();
    const order = [seed, clean, seed, clean, seed];
    const kept = order.map((s) => checker.check(s, NOW));
    const fresh = order.map((s) => createChecker().check(s, NOW));
    expect(kept).toEqual(fresh);
    expect(kept[0]!.length).toBeGreaterThan(0);
  });

  it('compiles its config once: rules switched off stay off, re-graded ones keep their grade', () => {
    const config = parseCheckConfig({ rules: { 'dossier.balance': 'off', 'name.variant': 'error' } });
    if (!config.ok) throw new Error('config expected');
    const checker = createChecker({ config: config.value });
    const codes = checker.check(seed, NOW).map((f) => [f.code, f.severity]);
    expect(codes).not.toContainEqual(['dossier.balance', 'error']);
    expect(codes.filter(([c]) => c === 'name.variant').every(([, s]) => s === 'error')).toBe(true);
    expect(checkSupervision(seed, { ...NOW, config: config.value })).toEqual(checker.check(seed, NOW));
  });

  it('re-evaluates a rate whose written part keeps its text but not its value (a model built in code)', () => {
    // The rates' readings are kept by the figures' written forms; a model may pair one with
    // another value, and must then get the findings of that value.
    const rate = evaluateRates(seed).find((r) => r.modes.length > 0)!;
    const changed = withValueAt(seed, rate.partPath, rate.part.value.plus(1));
    const checker = createChecker();
    checker.check(seed, NOW);
    const mismatch = (fs: Finding[]) => fs.filter((f) => f.code === 'rate.mismatch').map((f) => f.paths);
    expect(mismatch(checker.check(changed, NOW))).toEqual(mismatch(createChecker().check(changed, NOW)));
    expect(mismatch(checker.check(changed, NOW))).toContainEqual(expect.arrayContaining([rate.ratePath]));
  });
});

/** A copy of `model` whose figure at `path` keeps its written form but has `value`. */
function withValueAt(model: Supervision, path: readonly (string | number)[], value: Decimal): Supervision {
  const copy = (node: unknown, at: number): unknown => {
    if (at === path.length) return { ...(node as Reported), value };
    const key = path[at]!;
    if (Array.isArray(node)) return node.map((x, i) => (i === key ? copy(x, at + 1) : x));
    const record = node as Record<string, unknown>;
    return { ...record, [key]: copy(record[key], at + 1) };
  };
  return copy(model, 0) as Supervision;
}

describe('TextReadings', () => {
  it('reads a text once and hands out a reading nobody can alter', () => {
    const readings = new TextReadings();
    const first = readings.citation('Kế hoạch số 10/KH-UBND ngày 05/01/2024 về cải cách hành chính');
    expect(readings.citation('Kế hoạch số 10/KH-UBND ngày 05/01/2024 về cải cách hành chính')).toBe(first);
    if (!first.ok) throw new Error('reading expected');
    expect(() => {
      (first.citation as { number?: string }).number = '11';
    }).toThrow(TypeError);
  });

  it('lets the oldest half go past its limit, and reads them again the same way', () => {
    const readings = new TextReadings(4);
    const texts = [
      'Nghị định 1/2020/NĐ-CP',
      'Nghị định 2/2020/NĐ-CP',
      'Nghị định 3/2020/NĐ-CP',
      'Nghị định 4/2020/NĐ-CP',
      'Nghị định 5/2020/NĐ-CP',
    ];
    const first = texts.map((t) => readings.citation(t));
    expect(texts.map((t) => readings.citation(t))).toEqual(first);
  });
});
