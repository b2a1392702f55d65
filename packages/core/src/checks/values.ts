import type { CivilDate, DraftDate } from '../figures/values.js';
import { Decimal } from '../numbers/decimal.js';
import type { Reported } from '../numbers/reported.js';
import type { Supervision } from '../supervision/schema.js';
import type { Path } from './types.js';

export type ValueEntry =
  | { type: 'reported'; value: Reported; path: Path }
  | { type: 'date'; value: CivilDate | DraftDate; path: Path };

/** Every written figure and date in a supervision, with its path. */
export function* values(supervision: Supervision): Generator<ValueEntry> {
  function* walk(node: unknown, path: Path): Generator<ValueEntry> {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const [i, item] of node.entries()) yield* walk(item, [...path, i]);
      return;
    }
    const record = node as Record<string, unknown>;
    if (record.value instanceof Decimal && typeof record.written === 'string') {
      yield { type: 'reported', value: record as unknown as Reported, path };
      return;
    }
    if (
      typeof record.year === 'number' &&
      typeof record.month === 'number' &&
      typeof record.written === 'string'
    ) {
      yield { type: 'date', value: record as unknown as CivilDate, path };
      return;
    }
    for (const [key, child] of Object.entries(record)) yield* walk(child, [...path, key]);
  }
  yield* walk(supervision, []);
}
