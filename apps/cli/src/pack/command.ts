import type { ResolvedPack } from '@diemmac/core';
import type { Context } from '../context.js';
import { DEFAULT_MAX_BYTES } from '../io/limit.js';
import { loadPack } from './load.js';
import { applySetting } from './setting.js';

/**
 * The pack a command other than `check` runs under: `--pack`, else the diemmac.config found
 * upwards from `from` (the rendered file's folder, or the current one), else the default pack.
 *
 * @example
 * const { rules, wording } = packOfCommand(options.pack, process.cwd(), context);
 */
export function packOfCommand(
  pack: string | undefined,
  from: string,
  context: Context,
  options: { config?: string | undefined; maxBytes?: number | undefined } = {},
): ResolvedPack {
  const loaded = loadPack({
    pack,
    config: options.config,
    from,
    cwd: process.cwd(),
    lang: context.lang,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
  });
  return applySetting(loaded.setting);
}
