import { describe, expect, it } from 'vitest';
import { Decimal } from '../numbers/decimal.js';
import { evaluate, type FigureRef, parseExpression, refsOf } from './expression.js';

const read = (source: string) => {
  const r = parseExpression(source);
  if (!r.ok) throw new Error(`did not parse: ${JSON.stringify(r.error)}`);
  return r.expr;
};
const value = (source: string, figures: Record<string, string> = {}) =>
  evaluate(read(source), (ref: FigureRef) =>
    ref.text in figures ? new Decimal(figures[ref.text]!) : undefined,
  )?.toString();

describe('parseExpression', () => {
  it('reads references with block ids and list selectors, as written', () => {
    const refs = refsOf(
      read('count[tuyen-truyen-vien].value - index766.components[mdsh].score + dossiers.received.total'),
    );
    expect(
      refs.map((r) => [
        r.kind,
        r.id,
        r.steps.map((s) => s.field + (s.select ? `[${s.select}]` : '')).join('.'),
      ]),
    ).toEqual([
      ['count', 'tuyen-truyen-vien', 'value'],
      ['index766', undefined, 'components[mdsh].score'],
      ['dossiers', undefined, 'received.total'],
    ]);
  });

  it('binds × and ÷ tighter than + and −, and follows parentheses', () => {
    expect(value('2 + 3 * 4')).toBe('14');
    expect(value('(2 + 3) * 4')).toBe('20');
    expect(value('10 - 4 - 3')).toBe('3');
    expect(value('-2 * -3')).toBe('6');
  });

  it('takes the signs pasted from a Word document: − × ÷ and ":"', () => {
    expect(value('(10 − 4) × 3 ÷ 2')).toBe('9');
    expect(value('9 : 3')).toBe('3');
  });

  it('says where it stopped and what it wanted there', () => {
    expect(parseExpression('digitisation.done +')).toEqual({
      ok: false,
      error: { position: 19, expected: 'operand', found: 'end' },
    });
    expect(parseExpression('(a.b + 1')).toEqual({
      ok: false,
      error: { position: 8, expected: 'close', found: 'end' },
    });
    expect(parseExpression('a.b 2')).toEqual({
      ok: false,
      error: { position: 4, expected: 'operator', found: '2' },
    });
    expect(parseExpression('dossiers')).toEqual({
      ok: false,
      error: { position: 8, expected: 'field', found: 'end' },
    });
    expect(parseExpression('a.b; process.exit()').ok).toBe(false);
  });

  it('refuses "1.000", a thousand to a Vietnamese reader and one to a machine', () => {
    expect(parseExpression('a.b * 1.000')).toEqual({
      ok: false,
      error: { position: 6, expected: 'plain-number', found: '1.000' },
    });
    expect(value('1000 * 0.125 + 1.5')).toBe('126.5');
  });
});

describe('evaluate', () => {
  it('computes in exact decimals, never in binary floating point', () => {
    expect(value('0.1 + 0.2')).toBe('0.3');
    expect(value('a.x * 100 / a.y', { 'a.x': '3796', 'a.y': '3883' })).toBe(
      '97.75946433170229204223538501158897759464',
    );
  });

  it('has no value when a figure is missing or a division is by zero', () => {
    expect(value('a.x + 1')).toBeUndefined();
    expect(value('1 / (a.x - a.x)', { 'a.x': '5' })).toBeUndefined();
  });
});
