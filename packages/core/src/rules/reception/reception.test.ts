import { describe, expect, it } from 'vitest';
import { supervision } from '../../../test/builders.js';
import { FIGURE_DESCRIPTORS } from '../../figures/descriptors.js';
import { checkSupervision, formatFinding, parseSupervision } from '../../index.js';

const withReception = (block: Record<string, unknown>) => {
  const parsed = parseSupervision(supervision([{ kind: 'citizenReception', ...block } as never]));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return checkSupervision(parsed.value, { now: { year: 2024, month: 11, day: 20 } }).filter(
    (f) => f.code === 'reception.resolved-exceeds-received',
  );
};

describe('reception.resolved-exceeds-received', () => {
  it('reports more petitions resolved than within the commune’s jurisdiction, in both languages', () => {
    const [f] = withReception({
      petitions: { received: 30, withinJurisdiction: 20, outsideJurisdiction: 10, resolved: 22 },
    });
    expect(f?.paths).toEqual([
      ['sections', 0, 'figures', 0, 'petitions', 'resolved'],
      ['sections', 0, 'figures', 0, 'petitions', 'withinJurisdiction'],
    ]);
    expect(formatFinding(f!, 'vi')).toBe('Đã giải quyết 22 đơn, nhiều hơn số đơn thuộc thẩm quyền (20).');
    expect(formatFinding(f!, 'en')).toBe(
      '22 petitions resolved, more than those within the commune’s jurisdiction (20).',
    );
  });

  it('holds resolved against all received when the notice does not split by jurisdiction', () => {
    const [f] = withReception({ petitions: { received: 8, resolved: 9 } });
    expect(formatFinding(f!, 'vi')).toBe('Đã giải quyết 9 đơn, nhiều hơn số đơn tiếp nhận (8).');
  });

  it('stays silent when resolved is within the bound, or not given', () => {
    expect(withReception({ petitions: { received: 30, withinJurisdiction: 20, resolved: 20 } })).toEqual([]);
    expect(withReception({ sessions: 12, people: 41, petitions: { received: 3 } })).toEqual([]);
  });

  it('is spoken by the example its descriptor carries (the one explain shows)', () => {
    const example = FIGURE_DESCRIPTORS.citizenReception.examples?.['reception.resolved-exceeds-received'];
    expect(withReception({ ...example })).toHaveLength(1);
  });
});
