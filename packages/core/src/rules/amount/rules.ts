import type { ModelIndex } from '../../checks/model-index.js';
import { computedQuantity, reportedQuantity } from '../../checks/quantity.js';
import type { Draft, Path, Rule } from '../../checks/types.js';
import { readAmountInWords } from '../../format/words.js';
import type { Reported } from '../../numbers/reported.js';

interface Stated {
  figure: Reported | string;
  words: string;
  path: Path;
}

/**
 * Every amount a supervision writes beside its words: figure fields with `inWords`, and prose,
 * in the order they stand.
 */
function statedAmounts(index: ModelIndex): Stated[] {
  const out: Stated[] = [];
  const { inWords } = index.texts;
  let field = 0;
  // The figures' words met before the text at `at` (a figure's words come before the texts
  // inside its record).
  const wordsBefore = (at: number) => {
    while (field < inWords.length && inWords[field]!.before <= at) {
      const { figure, words, path } = inWords[field++]!;
      out.push({ figure, words, path });
    }
  };
  // Only the texts that write an amount in prose, found in one pass with the replaced terms.
  for (const { entry, at, found } of index.prose.amounts) {
    wordsBefore(at);
    for (const [figure, words] of found) out.push({ figure, words, path: entry.path });
  }
  wordsBefore(Number.POSITIVE_INFINITY);
  return out;
}

/** An amount in words ("Bằng chữ: …") must say the same sum as the figure beside it. */
export const amountInWordsMatches: Rule = {
  code: 'amount.words',
  severity: 'error',
  reads: ['*.inWords', '**'],
  run({ index }) {
    const out: Draft[] = [];
    for (const s of statedAmounts(index)) {
      // Words are read by their text alone: kept by the checker.
      const said = index.readings.keep('amount-in-words', s.words, readAmountInWords);
      if (said === undefined) continue;
      const figure = typeof s.figure === 'string' ? BigInt(s.figure.replaceAll('.', '')) : undefined;
      const value = figure ?? BigInt((s.figure as Reported).value.toFixed());
      if (value === said) continue;
      const written = typeof s.figure === 'string' ? s.figure : s.figure.written;
      out.push({
        paths: [s.path],
        computed: computedQuantity(said, 'dong'),
        reported:
          typeof s.figure === 'string'
            ? { value: value.toString(), unit: 'dong', written }
            : reportedQuantity(s.figure, 'dong'),
        params: { words: s.words.trim(), written },
      });
    }
    return out;
  },
};
