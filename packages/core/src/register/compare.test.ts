import { describe, expect, it } from 'vitest';
import { cleanExampleDossiers, type Figures, registerFor, toCsv } from '../../test/register.js';
import { formatFinding } from '../messages/index.js';
import { blockPeriod, compareRecount } from './compare.js';
import { REGISTER_WORDING } from './messages.js';
import { createRegisterReader } from './read.js';

// The clean example's dossier block: 01/01–30/9/2025, received 1.248 (online 1.102, direct 96,
// postal 20, carried over 30), resolved 1.230 (early 845, on time 380, late 05), pending 18.
const entry = cleanExampleDossiers();
const THANH_BINH: Figures = {
  online: 1102,
  direct: 96,
  postal: 20,
  carriedOver: 30,
  early: 845,
  onTime: 380,
  late: 5,
  withinDeadline: 16,
  overdue: 2,
};

function findingsFor(figures: Figures) {
  const reader = createRegisterReader({ period: blockPeriod(entry.figure)! });
  reader.push(toCsv(registerFor(figures)));
  const { recount } = reader.end();
  return compareRecount(recount!, entry.figure, entry.path);
}

describe('compareRecount', () => {
  it('finds nothing when the register bears out every figure of the notice', () => {
    expect(findingsFor(THANH_BINH)).toEqual([]);
  });

  it('puts a finding on each figure the register counts otherwise, by one dossier', () => {
    const findings = findingsFor({ ...THANH_BINH, onTime: 379, late: 6 });
    expect(
      findings.map((f) => [f.paths[0]!.slice(-2).join('.'), f.reported?.written, f.computed?.value]),
    ).toEqual([
      ['resolved.onTime', '380', '379'],
      ['resolved.late', '05', '6'],
    ]);
    expect(findings[0]!.paths[0]!.slice(0, -2)).toEqual(entry.path);
    expect(formatFinding(findings[1]!, 'vi', REGISTER_WORDING)).toBe(
      'Sổ theo dõi hồ sơ đếm được 6 hồ sơ giải quyết quá hạn trong kỳ 01/01/2025 – 30/09/2025, nhưng thông báo ghi 5.',
    );
    expect(formatFinding(findings[0]!, 'en', REGISTER_WORDING)).toBe(
      'The dossier register counts 379 dossiers resolved on time for 01/01/2025 – 30/09/2025, but the notice states 380.',
    );
  });

  it('does not compare channels or statuses that the register has no column for', () => {
    const reader = createRegisterReader({ period: blockPeriod(entry.figure)! });
    const text = toCsv(registerFor({ ...THANH_BINH, online: 1101, direct: 97 }))
      .split('\r\n')
      .map((line) => line.split(',').slice(0, 6).join(','))
      .join('\r\n');
    reader.push(text);
    const { recount } = reader.end();
    expect(recount?.read).toEqual({ channel: false, status: false });
    expect(compareRecount(recount!, entry.figure, entry.path)).toEqual([]);
  });
});
