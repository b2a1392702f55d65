import { CitationBook } from '../citations/book.js';
import { ownCopy, TextReadings } from '../citations/readings.js';
import type { FigureBlock } from '../figures/schema.js';
import { sameDecimal } from '../numbers/compare.js';
import type { Decimal } from '../numbers/decimal.js';
import { exactRate, matchingModes, ROUNDING_MODES, type RoundingMode } from '../numbers/rounding.js';
import type { Supervision } from '../supervision/schema.js';
import { type ProseFinds, proseFinds } from './prose.js';
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
  /** The texts that write amounts beside their words or replaced terms, found in one pass. */
  readonly prose: ProseFinds;
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
  return new Index(supervision, conventions, readings);
}

// A class, not an object literal with getters: V8 gives each such literal its own hidden class,
// kept in the old generation, and that map holds the getters' closures and through them every
// list of the check, so each check's garbage outlived the young generation (GC was a fifth of a
// check, and the walk alone four times slower inside the index than outside it).
class Index implements ModelIndex {
  #figures: readonly FigureEntry[] | undefined;
  #sections: readonly SectionEntry[] | undefined;
  #walked: Walked | undefined;
  #rates: readonly RateEvaluation[] | undefined;
  #prose: ProseFinds | undefined;
  #citations: CitationBook | undefined;

  readonly #supervision: Supervision;
  readonly #conventions: readonly RoundingMode[];

  constructor(
    supervision: Supervision,
    conventions: readonly RoundingMode[],
    readonly readings: TextReadings,
  ) {
    this.#supervision = supervision;
    this.#conventions = conventions;
  }

  get figures(): readonly FigureEntry[] {
    this.#figures ??= figureList(this.#supervision);
    return this.#figures;
  }

  get sections(): readonly SectionEntry[] {
    this.#sections ??= sectionList(this.#supervision);
    return this.#sections;
  }

  get values(): readonly ValueEntry[] {
    this.#walked ??= walkModel(this.#supervision);
    return this.#walked.values;
  }

  get texts(): Texts {
    this.#walked ??= walkModel(this.#supervision);
    return this.#walked.texts;
  }

  get prose(): ProseFinds {
    this.#prose ??= proseFinds(this.texts, this.readings);
    return this.#prose;
  }

  get rates(): readonly RateEvaluation[] {
    this.#rates ??= this.#evaluateRates();
    return this.#rates;
  }

  get citations(): CitationBook {
    this.#citations ??= new CitationBook(this.#supervision, this.readings);
    return this.#citations;
  }

  // Exact decimal division and rounding under every convention: worth doing once per set of
  // figures, kept by the checker's readings. First compared with the rate at the same place of
  // the last check (see `TextReadings.keptAt`), by written forms and values: a supervision checked
  // again, or one of the same shape, has the same rates at the same places, and the key by text
  // below was a string made and hashed per rate. Else kept by the figures' written forms, which a
  // model read from a file gives every time, and checked against the values kept with them:
  // spelling the three values out as text for the key was most of the cost, and a model built in
  // code may write one figure's value in several ways, or pair a written form with another value.
  #evaluateRates(): RateEvaluation[] {
    const conventions = this.#conventions;
    const readings = this.readings;
    const accepted = conventions.join();
    return rateEntries(this.figures).map((e, at) => {
      let kept = readings.keptAt('rates', at) as EvaluatedRate | undefined;
      if (kept === undefined || !sameRate(kept, e, conventions)) {
        const key = `${e.part.written}|${e.whole.written}|${e.rate.written}|${e.rate.scale}|${accepted}`;
        kept = readings.keep('rate', key, () => evaluateRate(e, conventions));
        if (!sameRate(kept, e, conventions)) kept = evaluateRate(e, conventions);
        readings.keepAt('rates', at, kept);
      }
      const { exact, modes } = kept;
      // Written out, not spread: V8 copies `{ ...e, exact }` by its slow path.
      const { label, ratePath, partPath, wholePath, part, whole, rate, unit } = e;
      return { label, ratePath, partPath, wholePath, part, whole, rate, unit, exact, modes: [...modes] };
    });
  }
}

/**
 * A rate's exact value and matching conventions, with copies of what they were worked out from:
 * the model is not ours and may change, and a written form may be a window on the whole file (see
 * `ownCopy`).
 */
interface EvaluatedRate {
  written: [part: string, whole: string, rate: string];
  part: Decimal;
  whole: Decimal;
  rate: Decimal;
  scale: number;
  conventions: readonly RoundingMode[];
  exact: Decimal | undefined;
  modes: readonly RoundingMode[];
}

/** Whether `kept` was worked out from the same written figures, values and conventions as `e`. */
function sameRate(kept: EvaluatedRate, e: RateEntry, conventions: readonly RoundingMode[]): boolean {
  const [part, whole, rate] = kept.written;
  return (
    part === e.part.written &&
    whole === e.whole.written &&
    rate === e.rate.written &&
    kept.scale === e.rate.scale &&
    sameDecimal(kept.part, e.part.value) &&
    sameDecimal(kept.whole, e.whole.value) &&
    sameDecimal(kept.rate, e.rate.value) &&
    sameModes(kept.conventions, conventions)
  );
}

function sameModes(a: readonly RoundingMode[], b: readonly RoundingMode[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function evaluateRate(e: RateEntry, conventions: readonly RoundingMode[]): EvaluatedRate {
  const exact = exactRate(e.part.value, e.whole.value);
  return {
    written: [ownCopy(e.part.written), ownCopy(e.whole.written), ownCopy(e.rate.written)],
    part: e.part.value,
    whole: e.whole.value,
    rate: e.rate.value,
    scale: e.rate.scale,
    conventions: [...conventions],
    exact,
    modes: exact ? matchingModes(exact, e.rate.value, e.rate.scale, conventions) : [],
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
