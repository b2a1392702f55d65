import { describe, expect, it } from 'vitest';
import { supervision } from '../../../test/builders.js';
import { check, codes, NOW } from '../../../test/check.js';
import { type Checker, createChecker } from '../../checks/check.js';
import type { FigureBlock } from '../../figures/schema.js';
import { Decimal } from '../../numbers/decimal.js';
import { parseSupervision } from '../../parse/parse.js';
import type { Supervision } from '../../supervision/schema.js';

const digitisation = (done: number, total: number, rate: string) => ({
  kind: 'digitisation' as const,
  done,
  total,
  rate,
});

describe('rate.mismatch', () => {
  it('accepts a rate written under any accepted convention', () => {
    expect(check(supervision([digitisation(3796, 3883, '97,76')]))).toEqual([]);
  });

  it('reports a rate that no convention produces, with the recomputed value', () => {
    const [f] = check(supervision([digitisation(3796, 3883, '97,86')]));
    expect(f).toMatchObject({
      code: 'rate.mismatch',
      severity: 'error',
      computed: { value: '97.7595', unit: 'percent' },
      reported: { written: '97,86', scale: 2 },
    });
  });

  it('never accepts 100% or 0% for a part short of the whole or above nothing, whatever the rounding', () => {
    expect(codes(check(supervision([digitisation(2173, 2175, '100')])))).toEqual(['rate.mismatch']);
    expect(codes(check(supervision([digitisation(1, 2175, '0')])))).toEqual(['rate.mismatch']);
    expect(check(supervision([digitisation(68, 68, '100')]))).toEqual([]);
    expect(check(supervision([digitisation(0, 68, '0')]))).toEqual([]);
    expect(check(supervision([digitisation(2173, 2175, '99,9')]))).toEqual([]);
  });

  it('follows the configured conventions: with half-up only, a truncated rate is wrong', () => {
    const budget = {
      kind: 'budget' as const,
      revenue: { actual: '5.824.272.835', plan: '6.271.000.000', rate: '92,87' },
    };
    expect(check(supervision([budget]))).toEqual([]);
    expect(codes(check(supervision([budget]), { config: { rules: {}, conventions: ['half-up'] } }))).toEqual([
      'rate.mismatch',
    ]);
  });
});

describe('rate.mismatch in a long-lived checker', () => {
  // A checker compares each rate with the one at the same place of its last check before working
  // it out again: what changed at that place, in the file or in the model since, must still count.
  const checkWith = (checker: Checker, model: Supervision) =>
    codes(checker.check(model, { now: NOW })).filter((c) => c === 'rate.mismatch');
  const model = (done: number, total: number, rate: string) => {
    const parsed = parseSupervision(supervision([digitisation(done, total, rate)]));
    if (!parsed.ok) throw new Error('builder produced invalid input');
    return parsed.value;
  };

  it('works out again a rate whose written form, part or whole changed at the same place', () => {
    const checker = createChecker();
    expect(checkWith(checker, model(3796, 3883, '97,76'))).toEqual([]);
    expect(checkWith(checker, model(3796, 3883, '97,86'))).toEqual(['rate.mismatch']);
    expect(checkWith(checker, model(3796, 3883, '97,76'))).toEqual([]);
    expect(checkWith(checker, model(3700, 3883, '97,76'))).toEqual(['rate.mismatch']);
    expect(checkWith(checker, model(3796, 3900, '97,76'))).toEqual(['rate.mismatch']);
  });

  it('sees a value changed in the model itself, its written form kept', () => {
    const checker = createChecker();
    const m = model(3796, 3883, '97,76');
    expect(checkWith(checker, m)).toEqual([]);
    const figure = m.sections[0]!.figures[0] as Extract<FigureBlock, { kind: 'digitisation' }>;
    figure.rate = { ...figure.rate!, value: new Decimal('50') };
    expect(checkWith(checker, m)).toEqual(['rate.mismatch']);
  });
});

describe('rounding.mixed', () => {
  it('warns when one notice truncates some rates and rounds others', () => {
    const findings = check(
      supervision([
        digitisation(3796, 3883, '97,76'),
        { kind: 'budget', revenue: { actual: '5.824.272.835', plan: '6.271.000.000', rate: '92,87' } },
      ]),
    );
    expect(codes(findings)).toEqual(['rounding.mixed']);
    expect(findings[0]!.params.conventions).toEqual(['half-up/half-even', 'truncate']);
  });

  it('stays quiet when rates that fit every convention sit beside one telling rate', () => {
    expect(check(supervision([digitisation(3796, 3883, '97,76'), digitisation(75, 120, '62,5')]))).toEqual(
      [],
    );
  });
});

describe('evaluateRates', () => {
  it('gives adapters each written rate with its exact value and the conventions that reproduce it', async () => {
    const { evaluateRates } = await import('../../adapters/index.js');
    const { parseSupervisionUnsafe } = await import('../../index.js');
    const model = parseSupervisionUnsafe(
      supervision([
        digitisation(3796, 3883, '97,76'),
        { kind: 'budget', revenue: { actual: '5.824.272.835', plan: '6.271.000.000', rate: '92,87' } },
      ]),
    );
    expect(
      evaluateRates(model).map((r) => [
        r.label,
        r.rate.written,
        r.exact?.toDecimalPlaces(4).toString(),
        r.modes,
      ]),
    ).toEqual([
      ['digitisation', '97,76', '97.7595', ['half-up', 'half-even']],
      ['revenue', '92,87', '92.8763', ['truncate']],
    ]);
    expect(evaluateRates(model, ['half-up']).map((r) => r.modes)).toEqual([['half-up'], []]);
  });
});
