import { describe, expect, it } from 'vitest';
import { supervision } from '../../../test/builders.js';
import { check, codes } from '../../../test/check.js';

const seedComponents = [
  { key: 'ckmb', score: '17.6', max: 18 },
  { key: 'tdgq', score: '19.4', max: 20 },
  { key: 'mdsh', score: '15.3', max: 22 },
  { key: 'clgq', score: '7.5', max: 12 },
  { key: 'tttt', score: 10, max: 10 },
  { key: 'mdhl', score: 18, max: 18 },
];
const index = (total: string, components = seedComponents) => ({
  kind: 'index766' as const,
  total,
  components,
});

describe('766 index', () => {
  it('accepts a total within n × 0,05 of components shown to 0,1 (87,81 against 87,8)', () => {
    expect(check(supervision([index('87.81')]))).toEqual([]);
    expect(check(supervision([index('88.10')]))).toEqual([]);
  });

  it('reports a total beyond the rounding tolerance', () => {
    const [f] = check(supervision([index('88.11')]));
    expect(f).toMatchObject({
      code: 'index766.total',
      computed: { value: '87.8' },
      params: { tolerance: { value: '0.3' } },
    });
  });

  it('reports a score above its maximum', () => {
    const components = seedComponents.map((c) => (c.key === 'tttt' ? { ...c, score: 11 } : c));
    expect(codes(check(supervision([index('88.8', components)])))).toEqual(['index766.score-over-max']);
  });

  it('knows both framework versions and their maxima', () => {
    const wrongMax = seedComponents.map((c) => (c.key === 'clgq' ? { ...c, max: 22 } : c));
    const [f] = check(supervision([index('87.81', wrongMax)]));
    expect(f).toMatchObject({
      code: 'index766.framework',
      params: { problem: 'max-differs' },
      computed: { value: '12' },
    });
    const decision5 = { ...index('87.81'), framework: 'decision-5' };
    expect(check(supervision([decision5])).map((x) => x.params.component)).toEqual(['clgq', 'tttt']);
  });
});
