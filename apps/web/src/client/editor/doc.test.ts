import { describe, expect, it } from 'vitest';
import { getIn, moveIn, pushIn, removeIn, setIn } from './doc.js';

describe('setIn', () => {
  it('replaces one value and leaves the original untouched', () => {
    const doc = { a: { b: [{ c: 1 }, { c: 2 }] } };
    const next = setIn(doc, ['a', 'b', 1, 'c'], '2.169');
    expect(getIn(next, ['a', 'b', 1, 'c'])).toBe('2.169');
    expect(doc.a.b[1]!.c).toBe(2);
    expect(next.a.b[0]).toBe(doc.a.b[0]);
  });

  it('creates the objects along a new path', () => {
    expect(setIn({}, ['pending', 'total'], '06')).toEqual({ pending: { total: '06' } });
  });

  it('removes a cleared optional group instead of leaving an invalid {}', () => {
    expect(setIn({ kind: 'dossiers', pending: { total: '06' } }, ['pending', 'total'], undefined)).toEqual({
      kind: 'dossiers',
    });
  });

  it('keeps a group that still has other fields', () => {
    expect(setIn({ pending: { total: '06', overdue: 0 } }, ['pending', 'total'], undefined)).toEqual({
      pending: { overdue: 0 },
    });
  });
});

describe('pushIn and removeIn', () => {
  it('add and remove rows of an array, creating it when missing', () => {
    const doc = pushIn({ parts: [{ label: 'a' }] }, ['parts'], {});
    expect(doc.parts).toEqual([{ label: 'a' }, {}]);
    expect(removeIn(doc, ['parts'], 0).parts).toEqual([{}]);
    expect(pushIn({}, ['places'], '')).toEqual({ places: [''] });
  });
});

describe('moveIn', () => {
  it('moves a block up or down among its siblings', () => {
    const doc = { figures: [{ kind: 'amount' }, { kind: 'ratio' }, { kind: 'count' }] };
    expect(moveIn(doc, ['figures'], 2, -1).figures.map((f) => f.kind)).toEqual(['amount', 'count', 'ratio']);
    expect(moveIn(doc, ['figures'], 0, 1).figures.map((f) => f.kind)).toEqual(['ratio', 'amount', 'count']);
  });

  it('changes nothing when the move would leave the list', () => {
    const doc = { figures: [{ kind: 'amount' }, { kind: 'ratio' }] };
    expect(moveIn(doc, ['figures'], 0, -1)).toBe(doc);
    expect(moveIn(doc, ['figures'], 1, 1)).toBe(doc);
  });
});
