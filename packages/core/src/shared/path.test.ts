import { describe, expect, it } from 'vitest';
import { extendPath } from './path.js';

describe('extendPath', () => {
  it('is the base followed by the keys, one to three, as a new array', () => {
    const base = ['sections', 1];
    expect(extendPath(base, 'figures')).toEqual(['sections', 1, 'figures']);
    expect(extendPath(base, 'figures', 0)).toEqual(['sections', 1, 'figures', 0]);
    expect(extendPath(base, 'figures', 0, 'value')).toEqual(['sections', 1, 'figures', 0, 'value']);
    expect(extendPath([], 0)).toEqual([0]);
    expect(base).toEqual(['sections', 1]);
  });

  it('keeps a 0 or an empty key, and has no holes', () => {
    const p = extendPath(['a'], 0, '', 0);
    expect(p).toEqual(['a', 0, '', 0]);
    expect(Object.keys(p)).toEqual(['0', '1', '2', '3']);
    expect(JSON.stringify(p)).toBe('["a",0,"",0]');
  });
});
