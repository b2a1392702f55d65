import type { Reported } from '../numbers/reported.js';
import { extendPath } from '../shared/path.js';
import type { Path, QuantityUnit } from '../shared/types.js';
import type { FigureEntry } from './walk.js';

/** A reported rate with the part and whole it was computed from. */
export interface RateEntry {
  label: string;
  ratePath: Path;
  partPath: Path;
  wholePath: Path;
  part: Reported;
  whole: Reported;
  rate: Reported;
  unit: QuantityUnit;
}

/**
 * Every rate a supervision reports beside its part and whole: digitisation, online
 * services, budget execution and its lines, generic ratios.
 */
export function rateEntries(entries: Iterable<FigureEntry>): RateEntry[] {
  const out: RateEntry[] = [];
  const add = (
    label: string,
    base: Path,
    keys: [string | number, string | number, string | number],
    values: [Reported, Reported | undefined, Reported | undefined],
    unit: QuantityUnit,
  ) => {
    const [part, whole, rate] = values;
    if (!whole || !rate) return;
    out.push({
      label,
      partPath: extendPath(base, keys[0]),
      wholePath: extendPath(base, keys[1]),
      ratePath: extendPath(base, keys[2]),
      part,
      whole,
      rate,
      unit,
    });
  };
  for (const { figure, path } of entries) {
    switch (figure.kind) {
      case 'digitisation':
        add(
          'digitisation',
          path,
          ['done', 'total', 'rate'],
          [figure.done, figure.total, figure.rate],
          'count',
        );
        break;
      case 'onlineServices':
        add(
          'onlineServices',
          path,
          ['processedOnline', 'fullProcessDossiers', 'rate'],
          [figure.processedOnline, figure.fullProcessDossiers, figure.rate],
          'count',
        );
        break;
      case 'ratio':
        add(figure.label, path, ['part', 'whole', 'rate'], [figure.part, figure.whole, figure.rate], 'count');
        break;
      case 'budget':
        for (const side of ['revenue', 'expenditure'] as const) {
          const s = figure[side];
          if (!s) continue;
          add(side, extendPath(path, side), ['actual', 'plan', 'rate'], [s.actual, s.plan, s.rate], 'dong');
          for (const [i, item] of s.items.entries()) {
            add(
              item.label,
              extendPath(path, side, 'items', i),
              ['actual', 'plan', 'rate'],
              [item.actual, item.plan, item.rate],
              'dong',
            );
          }
        }
        break;
      default:
        break;
    }
  }
  return out;
}
