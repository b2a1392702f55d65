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
  // longest[i]: the longest rising run that starts with docs[i], 0 once docs[i] is kept. A typed
  // array, so that the loop below meets one kind of array in every file: built with `map`, a file
  // whose runs were all short and one with a longer run made two kinds, and V8 compiled this
  // function five times per thread over a batch. Dates are compared by `compareDates`, part by
  // part, never folded into one number.
  const n = docs.length;
  const longest = new Uint32Array(n).fill(1);
  for (let i = n - 1; i >= 0; i--) {
    const a = docs[i]!;
    for (let j = i + 1; j < n; j++) {
      if (longest[i]! <= longest[j]! && fits(a, docs[j]!)) longest[i] = 1 + longest[j]!;
    }
  }
  // Take the run greedily from the lowest numbers: the first run of full length.
  let need = 0;
  for (let i = 0; i < n; i++) if (longest[i]! > need) need = longest[i]!;
  let last: RegisterDocument | undefined;
  for (let i = 0; i < n; i++) {
    const d = docs[i]!;
    if (need > 0 && longest[i] === need && (!last || fits(last, d))) {
      longest[i] = 0;
      last = d;
      need--;
    }
  }
  const out: OutOfOrder[] = [];
  for (let i = 0; i < n; i++) {
    if (longest[i] === 0) continue;
    const d = docs[i]!;
    // The nearest kept document it contradicts (by number, the lower of two as near), the first
    // kept of equals.
    let against: RegisterDocument | undefined;
    for (let k = 0; k < n; k++) {
      if (longest[k] !== 0) continue;
      const kept = docs[k]!;
      if (fits(kept, d) || fits(d, kept)) continue;
      if (against === undefined || nearer(kept, against, d.numberValue)) against = kept;
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

/** Whether `b` may follow `a` in a rising run: no lower a number, no earlier a date. */
function fits(a: RegisterDocument, b: RegisterDocument): boolean {
  return a.numberValue <= b.numberValue && compareDates(a.citation.date!, b.citation.date!) <= 0;
}

/** Whether `a` is nearer than `b` to the number `n`, the lower number first when both are as near. */
function nearer(a: RegisterDocument, b: RegisterDocument, n: number): boolean {
  const da = Math.abs(a.numberValue - n);
  const db = Math.abs(b.numberValue - n);
  return da < db || (da === db && a.numberValue < b.numberValue);
}
