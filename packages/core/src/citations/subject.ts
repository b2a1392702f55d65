import { words } from '../names/normalize.js';

// Vietnamese words are mostly two syllables ("thi hành", "pháp luật"), so a subject is compared
// by its pairs of neighbouring syllables. Years and other numbers, and the filler "về việc", say
// nothing about what a document is about and are left out.
const FILLER = new Set(['về', 'việc']);

/**
 * The syllable pairs of a subject: "theo dõi thi hành pháp luật năm 2024" gives
 * {"theo dõi", "dõi thi", "thi hành", "hành pháp", "pháp luật"}.
 *
 * @example
 * [...subjectPairs('theo dõi thi hành pháp luật năm 2024')].length // 5
 */
export function subjectPairs(subject: string): Set<string> {
  const kept = words(subject).filter((w) => !/^\p{N}+$/u.test(w) && !FILLER.has(w));
  const pairs = new Set<string>();
  for (let i = 1; i < kept.length; i++) pairs.add(`${kept[i - 1]} ${kept[i]}`);
  // A one-word subject is its own pair, so that it can still match itself.
  if (kept.length === 1) pairs.add(kept[0]!);
  return pairs;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  // The smaller set is walked, the larger one asked.
  const walked = a.size <= b.size ? a : b;
  const asked = walked === a ? b : a;
  let n = 0;
  for (const x of walked) if (asked.has(x)) n++;
  return n;
}

/**
 * How much of the shorter subject the longer one repeats, 0 to 1: the share of the shorter one's
 * pairs found in the other. One document cited twice, once in full and once shortened ("… năm
 * 2024 trên địa bàn xã" and "… năm 2024"), scores high.
 *
 * @example
 * subjectContainment('cải cách hành chính năm 2024', 'cải cách hành chính') // 1
 */
export function subjectContainment(a: string, b: string): number {
  return containment(subjectPairs(a), subjectPairs(b));
}

/** `subjectContainment` of subjects already cut into pairs. */
export function containment(pa: ReadonlySet<string>, pb: ReadonlySet<string>): number {
  const smaller = Math.min(pa.size, pb.size);
  return smaller === 0 ? 0 : shared(pa, pb) / smaller;
}

/**
 * How alike two subjects are as wholes, 0 to 1: pairs in common over pairs in either (Jaccard).
 * Two documents on the same subject score high; two plans that share a phrase do not.
 *
 * @example
 * subjectLikeness('theo dõi thi hành pháp luật năm 2024', 'theo dõi tình hình thi hành pháp luật năm 2024') // 0.5
 */
export function subjectLikeness(a: string, b: string): number {
  return likeness(subjectPairs(a), subjectPairs(b));
}

/** `subjectLikeness` of subjects already cut into pairs. */
export function likeness(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const common = shared(a, b);
  const union = a.size + b.size - common;
  return union === 0 ? 0 : common / union;
}

/** Above this containment two subjects of one number and date are one document, shortened. */
export const SAME_DOCUMENT = 0.5;
/** At or above this likeness two documents of one issuer and year have the same subject. */
export const SAME_SUBJECT = 0.6;
