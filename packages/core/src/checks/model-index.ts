import { CitationBook } from '../citations/book.js';
import { TextReadings } from '../citations/readings.js';
import type { FigureBlock } from '../figures/schema.js';
import type { Decimal } from '../numbers/decimal.js';
import { exactRate, matchingModes, ROUNDING_MODES, type RoundingMode } from '../numbers/rounding.js';
import type { Supervision } from '../supervision/schema.js';
import { type RateEntry, rateEntries } from './rates.js';
import { type Texts, type Walked, walkModel } from './texts.js';
import type { ValueEntry } from './values.js';
import { type FigureEntry, figureList, type SectionEntry, sectionList } from './walk.js';

/** A reported rate with its exact value and the conventions that produce what was written. */
export interface RateEvaluation extends RateEntry {
  exact: Decimal | undefined;
  modes: RoundingMode[];
}

/**
 * What several rules read, walked once per check and only when first asked for:
 * the figure blocks, the sections, every written value and date, every rate, every citation.
 */
export interface ModelIndex {
  readonly figures: readonly FigureEntry[];
  readonly sections: readonly SectionEntry[];
  readonly values: readonly ValueEntry[];
  readonly rates: readonly RateEvaluation[];
  /** Every string, walked once for the rules that read prose (amounts in words, terms, names). */
  readonly texts: Texts;
  /** Every citation, read once: legal bases, the supervision's own documents, each section's. */
  readonly citations: CitationBook;
  /** Readings of texts (citations, issuers, subjects…), kept by text; see `TextReadings`. */
  readonly readings: TextReadings;
}

export function indexModel(
  supervision: Supervision,
  conventions: readonly RoundingMode[],
  readings: TextReadings = new TextReadings(),
): ModelIndex {
  const memo: Partial<{ -readonly [K in keyof ModelIndex]: ModelIndex[K] }> = {};
  let walked: Walked | undefined;
  return {
    readings,
    get figures() {
      memo.figures ??= figureList(supervision);
      return memo.figures;
    },
    get sections() {
      memo.sections ??= sectionList(supervision);
      return memo.sections;
    },
    get values() {
      walked ??= walkModel(supervision);
      memo.values ??= walked.values;
      return memo.values;
    },
    get rates() {
      // Exact decimal division and rounding under every convention: worth doing once per set of
      // figures, which depend only on the numbers (kept by the checker's readings).
      const accepted = conventions.join();
      memo.rates ??= rateEntries(this.figures).map((e) => {
        const key = `${e.part.value}|${e.whole.value}|${e.rate.value}|${e.rate.scale}|${accepted}`;
        const { exact, modes } = readings.keep('rate', key, () => {
          const exact = exactRate(e.part.value, e.whole.value);
          return { exact, modes: exact ? matchingModes(exact, e.rate.value, e.rate.scale, conventions) : [] };
        });
        return { ...e, exact, modes: [...modes] };
      });
      return memo.rates;
    },
    get texts() {
      walked ??= walkModel(supervision);
      memo.texts ??= walked.texts;
      return memo.texts;
    },
    get citations() {
      memo.citations ??= new CitationBook(supervision, readings);
      return memo.citations;
    },
  };
}

/** The figure blocks of one kind. */
export function ofKind<K extends FigureBlock['kind']>(
  index: ModelIndex,
  kind: K,
): FigureEntry<Extract<FigureBlock, { kind: K }>>[] {
  return index.figures.filter(
    (e): e is FigureEntry<Extract<FigureBlock, { kind: K }>> => e.figure.kind === kind,
  );
}

/**
 * Every rate the supervision writes beside its part and whole, with its exact value and the
 * conventions that reproduce what was written: what `rate.mismatch` and `rounding.mixed` read,
 * for adapters that show the recomputation (the notice's annex).
 *
 * @example
 * evaluateRates(model).map((r) => [r.label, r.rate.written, r.modes]) // [['revenue', '92,87', ['truncate']], …]
 */
export function evaluateRates(
  supervision: Supervision,
  conventions: readonly RoundingMode[] = ROUNDING_MODES,
): readonly RateEvaluation[] {
  return indexModel(supervision, conventions).rates;
}
