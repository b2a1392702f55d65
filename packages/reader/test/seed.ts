import { readFileSync } from 'node:fs';

/** The real seed notice, beside the repository: `../shared/seed/` from the repository root. */
export const SEED_PATH = new URL('../../../../shared/seed/000_53488146ee78dd7d.txt', import.meta.url);
export const seedText = (): string => readFileSync(SEED_PATH, 'utf8');
/** The day the seed is checked on: after the notice, before any recommendation falls due. */
export const NOW = { year: 2024, month: 12, day: 1 } as const;
