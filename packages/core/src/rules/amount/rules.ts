import type { ModelIndex } from '../../checks/model-index.js';
import { computedQuantity, reportedQuantity } from '../../checks/quantity.js';
import type { Draft, Path, Rule } from '../../checks/types.js';
import { readAmountInWords } from '../../format/words.js';
import type { Reported } from '../../numbers/reported.js';

// "120.000.000 đồng (Một trăm hai mươi lăm triệu đồng)", "… đồng (Bằng chữ: …)".
const IN_PROSE = /(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:đồng|đ)\s*\(\s*([^()]{3,400})\)/giu;

interface Stated {
  figure: Reported | string;
  words: string;
  path: Path;
}

/** The amounts a text writes beside their words: a pure reading of the text, kept by the checker. */
function amountsInProse(text: string): readonly (readonly [string, string])[] {
  // An amount in prose is followed by its words in parentheses: a text without one has none.
  if (!text.includes('(')) return NONE;
  return [...text.normalize('NFC').matchAll(IN_PROSE)].map((m) => [m[1]!, m[2]!] as const);
}
const NONE: readonly (readonly [string, string])[] = Object.freeze([]);

/**
 * Every amount a supervision writes beside its words: figure fields with `inWords`, and prose,
 * in the order they stand.
 */
function statedAmounts({ texts, readings }: ModelIndex): Stated[] {
  const out: Stated[] = [];
  const { entries, inWords } = texts;
  let field = 0;
  for (let i = 0; i <= entries.length; i++) {
    // A figure's words come before the texts inside its record.
    while (field < inWords.length && inWords[field]!.before === i) {
      const { figure, words, path } = inWords[field++]!;
      out.push({ figure, words, path });
    }
    const e = entries[i];
    // Looked up, not scanned: a text's readings are found once per check for every rule.
    if (!e?.amounts) continue;
    // Indexed: most texts read as the one empty list, and a for-of would make an iterator for each.
    const amounts = readings.ofText(e, 'amounts-in-prose', amountsInProse);
    for (let k = 0; k < amounts.length; k++) {
      const [figure, words] = amounts[k]!;
      out.push({ figure, words, path: e.path });
    }
  }
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
