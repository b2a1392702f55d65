import type { Path } from './types.js';

/**
 * `[...base, a, b, c]` made at its exact length (the keys after the first are optional). V8 gives
 * an array made by spreading room to grow: a path of six keys took 249 bytes so, 65 at its length.
 * A check keeps a path for every section, figure block and text until it ends, so every
 * young-generation collection during it copied that slack.
 *
 * @example
 * extendPath(['sections', 1], 'figures', 0) // ['sections', 1, 'figures', 0]
 */
export function extendPath(base: Path, a: string | number, b?: string | number, c?: string | number): Path {
  const n = base.length;
  const more = c !== undefined ? 3 : b !== undefined ? 2 : 1;
  const out: Path = new Array(n + more);
  for (let i = 0; i < n; i++) out[i] = base[i]!;
  out[n] = a;
  if (more > 1) out[n + 1] = b!;
  if (more > 2) out[n + 2] = c!;
  return out;
}
