import { describe, expect, it } from 'vitest';
import { diffDocuments } from './diff.js';

describe('diffDocuments', () => {
  it('lists each changed field with its path, before and after', () => {
    const before = { year: 2024, sections: [{ figures: [{ resolved: { total: 2170 } }] }] };
    const after = { year: 2024, sections: [{ figures: [{ resolved: { total: '2169' } }] }] };
    expect(diffDocuments(before, after).changes).toEqual([
      { path: ['sections', 0, 'figures', 0, 'resolved', 'total'], before: 2170, after: '2169' },
    ]);
  });

  it('records added and removed fields and array items', () => {
    const { changes } = diffDocuments({ a: 1, list: ['x'] }, { b: 2, list: ['x', 'y'] });
    expect(changes).toEqual([
      { path: ['a'], before: 1 },
      { path: ['list', 1], after: 'y' },
      { path: ['b'], after: 2 },
    ]);
  });

  it('stops listing after the limit and counts the rest', () => {
    const before = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`k${i}`, i]));
    const r = diffDocuments(before, {}, 3);
    expect(r.changes).toHaveLength(3);
    expect(r.more).toBe(2);
  });
});
