import { DateValue } from '@diemmac/core';
import { isRealDate } from '@diemmac/core/adapters';
import type { Day } from './supervisions/today.js';

/**
 * A day asked in a query or recorded in a request, read as the core reads dates ("30/06/2025",
 * "1/7/2025" or "2025-06-30"), and one that exists: a notice may be checked for "31/02" (a
 * finding), but a response is not recorded, nor a list counted, on a day not on the calendar.
 */
export const RealDay = DateValue.superRefine((d, ctx) => {
  if (!isRealDate(d))
    ctx.addIssue({ code: 'custom', params: { diemmac: 'date.out-of-range' }, input: d.written });
});

/** The day a query asked for (`RealDay`, without its written form), or `today` when it asked none. */
export function dayAsked(asked: Day | undefined, today: Day): Day {
  const d = asked ?? today;
  return { year: d.year, month: d.month, day: d.day };
}
