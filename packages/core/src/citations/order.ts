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
  const fits = (a: RegisterDocument, b: RegisterDocument) =>
    a.numberValue <= b.numberValue && compareDates(a.citation.date!, b.citation.date!) <= 0;
  // longest[i]: the longest rising run that starts with docs[i]. The pairs are compared by number
  // and day as whole numbers (a citation's date has its day): the same order as `fits`. Typed
  // arrays, so that the loop below meets one kind of array in every file: built with `map`, a
  // file whose numbers were all small integers and one with a larger number made two kinds, and
  // V8 compiled this function five times per thread over a batch. The numbers are document
  // numbers and days, whole and far below 2^53, so a double holds each exactly.
  const n = docs.length;
  const numbers = new Float64Array(n);
  const days = new Float64Array(n);
  const longest = new Uint32Array(n).fill(1);
  for (let i = 0; i < n; i++) {
    const { numberValue, citation } = docs[i]!;
    const date = citation.date!;
    numbers[i] = numberValue;
    days[i] = date.year * 10_000 + date.month * 100 + date.day;
  }
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) {
      if (numbers[i]! <= numbers[j]! && days[i]! <= days[j]! && longest[i]! <= longest[j]!) {
        longest[i] = 1 + longest[j]!;
      }
    }
  }
  // Take the run greedily from the lowest numbers: the first run of full length.
  const kept = new Set<RegisterDocument>();
  let need = 0;
  for (let i = 0; i < n; i++) if (longest[i]! > need) need = longest[i]!;
  let last: RegisterDocument | undefined;
  for (let i = 0; i < n; i++) {
    const d = docs[i]!;
    if (need > 0 && longest[i] === need && (!last || fits(last, d))) {
      kept.add(d);
      last = d;
      need--;
    }
  }
  const out: OutOfOrder[] = [];
  for (const d of docs) {
    if (kept.has(d)) continue;
    // The nearest kept document it contradicts (by number, the lower of two as near), the first
    // kept of equals.
    let against: RegisterDocument | undefined;
    for (const k of kept) {
      if (fits(k, d) || fits(d, k)) continue;
      if (against === undefined || nearer(k, against, d.numberValue)) against = k;
    }
    if (!against) continue;
    out.push({
      document: d,
      against,
      way: against.numberValue < d.numberValue ? 'before-lower' : 'after-higher',
    });
  }
  return out;
}

/** Whether `a` is nearer than `b` to the number `n`, the lower number first when both are as near. */
function nearer(a: RegisterDocument, b: RegisterDocument, n: number): boolean {
  const da = Math.abs(a.numberValue - n);
  const db = Math.abs(b.numberValue - n);
  return da < db || (da === db && a.numberValue < b.numberValue);
}
