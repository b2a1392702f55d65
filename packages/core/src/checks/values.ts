import type { CivilDate, DraftDate } from '../figures/values.js';
import { Decimal } from '../numbers/decimal.js';
import type { Reported } from '../numbers/reported.js';
import type { Path } from '../shared/types.js';
import type { Supervision } from '../supervision/schema.js';

export type ValueEntry =
  | { type: 'reported'; value: Reported; path: Path }
  | { type: 'date'; value: CivilDate | DraftDate; path: Path };

/** Every written figure and date in a supervision, with its path. */
export function values(supervision: Supervision): ValueEntry[] {
  const out: ValueEntry[] = [];
  // One mutable path, copied only when a value is found: most nodes are plain text.
  const path: Path = [];
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i]);
        path.pop();
      }
      return;
    }
    const record = node as Record<string, unknown>;
    if (record.value instanceof Decimal && typeof record.written === 'string') {
      out.push({ type: 'reported', value: record as unknown as Reported, path: [...path] });
      return;
    }
    if (
      typeof record.year === 'number' &&
      typeof record.month === 'number' &&
      typeof record.written === 'string'
    ) {
      out.push({ type: 'date', value: record as unknown as CivilDate, path: [...path] });
      return;
    }
    for (const key in record) {
      path.push(key);
      walk(record[key]);
      path.pop();
    }
  };
  walk(supervision);
  return out;
}
