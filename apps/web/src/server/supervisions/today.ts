/** A day on the civil calendar, as the core's checks take it. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

// Building an Intl formatter costs ~0.15 ms, as much as a whole cached read: keep one per
// zone. Formatters are immutable, so sharing them is safe.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * The date a clock reading falls on in a time zone: the council's day, not the server's.
 *
 * @example
 * civilDay(new Date('2024-11-20T20:00:00Z'), 'Asia/Ho_Chi_Minh') // { year: 2024, month: 11, day: 21 }
 */
export function civilDay(at: Date, timeZone: string): Day {
  const parts = formatter(timeZone)
    .formatToParts(at)
    .reduce<Record<string, string>>((acc, p) => {
      acc[p.type] = p.value;
      return acc;
    }, {});
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

export const dayKey = (d: Day): string => `${d.year}-${d.month}-${d.day}`;

/** "2024-11-20": a day as stored (sorts as text). */
export const isoDay = (d: Day): string =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/**
 * Today as a function of the clock, recomputed at most once a minute (the day of a
 * minute never straddles midnight in any real zone).
 *
 * @example
 * const today = dayClock(() => new Date(), 'Asia/Ho_Chi_Minh');
 * today() // { year: 2024, month: 11, day: 20 }
 */
export function dayClock(now: () => Date, timeZone: string): () => Day {
  let minute = Number.NaN;
  let day: Day = { year: 0, month: 0, day: 0 };
  return () => {
    const at = now();
    const m = Math.floor(at.getTime() / 60_000);
    if (m !== minute) {
      minute = m;
      day = civilDay(at, timeZone);
    }
    return day;
  };
}
