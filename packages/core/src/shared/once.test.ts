import { describe, expect, it } from 'vitest';
import { once } from './once.js';

describe('once', () => {
  it('makes the value at the first call, not before, and gives the same value after', () => {
    let calls = 0;
    const pattern = once(() => {
      calls++;
      return /\p{M}/u;
    });
    expect(calls).toBe(0);
    const first = pattern();
    expect(calls).toBe(1);
    expect(pattern()).toBe(first);
    expect(calls).toBe(1);
    expect(first.test('a\u0301')).toBe(true);
  });

  it('keeps a value that is undefined without making it again', () => {
    let calls = 0;
    const nothing = once(() => {
      calls++;
      return undefined;
    });
    expect(nothing()).toBeUndefined();
    expect(nothing()).toBeUndefined();
    expect(calls).toBe(1);
  });

  it('makes it again after a throw, as a first call would', () => {
    let calls = 0;
    const flaky = once(() => {
      calls++;
      if (calls === 1) throw new Error('first');
      return calls;
    });
    expect(() => flaky()).toThrow('first');
    expect(flaky()).toBe(2);
    expect(flaky()).toBe(2);
  });
});
