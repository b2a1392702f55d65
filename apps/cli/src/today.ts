import { isRealDate } from '@diemmac/core';
import type { Day } from './check/inspect.js';
import { fail } from './errors.js';

/**
 * The day a command checks against: `--today YYYY-MM-DD` for a reproducible run, else the
 * clock's local date, read once.
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
 * `--as-of YYYY-MM-DD`: the day deadlines are judged as of; without it each notice is judged
 * as of its own date (the core's default).
 *
 * @example
 * asOf('2026-11-29') // { year: 2026, month: 11, day: 29 }
 */
export function asOf(option: string | undefined): Day | undefined {
  return option === undefined ? undefined : dayOption('--as-of', option);
}

function dayOption(name: string, value: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
  if (!day || !isRealDate(day)) fail({ code: 'option.invalid', option: name, value, expected: 'YYYY-MM-DD' });
  return day;
}

/** "2024-11-20" */
export function isoDay(d: Day): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
