import { compareDates } from '../dates/calendar.js';
import type { RegisterDocument } from './register.js';

/** A document whose number is out of date order, and the nearest document that says so. */
export interface OutOfOrder {
  document: RegisterDocument;
  /** The nearest document in order that it contradicts. */
  against: RegisterDocument;
  /** "before-lower": dated before a lower number; "after-higher": dated after a higher one. */
  way: 'before-lower' | 'after-higher';
}

/**
 * The documents of one sequence (one body, type and year) whose numbers are out of date order.
 * Numbers rise with dates, so the documents that keep the longest rising run are taken as in
 * order, and every other one is reported once, naming the nearest one it contradicts: one stray
 * number makes one finding, not one per document after it. Among runs of equal length the one
 * keeping lower numbers wins (47 dated before 38 reports 47).
 *
 * @example
 * outOfOrder(docs).map((o) => [o.document.label, o.against.label]) // [['05/KH-UBND', '07/KH-UBND'], ['19/KH-UBND', '17/KH-UBND']]
 */
export function outOfOrder(sequence: readonly RegisterDocument[]): OutOfOrder[] {
  const docs: RegisterDocument[] = [];
  for (const d of sequence) if (d.citation.date !== undefined) docs.push(d);
  // One dated document is in order with itself: most sequences of a supervision hold one.
  if (docs.length < 2) return [];
  docs.sort((a, b) => a.numberValue - b.numberValue || compareDates(a.citation.date!, b.citation.date!));
  // longest[i]: the longest rising run that starts with docs[i]. The pairs are compared by number
  // and day as whole numbers (a citation's date has its day): the same order as comparing their
  // numbers and then `compareDates`. Typed arrays, so that the loops below meet one kind of array
  // in every file: built with `map`, a file whose numbers were all small integers and one with a
  // larger number made two kinds, and V8 compiled this function five times per thread over a
  // batch. The numbers are document numbers, days and run lengths, whole and far below 2^53, so a
  // double holds each exactly; one array holds the four lists, one allocation instead of four.
  const n = docs.length;
  const table = new Float64Array(4 * n);
  const numbers = table.subarray(0, n);
  const days = table.subarray(n, 2 * n);
  const longest = table.subarray(2 * n, 3 * n);
  // kept[i] is 1 for the documents of the run taken as in order.
  const kept = table.subarray(3 * n);
  for (let i = 0; i < n; i++) {
    const { numberValue, citation } = docs[i]!;
    const date = citation.date!;
    numbers[i] = numberValue;
    days[i] = date.year * 10_000 + date.month * 100 + date.day;
    longest[i] = 1;
  }
  // Whether docs[i] may stand before docs[j]: a number no higher, dated no later.
  const fits = (i: number, j: number) => numbers[i]! <= numbers[j]! && days[i]! <= days[j]!;
  let need = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) {
      if (fits(i, j) && longest[i]! <= longest[j]!) longest[i] = 1 + longest[j]!;
    }
    if (longest[i]! > need) need = longest[i]!;
  }
  // Take the run greedily from the lowest numbers: the first run of full length.
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (need > 0 && longest[i] === need && (last < 0 || fits(last, i))) {
      kept[i] = 1;
      last = i;
      need--;
    }
  }
  const out: OutOfOrder[] = [];
  for (let i = 0; i < n; i++) {
    if (kept[i] === 1) continue;
    // The nearest kept document it contradicts (by number, the lower of two as near), the first
    // kept of equals.
    let against = -1;
    for (let k = 0; k < n; k++) {
      if (kept[k] !== 1 || fits(k, i) || fits(i, k)) continue;
      if (against < 0 || nearer(numbers[k]!, numbers[against]!, numbers[i]!)) against = k;
    }
    if (against < 0) continue;
    out.push({
      document: docs[i]!,
      against: docs[against]!,
      way: numbers[against]! < numbers[i]! ? 'before-lower' : 'after-higher',
    });
  }
  return out;
}

/** Whether the number `a` is nearer than `b` to `n`, the lower number first when both are as near. */
function nearer(a: number, b: number, n: number): boolean {
  const da = Math.abs(a - n);
  const db = Math.abs(b - n);
  return da < db || (da === db && a < b);
}
