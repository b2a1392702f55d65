import { describe, expect, it } from 'vitest';
import { supervision } from '../../../test/builders.js';
import { check, codes } from '../../../test/check.js';

const period = { from: '01/01/2024', to: '30/9/2024' };
const dossiers = {
  kind: 'dossiers',
  period,
  received: { total: 100 },
  resolved: { total: 95 },
  pending: { total: 5 },
};
const digitised = (total: number, p: object | undefined = period) => ({
  kind: 'digitisation',
  ...(p ? { period: p } : {}),
  done: total,
  total,
});

describe('digitisation.exceeds-received', () => {
  it('notes more dossiers digitised than received over the same period, naming both figures', () => {
    const found = check(supervision([dossiers, digitised(150)] as never));
    expect(codes(found)).toEqual(['digitisation.exceeds-received']);
    expect(found[0]?.severity).toBe('info');
    expect(found[0]?.paths).toEqual([
      ['sections', 0, 'figures', 1, 'total'],
      ['sections', 0, 'figures', 0, 'received', 'total'],
    ]);
  });

  it('says nothing when the digitised count stays within those received', () => {
    expect(check(supervision([dossiers, digitised(100)] as never))).toEqual([]);
  });

  it('compares only periods that share a day, and only dated ones', () => {
    const later = { from: '01/10/2024', to: '31/12/2024' };
    expect(codes(check(supervision([dossiers, digitised(150, later)] as never)))).not.toContain(
      'digitisation.exceeds-received',
    );
    expect(codes(check(supervision([dossiers, digitised(150, null as never)] as never)))).not.toContain(
      'digitisation.exceeds-received',
    );
  });
});
