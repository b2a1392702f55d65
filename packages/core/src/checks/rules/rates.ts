import type { RoundingMode } from '../../numbers/rounding.js';
import { computedQuantity, reportedQuantity } from '../quantity.js';
import type { Draft, Rule } from '../types.js';

const SHOWN_DIGITS = 4;

export const rateMismatch: Rule = {
  code: 'rate.mismatch',
  severity: 'error',
  reads: ['*.rate', '*.part', '*.whole'],
  run({ index }) {
    const out: Draft[] = [];
    for (const e of index.rates) {
      if (!e.exact || e.modes.length > 0) continue;
      out.push({
        paths: [e.ratePath, e.partPath, e.wholePath],
        computed: computedQuantity(e.exact.toDecimalPlaces(Math.max(SHOWN_DIGITS, e.rate.scale)), 'percent'),
        reported: reportedQuantity(e.rate, 'percent'),
        params: {
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
    const telling = index.rates.filter((e) => e.modes.length > 0 && e.modes.length < conventions.length);
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
