import { reportedQuantity } from '../../checks/quantity.js';
import type { Draft, Rule } from '../../checks/types.js';
import type { FigureEntry } from '../../checks/walk.js';
import { compareDates } from '../../dates/calendar.js';
import type { DigitisationBlock, DossierBlock } from '../../figures/schema.js';
import type { Period } from '../../figures/values.js';
import { compareDecimals } from '../../numbers/compare.js';
import { periodText } from '../date/rules.js';

/** Two periods share at least a day; an open end reaches as far as the other's. */
export function periodsOverlap(a: Period, b: Period): boolean {
  if (a.from && b.to && compareDates(a.from, b.to) > 0) return false;
  if (b.from && a.to && compareDates(b.from, a.to) > 0) return false;
  return true;
}

const dated = (p: Period | undefined): p is Period => p?.from !== undefined || p?.to !== undefined;

/**
 * More dossiers digitised than received (with those carried over) over overlapping periods.
 * A note, not an error: some offices count a dossier's components or its results separately,
 * which the text seldom says (the seed digitises 3.883 while receiving 2.175).
 */
export const digitisedWithinReceived: Rule = {
  code: 'digitisation.exceeds-received',
  severity: 'info',
  legalBasis: 'Nghị định 107/2021/NĐ-CP (số hóa hồ sơ, kết quả giải quyết TTHC); Thông tư 01/2020/TT-VPCP',
  reads: ['digitisation.total', 'dossiers.received.total', '*.period'],
  run({ index }) {
    const digitised = index.figures.filter(
      (e): e is FigureEntry<DigitisationBlock> => e.figure.kind === 'digitisation',
    );
    const received = index.figures.filter(
      (e): e is FigureEntry<DossierBlock> => e.figure.kind === 'dossiers',
    );
    const out: Draft[] = [];
    for (const d of digitised) {
      for (const r of received) {
        const [dp, rp] = [d.figure.period, r.figure.period];
        if (!dated(dp) || !dated(rp) || !periodsOverlap(dp, rp)) continue;
        if (compareDecimals(d.figure.total.value, r.figure.received.total.value) <= 0) continue;
        out.push({
          paths: [
            [...d.path, 'total'],
            [...r.path, 'received', 'total'],
          ],
          reported: reportedQuantity(d.figure.total, 'count'),
          computed: reportedQuantity(r.figure.received.total, 'count'),
          params: { periods: [periodText(dp), periodText(rp)] },
        });
      }
    }
    return out;
  },
};
