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
  const plain = readPlain(input, context);
  return plain ? { ok: true, value: plain } : readWritten(input, context);
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

/** decimal.js's own fields, which `digitsDecimal` writes as its constructor would. */
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
  return digitsDecimal(digits, -1);
}

/**
 * The Decimal of the digits of `s` (ASCII digits and separators: every character that is not a
 * digit is a separator and skipped), the digits after the index `mark` being the fraction (none
 * when `mark` is -1): exactly what `new Decimal(text)` builds from the same digits written
 * `integer.fraction`, without its general reading (a pattern, a search for an exponent, copies of
 * the text). The same steps as decimal.js's own reading of a plain decimal — leading and trailing
 * zeros dropped, the exponent of the first significant digit, the digits in groups of seven
 * aligned on the units, the last group filled with zeros — done on character codes: each group is
 * a whole number below ten million, summed exactly. Tests compare both ways on every length.
 */
function digitsDecimal(s: string, mark: number): Decimal {
  const n = s.length;
  const intEnd = mark < 0 ? n : mark;
  // The first and the last significant digit.
  let start = 0;
  for (; start < n; start++) {
    const c = s.charCodeAt(start);
    if (c >= 49 && c <= 57) break;
  }
  // Zero (of any scale): sign, exponent and groups of `new Decimal(0)`.
  if (start === n) return new Decimal(0);
  let end = n;
  for (; end > start; end--) {
    const c = s.charCodeAt(end - 1);
    if (c >= 49 && c <= 57) break;
  }
  // The exponent: the integer digits from the first significant one, less one; or, for a first
  // significant digit in the fraction, minus the places down to it.
  let e = 0;
  if (start < intEnd) {
    for (let i = start + 1; i < intEnd; i++) if (isDigit(s.charCodeAt(i))) e++;
  } else {
    for (let i = intEnd + 1; i <= start; i++) if (isDigit(s.charCodeAt(i))) e--;
  }
  // The first group holds the digits down to the units' group boundary, the others seven each.
  let size = (e + 1) % 7;
  if (e < 0) size += 7;
  if (size === 0) size = 7;
  // The groups: the first three kept in variables and the array made at its length (a figure
  // of a commune's notice has one to three: `[]` and pushes would give it room for sixteen), any
  // others pushed. The last group, at the last significant digit, is filled with zeros.
  let count = 0;
  let g0 = 0;
  let g1 = 0;
  let g2 = 0;
  let more: number[] | undefined;
  let group = 0;
  let filled = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) continue;
    group = group * 10 + (c - 48);
    if (++filled === size || i === end - 1) {
      for (; filled < size; filled++) group *= 10;
      if (count === 0) g0 = group;
      else if (count === 1) g1 = group;
      else if (count === 2) g2 = group;
      else {
        more ??= [];
        more.push(group);
      }
      count++;
      group = 0;
      filled = 0;
      size = 7;
    }
  }
  // A whole number below ten million (one group, the units its last digit): decimal.js's
  // constructor builds it at once, with this exponent and this group.
  if (count === 1 && e >= 0 && e < 7) return new Decimal(g0);
  const out = new Decimal(0);
  const fields = out as unknown as DecimalFields;
  fields.e = e;
  fields.d =
    count === 1 ? [g0] : count === 2 ? [g0, g1] : count === 3 ? [g0, g1, g2] : [g0, g1, g2, ...more!];
  return out;
}

/**
 * The common forms in one scan, with the result the general reading below gives them: digits
 * first and last (so nothing to trim, no sign, no per cent), and between them digits with dots or
 * one comma ("2175", "5.824.272.835", "92,87", "87.81"), or such a form with stray separators
 * after it ("15.3."). Anything else, an error included: undefined, and the general reading decides.
 *
 * @example
 * readPlain('92,87', 'decimal') // { written: '92,87', value: 92.87, scale: 2, notes: [] }
 */
export function readPlain(s: string, context: NumberContext): Reported | undefined {
  const n = s.length;
  if (n === 0 || !isDigit(s.charCodeAt(0))) return undefined;
  const last = s.charCodeAt(n - 1);
  if (last === 46 || last === 44) return trailingSeparator(s, context);
  if (!isDigit(last)) return undefined;
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
  // The digits are read where they stand, the dots that group thousands skipped.
  if (commas === 0 && dots === 0) return { written: s, value: digitsDecimal(s, -1), scale: 0, notes: [] };
  if (dots === 0) {
    if (commas !== 1) return undefined;
    return { written: s, value: digitsDecimal(s, comma), scale: n - comma - 1, notes: [] };
  }
  if (commas > 0) return undefined;
  if (dots > 1 && !grouped) return undefined;
  // One dot: thousands in an integer figure ("2.175"), a decimal point in a score ("87.81").
  if (dots > 1 || (context === 'integer' && grouped))
    return { written: s, value: digitsDecimal(s, -1), scale: 0, notes: [] };
  return { written: s, value: digitsDecimal(s, lastDot), scale: n - lastDot - 1, notes: ['dot-decimal'] };
}

/**
 * A common form followed by stray separators ("15.3.", as the seed writes a score): the figure
 * before them as `readPlain` reads it, with the general reading's note first.
 */
function trailingSeparator(s: string, context: NumberContext): Reported | undefined {
  let end = s.length;
  for (let c = s.charCodeAt(end - 1); c === 46 || c === 44; c = s.charCodeAt(end - 1)) end--;
  const body = readPlain(s.slice(0, end), context);
  if (!body) return undefined;
  return { written: s, value: body.value, scale: body.scale, notes: ['trailing-separator', ...body.notes] };
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

/**
 * A whole number a file holds (most numbers it holds), not negative, as `readNumber` reads it;
 * undefined for any other number, which `readNumber` reads.
 *
 * @example
 * readWholeNumber(2175) // { written: '2175', value: 2175, scale: 0, notes: [] }
 */
export function readWholeNumber(n: number): Reported | undefined {
  if (!Number.isSafeInteger(n) || n < 0) return undefined;
  // Its digits, as decimalFromNumber would read them.
  const written = String(n);
  return { written, value: whole(written), scale: 0, notes: [] };
}

function readJsNumber(n: number): ReadResult {
  if (Number.isInteger(n) && !Number.isSafeInteger(n)) return { ok: false, error: 'unsafe-number' };
  const plain = readWholeNumber(n);
  if (plain) return { ok: true, value: plain };
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
