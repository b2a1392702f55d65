import type { TextReadings } from '../citations/readings.js';
import { once } from '../shared/once.js';
import type { TextEntry, Texts } from './texts.js';

// "120.000.000 đồng (Một trăm hai mươi lăm triệu đồng)", "… đồng (Bằng chữ: …)".
const IN_PROSE = /(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:đồng|đ)\s*\(\s*([^()]{3,400})\)/giu;

/** The amounts a text writes beside their words: a pure reading of the text. */
export function amountsInProse(text: string): readonly (readonly [string, string])[] {
  // An amount in prose is followed by its words in parentheses: a text without one has none.
  if (!text.includes('(')) return NO_AMOUNTS;
  return [...text.normalize('NFC').matchAll(IN_PROSE)].map((m) => [m[1]!, m[2]!] as const);
}
const NO_AMOUNTS: readonly (readonly [string, string])[] = Object.freeze([]);

// "dịch vụ công mức độ 3, 4", "hồ sơ mức độ 3 và 4", "mức độ 4": not "mức độ 2 (VNeID)". Made at
// first use, as DISTRICT_BODY: a pattern is read (its classes and case folding) when it is made.
const LEVELS_3_4 = once(() => /mức\s+độ\s*[34](?:\s*(?:,|và|-|–|\/)\s*[34])?(?!\d)/giu);

// "độ" in any case, however its marks are written ("ộ", "ô" or "ọ" or "o" with combining marks):
// đ and the vowel every match of LEVELS_3_4 has once normalised.
const HAS_DO = /[đĐ][oOôÔọỌộỘ]/;

/**
 * The replaced terms a text writes ("mức độ 3, 4"): a pure reading of the text. Every replaced
 * term has "độ" (composed or not): a text without it has none, and is not normalised.
 */
export const replacedTerms = (text: string): readonly string[] =>
  HAS_DO.test(text) ? [...text.normalize('NFC').matchAll(LEVELS_3_4())].map((m) => m[0]) : NO_TERMS;
const NO_TERMS: readonly string[] = Object.freeze([]);

/** What a text of prose writes that a rule reads: amounts beside their words, replaced terms. */
interface ProseReading {
  amounts: readonly (readonly [string, string])[];
  terms: readonly string[];
}

const readProse = (text: string): ProseReading => {
  const amounts = amountsInProse(text);
  const terms = replacedTerms(text);
  return amounts === NO_AMOUNTS && terms === NO_TERMS ? NOTHING : { amounts, terms };
};
const NOTHING: ProseReading = Object.freeze({ amounts: NO_AMOUNTS, terms: NO_TERMS });

/** A text with something to read, and how many texts the walk met before it. */
export interface Found<T> {
  entry: TextEntry;
  at: number;
  found: T;
}

/** The texts of one check that write amounts in prose (`amounts`), and replaced terms (`prose`). */
export interface ProseFinds {
  amounts: Found<readonly (readonly [string, string])[]>[];
  terms: Found<readonly string[]>[];
}

/**
 * Every text of a check that writes an amount beside its words or a replaced term, read once for
 * both rules that read them (`amount.words` and `legal.replaced-term`), in the walk's order: a
 * pass each cost a lookup of every text's readings twice (measured: 50k instructions a check of
 * the example, of 5.7M). Each reading is kept by text (`TextReadings.ofText`); the finds are the
 * check's, kept by its index (`ModelIndex.prose`).
 */
export function proseFinds(texts: Texts, readings: TextReadings): ProseFinds {
  const finds: ProseFinds = { amounts: [], terms: [] };
  const { entries } = texts;
  for (let at = 0; at < entries.length; at++) {
    const entry = entries[at]!;
    if (!entry.amounts && !entry.prose) continue;
    const reading = readings.ofText(entry, 'prose', readProse);
    if (reading === NOTHING) continue;
    if (entry.amounts && reading.amounts.length > 0)
      finds.amounts.push({ entry, at, found: reading.amounts });
    if (entry.prose && reading.terms.length > 0) finds.terms.push({ entry, at, found: reading.terms });
  }
  return finds;
}
