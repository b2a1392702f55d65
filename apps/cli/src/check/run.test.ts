import { describe, expect, it } from 'vitest';
import { POOL_THRESHOLD, threadsFor } from './run.js';

describe('threadsFor', () => {
  it('keeps a short run in this thread', () => {
    expect(threadsFor(1, undefined, 8)).toBe(1);
    expect(threadsFor(POOL_THRESHOLD - 1, undefined, 8)).toBe(1);
  });

  it('uses one worker per core, at most four, for a long run', () => {
    expect(threadsFor(POOL_THRESHOLD, undefined, 2)).toBe(2);
    expect(threadsFor(1000, undefined, 16)).toBe(4);
    expect(threadsFor(1000, undefined, 1)).toBe(1);
  });

  it('does as --jobs says, never more threads than files', () => {
    expect(threadsFor(60, 2, 2)).toBe(2);
    expect(threadsFor(1000, 1, 8)).toBe(1);
    expect(threadsFor(3, 8, 8)).toBe(3);
  });
});
