import { describe, expect, it } from 'vitest';
import { merge } from './merge.js';

const base: Record<string, unknown> = { subject: 'A', figures: [{ total: 2170 }], closing: 'x' };

describe('merge after a version conflict', () => {
  it('applies my changes onto the version that won when we touched different fields', () => {
    const mine = { ...base, figures: [{ total: '2169' }] };
    const theirs = { ...base, closing: 'y' };
    const r = merge(base, mine, theirs);
    expect(r.merged).toEqual({ subject: 'A', figures: [{ total: '2169' }], closing: 'y' });
    expect(r.applied).toBe(1);
    expect(r.clashes).toEqual([]);
  });

  it("keeps the other person's value where we both changed the same field, and says where", () => {
    const r = merge(base, { ...base, subject: 'mine' }, { ...base, subject: 'theirs' });
    expect(r.merged.subject).toBe('theirs');
    expect(r.clashes).toEqual(['subject']);
  });

  it('counts no clash when we both made the same change', () => {
    const r = merge(base, { ...base, subject: 'same' }, { ...base, subject: 'same' });
    expect(r.clashes).toEqual([]);
    expect(r.merged.subject).toBe('same');
  });
});
