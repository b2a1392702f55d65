import { exactRate, matchingModes, type RoundingMode } from '../../numbers/rounding.js';
import { computedQuantity, reportedQuantity } from '../quantity.js';
import { rateEntries } from '../rates.js';
import type { Draft, Rule } from '../types.js';

const SHOWN_DIGITS = 4;

export const rateMismatch: Rule = {
  code: 'rate.mismatch',
  severity: 'error',
  reads: ['*.rate', '*.part', '*.whole'],
  run({ supervision, conventions }) {
    const out: Draft[] = [];
    for (const e of rateEntries(supervision)) {
      const exact = exactRate(e.part.value, e.whole.value);
      if (!exact) continue;
      if (matchingModes(exact, e.rate.value, e.rate.scale, conventions).length > 0) continue;
      out.push({
        paths: [e.ratePath, e.partPath, e.wholePath],
        computed: computedQuantity(exact.toDecimalPlaces(Math.max(SHOWN_DIGITS, e.rate.scale)), 'percent'),
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
  run({ supervision, conventions }) {
    // A rate tells its convention only when some conventions fail it; "62,5" fits all.
    const telling: { label: string; path: (string | number)[]; modes: RoundingMode[] }[] = [];
    for (const e of rateEntries(supervision)) {
      const exact = exactRate(e.part.value, e.whole.value);
      if (!exact) continue;
      const modes = matchingModes(exact, e.rate.value, e.rate.scale, conventions);
      if (modes.length > 0 && modes.length < conventions.length)
        telling.push({ label: e.label, path: e.ratePath, modes });
    }
    const common = conventions.filter((m) => telling.every((t) => t.modes.includes(m)));
    if (common.length > 0 || telling.length < 2) return [];
    const groups = new Map<string, string[]>();
    for (const t of telling) {
      const key = t.modes.join('/');
      groups.set(key, [...(groups.get(key) ?? []), t.label]);
    }
    return [
      {
        paths: telling.map((t) => t.path),
        params: {
          conventions: [...groups.keys()],
          ...Object.fromEntries([...groups.entries()].map(([k, labels]) => [`by:${k}`, labels])),
        },
      },
    ];
  },
};
