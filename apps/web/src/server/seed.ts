import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readText } from '@diemmac/core';
import type { AppConfig } from './config.js';
import type { Db } from './db/connect.js';
import { countSupervisions } from './store/supervisions.js';
import { createSupervision } from './supervisions/service.js';
import { dayClock } from './supervisions/today.js';

/**
 * Where the Điềm Mặc 2024 example is: beside the built server (copied at build) or in the
 * repository's examples/ folder, seen from dist/ or from src/server/.
 */
export function exampleFile(): string | undefined {
  const candidates = [
    new URL('./examples/diem-mac-2024.yaml', import.meta.url),
    new URL('../../../examples/diem-mac-2024.yaml', import.meta.url),
    new URL('../../../../examples/diem-mac-2024.yaml', import.meta.url),
  ].map((u) => fileURLToPath(u));
  return candidates.find((f) => existsSync(f));
}

/**
 * Loads the example into an empty database; does nothing when supervisions exist.
 * Returns the new supervision's id, or undefined.
 *
 * @example
 * await seedExample({ db, now: () => new Date(), config }, exampleFile()!);
 */
export async function seedExample(
  deps: { db: Db; now: () => Date; config: Pick<AppConfig, 'timeZone'> },
  file: string,
): Promise<number | undefined> {
  if ((await countSupervisions(deps.db.kysely)) > 0) return undefined;
  const r = readText(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(`${file}:${r.errors[0]?.line}: ${r.errors[0]?.message}`);
  const today = dayClock(deps.now, deps.config.timeZone);
  return createSupervision({ ...deps, today }, r.data, {
    userId: null,
    action: 'supervision.seed',
    prefix: [],
  });
}
