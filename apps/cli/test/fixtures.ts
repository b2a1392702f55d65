import type { SupervisionInput } from '@diemmac/core';
import { EXAMPLES, withFragment } from '../src/explain/examples.js';

/** A small supervision whose figures all agree: dossiers received = resolved + pending. */
export function cleanSupervision(): SupervisionInput {
  return withFragment({
    sections: [
      {
        key: 'direction',
        title: 'Công tác chỉ đạo điều hành',
        figures: [
          {
            kind: 'dossiers',
            received: { total: 120 },
            resolved: { total: 115 },
            pending: { total: 5 },
          } as never,
        ],
      },
    ],
  });
}

/** A small supervision with the fault that makes rule `code` speak (the `explain` example). */
export function faultySupervision(code: string): SupervisionInput {
  const fragment = EXAMPLES[code];
  if (!fragment) throw new Error(`no example for ${code}`);
  return withFragment(fragment);
}
