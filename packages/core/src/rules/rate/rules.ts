import type { RateEvaluation } from '../../checks/model-index.js';
import { computedQuantity, reportedQuantity } from '../../checks/quantity.js';
import type { Draft, Rule } from '../../checks/types.js';
import { sameDecimal } from '../../numbers/compare.js';
import { Decimal } from '../../numbers/decimal.js';
import type { RoundingMode } from '../../numbers/rounding.js';

const SHOWN_DIGITS = 4;

const HUNDRED = new Decimal(100);

/**
 * 100% and 0% say "all" and "none": a part short of the whole (or above nothing) is never
 * either, whatever rounding would give (2.173 of 2.175 is 99,908%, not 100%).
 */
function falseExtreme(e: RateEvaluation): boolean {
  return (
    (sameDecimal(e.rate.value, HUNDRED) || e.rate.value.isZero()) &&
    e.exact !== undefined &&
    !sameDecimal(e.exact, e.rate.value)
  );
}

export const rateMismatch: Rule = {
  code: 'rate.mismatch',
  severity: 'error',
  reads: ['*.rate', '*.part', '*.whole'],
  run({ index }) {
    const out: Draft[] = [];
    for (const e of index.rates) {
      if (!e.exact) continue;
      const extreme = falseExtreme(e);
      if (e.modes.length > 0 && !extreme) continue;
      out.push({
        paths: [e.ratePath, e.partPath, e.wholePath],
        computed: computedQuantity(e.exact.toDecimalPlaces(Math.max(SHOWN_DIGITS, e.rate.scale)), 'percent'),
        reported: reportedQuantity(e.rate, 'percent'),
        params: {
          ...(extreme ? { extreme: 'yes' } : {}),
          label: e.label,
          part: reportedQuantity(e.part, e.unit),
          whole: reportedQuantity(e.whole, e.unit),
        },
      });
    }
    return out;
  },
};

export const mixedRounding: Rule = {
  code: 'rounding.mixed',
  severity: 'warning',
  reads: ['*.rate'],
  run({ index, conventions }) {
    // A rate tells its convention only when some conventions fail it; "62,5" fits all.
    // A false 100% is wrong under every reading (rate.mismatch says so): it tells no convention.
    const telling = index.rates.filter(
      (e) => e.modes.length > 0 && e.modes.length < conventions.length && !falseExtreme(e),
    );
    const common = conventions.filter((m: RoundingMode) => telling.every((t) => t.modes.includes(m)));
    if (common.length > 0 || telling.length < 2) return [];
    const groups = new Map<string, string[]>();
    for (const t of telling) {
      const key = t.modes.join('/');
      groups.set(key, [...(groups.get(key) ?? []), t.label]);
    }
    return [
      {
        paths: telling.map((t) => t.ratePath),
        params: {
          conventions: [...groups.keys()],
          ...Object.fromEntries([...groups.entries()].map(([k, labels]) => [`by:${k}`, labels])),
        },
      },
    ];
  },
};
