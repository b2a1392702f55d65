import * as z from 'zod';
import { Decimal } from '../numbers/decimal.js';
import {
  type NumberContext,
  type Reported,
  readNumber,
  readPlain,
  readWholeNumber,
} from '../numbers/reported.js';
import { described } from '../shared/described.js';

/**
 * Codes of the input issues raised while reading written figures and dates.
 * Their wording lives in `messages/vi.ts` and `messages/en.ts`.
 */
export type ValueIssueCode =
  | 'number.unreadable'
  | 'number.not-integer'
  | 'number.negative'
  | 'number.too-large'
  | 'number.too-precise'
  | 'date.unreadable'
  | 'date.out-of-range';

const written = z.union([z.string(), z.number()]);

interface ReportedOptions {
  context: NumberContext;
  integer: boolean;
  /** The largest value a commune's notice can hold (see FIGURE_BOUNDS). */
  max: string;
  /** The most decimals a figure may carry. */
  maxScale: number;
  description: string;
}

/**
 * Bounds on written figures. They keep every figure far inside the core's 40-digit exact
 * arithmetic (sums and quotients of bounded figures stay exact) and turn a runaway number
 * into an input issue naming its field, rather than a wrong sum or a crash.
 * - money: 10^15 đồng (one million billion): the whole state budget is of that order,
 *   no commune's comes near it;
 * - counts: 10^9 (dossiers, people, machines of one commune are far fewer);
 * - rates and scores: 10^6 (a budget line may exceed 100%, even 10,000%; scores are out of
 *   100 or 80), at most 10 decimals (notices write two, rarely four).
 *
 * @example
 * FIGURE_BOUNDS.money.max // '1000000000000000'
 */
export const FIGURE_BOUNDS = {
  money: { max: '1000000000000000', maxScale: 0 },
  count: { max: '1000000000', maxScale: 0 },
  rate: { max: '1000000', maxScale: 10 },
  score: { max: '1000000', maxScale: 10 },
} as const;

function reported({ context, integer, max, maxScale, description }: ReportedOptions) {
  const limit = new Decimal(max);
  // A value whose first digit stands below the limit's (decimal.js's exponent `e`) is below it.
  const limitExponent = limit.e;
  const schema = written.transform((input, ctx): Reported => {
    // The common forms ("2175", "5.824.272.835", "92,87", or 2175 as a number), read at once,
    // are never negative: kept when they are within bounds; anything else is read again below,
    // which says why not.
    const quick = typeof input === 'string' ? readPlain(input, context) : readWholeNumber(input);
    if (
      quick !== undefined &&
      quick.value.e < limitExponent &&
      quick.scale <= maxScale &&
      (!integer || quick.scale === 0)
    )
      return quick;
    const read = readNumber(input, context);
    if (!read.ok) {
      ctx.addIssue({ code: 'custom', params: { diemmac: 'number.unreadable', reason: read.error }, input });
      return z.NEVER;
    }
    const { value } = read;
    // A figure read with no decimals is a whole number (readNumber): its scale says it.
    if (integer && value.scale > 0) {
      ctx.addIssue({ code: 'custom', params: { diemmac: 'number.not-integer' }, input });
      return z.NEVER;
    }
    if (value.value.isNegative()) {
      ctx.addIssue({ code: 'custom', params: { diemmac: 'number.negative' }, input });
      return z.NEVER;
    }
    if (value.value.e >= limitExponent && value.value.greaterThan(limit)) {
      ctx.addIssue({ code: 'custom', params: { diemmac: 'number.too-large', max }, input });
      return z.NEVER;
    }
    if (value.scale > maxScale) {
      ctx.addIssue({ code: 'custom', params: { diemmac: 'number.too-precise', maxScale }, input });
      return z.NEVER;
    }
    return value;
  });
  return described(schema, description);
}

/** A count of things (dossiers, people, machines): a non-negative whole number as written. */
export const CountValue = reported({
  context: 'integer',
  integer: true,
  ...FIGURE_BOUNDS.count,
  description: 'Số đếm (số nguyên không âm), ghi như văn bản: "02", 2175 / a count',
});
/** An amount of money in whole đồng, as written: "5.824.272.835" or 5824272835. */
export const MoneyValue = reported({
  context: 'integer',
  integer: true,
  ...FIGURE_BOUNDS.money,
  description: 'Số tiền nguyên đồng, ghi như văn bản: "5.824.272.835" / whole đồng',
});
/** A percentage as written, decimals kept: "92,87", "62,5", "100". */
export const RateValue = reported({
  context: 'decimal',
  integer: false,
  ...FIGURE_BOUNDS.rate,
  description: 'Tỷ lệ phần trăm, ghi như văn bản: "92,87" / a percentage as written',
});
/** A score as written: "87.81", "15.3.", 18. */
export const ScoreValue = reported({
  context: 'decimal',
  integer: false,
  ...FIGURE_BOUNDS.score,
  description: 'Điểm số, ghi như văn bản: "87.81" / a score as written',
});

/** A date on the civil calendar, with no time zone and no clock. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
  written: string;
}

/** A date whose day may still be blank, as in a draft notice ("ngày   tháng 11 năm 2024"). */
export interface DraftDate {
  year: number;
  month: number;
  day: number | null;
  written: string;
}

const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const MY = /^(?:[_.…\s]*[/.-]\s*)?(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const ISO_MONTH = /^(\d{4})-(\d{1,2})$/;

function parts(text: string, allowBlankDay: boolean): [number, number, number | null] | undefined {
  const quick = plainDmy(text);
  if (quick) return quick;
  // "11/2024", a draft's month as MY reads it: no pattern before MY takes a text of this form
  // (they want two separators, or four digits first), so it is read at once.
  const monthYear = allowBlankDay ? plainMy(text) : undefined;
  if (monthYear) return monthYear;
  let m = DMY.exec(text);
  if (m) return [Number(m[3]), Number(m[2]), Number(m[1])];
  m = ISO.exec(text);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!allowBlankDay) return undefined;
  m = ISO_MONTH.exec(text);
  if (m) return [Number(m[1]), Number(m[2]), null];
  m = MY.exec(text);
  if (m) return [Number(m[2]), Number(m[1]), null];
  return undefined;
}

/**
 * "20/7/2023" as DMY reads it, without a pattern: one or two digits, a separator, one or two
 * digits, a separator, four digits and nothing else (no spaces), as [year, month, day]. Anything
 * else: undefined, and the patterns decide.
 */
function plainDmy(text: string): [number, number, number] | undefined {
  const n = text.length;
  let i = 0;
  let day = 0;
  for (; i < n && i < 2 && isDigit(text.charCodeAt(i)); i++) day = day * 10 + text.charCodeAt(i) - 48;
  if (i === 0 || i >= n || !isSeparator(text.charCodeAt(i))) return undefined;
  const monthStart = ++i;
  let month = 0;
  for (; i < n && i - monthStart < 2 && isDigit(text.charCodeAt(i)); i++)
    month = month * 10 + text.charCodeAt(i) - 48;
  if (i === monthStart || i >= n || !isSeparator(text.charCodeAt(i))) return undefined;
  const yearStart = ++i;
  if (n - yearStart !== 4) return undefined;
  let year = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) return undefined;
    year = year * 10 + c - 48;
  }
  return [year, month, day];
}

/** "11/2024" without a pattern: one or two digits, a separator, four digits; as [year, month, null], or undefined. */
function plainMy(text: string): [number, number, null] | undefined {
  const n = text.length;
  let i = 0;
  let month = 0;
  for (; i < n && i < 2 && isDigit(text.charCodeAt(i)); i++) month = month * 10 + text.charCodeAt(i) - 48;
  if (i === 0 || i >= n || !isSeparator(text.charCodeAt(i)) || n - i - 1 !== 4) return undefined;
  let year = 0;
  for (i++; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) return undefined;
    year = year * 10 + c - 48;
  }
  return [year, month, null];
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** "/", "." or "-", as DMY's separators. */
const isSeparator = (c: number): boolean => c === 47 || c === 46 || c === 45;

/** A month of the year, a day of a month (or none, in a draft) and a year from 1900 to 2200. */
function inRange(year: number, month: number, day: number | null): boolean {
  return (
    month >= 1 && month <= 12 && (day === null || (day >= 1 && day <= 31)) && year >= 1900 && year <= 2200
  );
}

function dateSchema<T extends CivilDate | DraftDate>(allowBlankDay: boolean, description: string) {
  const schema = z.string().transform((input, ctx): T => {
    // The common form ("20/7/2023": digits at both ends, nothing to trim), read at once.
    const quick = plainDmy(input);
    if (quick && inRange(quick[0], quick[1], quick[2]))
      return { year: quick[0], month: quick[1], day: quick[2], written: input } as T;
    const text = input.trim();
    const p = parts(text, allowBlankDay);
    if (!p) {
      ctx.addIssue({
        code: 'custom',
        params: { diemmac: 'date.unreadable', draft: allowBlankDay },
        input,
      });
      return z.NEVER;
    }
    const [year, month, day] = p;
    // Day 31 of February is a finding (date.impossible), not an unreadable date: the
    // notice really wrote it and the reader must be shown where.
    if (!inRange(year, month, day)) {
      ctx.addIssue({ code: 'custom', params: { diemmac: 'date.out-of-range' }, input });
      return z.NEVER;
    }
    return { year, month, day, written: text } as T;
  });
  return described(schema, description);
}

/**
 * A written date as `DateValue` reads it, or undefined where `DateValue` raises an issue: for
 * diemmac's own constant dates (the national catalogue), which a test parses with `DateValue` too.
 *
 * @example
 * readDate('05/3/2020') // { year: 2020, month: 3, day: 5, written: '05/3/2020' }
 */
export function readDate(input: string): CivilDate | undefined {
  const quick = plainDmy(input);
  if (quick && inRange(quick[0], quick[1], quick[2]))
    return { year: quick[0], month: quick[1], day: quick[2], written: input };
  const text = input.trim();
  const p = parts(text, false);
  if (!p || !inRange(p[0], p[1], p[2])) return undefined;
  return { year: p[0], month: p[1], day: p[2] as number, written: text };
}

/** "08/01/2024", "8/1/2024" or "2024-01-08". */
export const DateValue = dateSchema<CivilDate>(
  false,
  'Ngày, dạng "dd/mm/yyyy" hoặc "yyyy-mm-dd" / a date, "dd/mm/yyyy" or "yyyy-mm-dd"',
);
/** A date that may lack its day while the notice is a draft: "11/2024", "2024-11". */
export const DraftDateValue = dateSchema<DraftDate>(
  true,
  'Ngày, có thể để trống ngày khi là dự thảo: "11/2024" / a date, day may be blank in a draft',
);

/** A reporting period: the figures it covers run from `from` to `to`, both included. */
export const Period = described(
  z.object({
    from: DateValue.optional(),
    to: DateValue.optional(),
    label: described(z.string().optional(), 'Cách văn bản ghi kỳ: "9 tháng đầu năm 2024"'),
  }),
  'Kỳ số liệu / reporting period',
);
export type Period = z.output<typeof Period>;
