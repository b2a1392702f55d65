import { isRealDate } from '@diemmac/core/adapters';
import type { Day } from './check/inspect.js';
import { fail } from './errors.js';

/**
 * The day a command checks against: `--today 20/11/2024` (or `2024-11-20`) for a reproducible
 * run, else the clock's local date, read once.
 *
 * @example
 * today('2024-11-20', clock) // { year: 2024, month: 11, day: 20 }
 */
export function today(option: string | undefined, clock: () => Date): Day {
  if (option === undefined) {
    const now = clock();
    return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  }
  return dayOption('--today', option);
}

/**
 * `--as-of 29/11/2026` (or `2026-11-29`): the day deadlines are judged as of; without it each
 * notice is judged as of its own date (the core's default).
 *
 * @example
 * asOf('2026-11-29') // { year: 2026, month: 11, day: 29 }
 */
export function asOf(option: string | undefined): Day | undefined {
  return option === undefined ? undefined : dayOption('--as-of', option);
}

// A council office writes 30/6/2025; scripts often write 2025-06-30. Both are read, nothing else.
const VIETNAMESE_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A day given on the command line, as 30/06/2025 (day first, as Vietnamese write it) or
 * 2025-06-30; an impossible day (31/02) fails with the option named.
 *
 * @example
 * dayOption('--as-of', '30/6/2025') // { year: 2025, month: 6, day: 30 }
 */
export function dayOption(name: string, value: string): Day {
  const vi = VIETNAMESE_DAY.exec(value);
  const iso = vi ? undefined : ISO_DAY.exec(value);
  const day = vi
    ? { year: Number(vi[3]), month: Number(vi[2]), day: Number(vi[1]) }
    : iso
      ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
      : undefined;
  if (!day || !isRealDate(day)) {
    fail({ code: 'option.invalid', option: name, value, expected: 'DD/MM/YYYY, YYYY-MM-DD' });
  }
  return day;
}

/** "2024-11-20" */
export function isoDay(d: Day): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
