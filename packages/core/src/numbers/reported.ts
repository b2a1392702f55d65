import { Decimal, decimalFromNumber } from './decimal.js';

/** How a written number must be read when its separators are ambiguous. */
export type NumberContext = 'integer' | 'decimal';

/** Remarks on how a written figure was read; they never change its value silently. */
export type ReadNote = 'trailing-separator' | 'dot-decimal' | 'percent-sign';

/** Why a written figure could not be read. */
export type ReadError =
  | 'empty'
  | 'not-a-number'
  | 'several-decimal-commas'
  | 'bad-grouping'
  | 'unsafe-number';

/**
 * A figure as the notice wrote it and as it is: `written` keeps the author's text
 * ("48,70"), `value` is exact, `scale` counts the decimals written (2 for "48,70").
 */
export interface Reported {
  written: string;
  value: Decimal;
  scale: number;
  notes: ReadNote[];
}

export type ReadResult = { ok: true; value: Reported } | { ok: false; error: ReadError };

const GROUPED = /^\d{1,3}(\.\d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(,\d{3})+$/;

/**
 * Reads a figure written the Vietnamese way (dot groups thousands, comma marks decimals),
 * tolerating the forms notices really use: "87.81" for a score, "15.3." with a stray dot,
 * "02" with a leading zero, "92,87%".
 *
 * @example
 * readNumber('5.824.272.835', 'integer') // { ok: true, value: { value: 5824272835, scale: 0, … } }
 * readNumber('15.3.', 'decimal')          // value 15.3, notes ['trailing-separator', 'dot-decimal']
 */
export function readNumber(input: string | number, context: NumberContext): ReadResult {
  if (typeof input === 'number') return readJsNumber(input);
  return readPlain(input, context) ?? readWritten(input, context);
}

/** `readNumber` of a text by the general reading alone: what the quick one must equal. */
export function readWritten(input: string, context: NumberContext): ReadResult {
  const written = input.trim();
  if (written === '') return { ok: false, error: 'empty' };
  const notes: ReadNote[] = [];
  let body = written;
  if (body.endsWith('%')) {
    body = body.slice(0, -1).trimEnd();
    notes.push('percent-sign');
  }
  let sign = '';
  if (body.startsWith('-') || body.startsWith('−')) {
    sign = '-';
    body = body.slice(1);
  }
  if (/[.,]$/.test(body)) {
    body = body.replace(/[.,]+$/, '');
    notes.push('trailing-separator');
  }
  if (!/^\d[\d.,]*$/.test(body)) return { ok: false, error: 'not-a-number' };

  const split = splitSeparators(body, context, notes);
  if (!split.ok) return split;
  const { integer, fraction } = split;
  const text = `${sign}${integer}${fraction ? `.${fraction}` : ''}`;
  return { ok: true, value: { written, value: new Decimal(text), scale: fraction.length, notes } };
}

/** The Decimal of a figure read, from its digits before and after the decimal mark. */
function exact(integer: string, fraction: string): Decimal {
  return fromDigits(integer, fraction);
}

/** decimal.js's own fields, which `fromDigits` writes as its constructor would. */
interface DecimalFields {
  e: number;
  d: number[];
}

/**
 * The Decimal of a whole number written in ASCII digits, exactly as `new Decimal(digits)` builds it.
 *
 * @example
 * whole('5824272835').toString() // '5824272835'
 */
export function whole(digits: string): Decimal {
  return fromDigits(digits, '');
}

/**
 * The Decimal of `integer.fraction` (ASCII digits, the fraction possibly empty), exactly as
 * `new Decimal(text)` builds it, without its general reading (a pattern, a search for an
 * exponent, copies of the text): the same steps as decimal.js's own reading of a plain decimal —
 * leading and trailing zeros dropped, the exponent of the first significant digit, the digits in
 * groups of seven aligned on the units, the last group filled with zeros. Every group is a whole
 * number of at most seven digits, read exactly. A test compares both ways on every length.
 */
function fromDigits(integer: string, fraction: string): Decimal {
  let digits = fraction === '' ? integer : integer + fraction;
  let start = 0;
  while (start < digits.length && digits.charCodeAt(start) === 48) start++;
  let end = digits.length;
  while (end > start && digits.charCodeAt(end - 1) === 48) end--;
  // Zero (of any scale): sign, exponent and groups of `new Decimal(0)`.
  const out = new Decimal(0);
  if (start === end) return out;
  digits = digits.slice(start, end);
  let length = end - start;
  const e = integer.length - start - 1;
  const groups: number[] = [];
  let at = (e + 1) % 7;
  if (e < 0) at += 7;
  if (at < length) {
    if (at) groups.push(Number(digits.slice(0, at)));
    for (length -= 7; at < length; at += 7) groups.push(Number(digits.slice(at, at + 7)));
    digits = digits.slice(at);
    at = 7 - digits.length;
  } else {
    at -= length;
  }
  groups.push(Number(digits + '0'.repeat(at)));
  const fields = out as unknown as DecimalFields;
  fields.e = e;
  fields.d = groups;
  return out;
}

/**
 * The common forms in one scan, with the result the general reading below gives them: digits
 * first and last (so nothing to trim, no sign, no per cent, no trailing separator), and between
 * them digits with dots or one comma ("2175", "5.824.272.835", "92,87", "87.81"). Anything else,
 * an error included: undefined, and the general reading decides.
 */
function readPlain(s: string, context: NumberContext): ReadResult | undefined {
  const n = s.length;
  if (n === 0 || !isDigit(s.charCodeAt(0)) || !isDigit(s.charCodeAt(n - 1))) return undefined;
  let dots = 0;
  let lastDot = -1;
  let commas = 0;
  let comma = -1;
  // GROUPED (\d{1,3}(\.\d{3})+), checked as the dots come: the first within three digits of the
  // start, each next one four characters on, the last three digits before the end.
  let grouped = true;
  for (let i = 1; i < n - 1; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) continue;
    if (c === 46) {
      if (dots === 0 ? i > 3 : i - lastDot !== 4) grouped = false;
      dots++;
      lastDot = i;
    } else if (c === 44) {
      commas++;
      comma = i;
    } else return undefined;
  }
  if (dots > 0 && n - 1 - lastDot !== 3) grouped = false;
  if (commas === 0 && dots === 0) return read(s, s, '', []);
  if (dots === 0) return commas === 1 ? read(s, s.slice(0, comma), s.slice(comma + 1), []) : undefined;
  if (commas > 0) return undefined;
  if (dots > 1) return grouped ? read(s, s.replaceAll('.', ''), '', []) : undefined;
  // One dot: thousands in an integer figure ("2.175"), a decimal point in a score ("87.81").
  if (context === 'integer' && grouped) return read(s, s.replace('.', ''), '', []);
  return read(s, s.slice(0, lastDot), s.slice(lastDot + 1), ['dot-decimal']);
}

function read(written: string, integer: string, fraction: string, notes: ReadNote[]): ReadResult {
  return { ok: true, value: { written, value: exact(integer, fraction), scale: fraction.length, notes } };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

type Split = { ok: true; integer: string; fraction: string } | { ok: false; error: ReadError };

function splitSeparators(body: string, context: NumberContext, notes: ReadNote[]): Split {
  const commas = count(body, ',');
  const dots = count(body, '.');
  if (commas === 0 && dots === 0) return { ok: true, integer: body, fraction: '' };
  if (commas > 0 && dots > 0) {
    const lastComma = body.lastIndexOf(',');
    const lastDot = body.lastIndexOf('.');
    if (lastComma > lastDot) {
      // Vietnamese: 1.234,5
      if (commas > 1) return { ok: false, error: 'several-decimal-commas' };
      const [int = '', frac = ''] = body.split(',');
      if (!GROUPED.test(int)) return { ok: false, error: 'bad-grouping' };
      return { ok: true, integer: int.replaceAll('.', ''), fraction: frac };
    }
    // English: 1,234.5
    if (dots > 1) return { ok: false, error: 'bad-grouping' };
    const [int = '', frac = ''] = body.split('.');
    if (!GROUPED_COMMA.test(int)) return { ok: false, error: 'bad-grouping' };
    return { ok: true, integer: int.replaceAll(',', ''), fraction: frac };
  }
  if (commas > 1) return { ok: false, error: 'several-decimal-commas' };
  if (commas === 1) {
    const [int = '', frac = ''] = body.split(',');
    return { ok: true, integer: int, fraction: frac };
  }
  if (dots > 1) {
    if (!GROUPED.test(body)) return { ok: false, error: 'bad-grouping' };
    return { ok: true, integer: body.replaceAll('.', ''), fraction: '' };
  }
  // One dot: thousands in an integer figure ("2.175"), a decimal point in a score ("87.81").
  const [int = '', frac = ''] = body.split('.');
  if (context === 'integer' && GROUPED.test(body))
    return { ok: true, integer: body.replace('.', ''), fraction: '' };
  notes.push('dot-decimal');
  return { ok: true, integer: int, fraction: frac };
}

function readJsNumber(n: number): ReadResult {
  if (Number.isInteger(n) && !Number.isSafeInteger(n)) return { ok: false, error: 'unsafe-number' };
  // A whole number (most numbers a file holds): its digits, as decimalFromNumber would read them.
  if (Number.isSafeInteger(n) && n >= 0) {
    const written = String(n);
    return { ok: true, value: { written, value: whole(written), scale: 0, notes: [] } };
  }
  const value = decimalFromNumber(n);
  if (!value) return { ok: false, error: 'not-a-number' };
  const written = String(n);
  const dot = written.indexOf('.');
  return { ok: true, value: { written, value, scale: dot < 0 ? 0 : written.length - dot - 1, notes: [] } };
}

function count(text: string, ch: string): number {
  const code = ch.charCodeAt(0);
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === code) n++;
  return n;
}
