import { readAmountInWords } from '../../format/words.js';
import type { Reported } from '../../numbers/reported.js';
import { computedQuantity, reportedQuantity } from '../quantity.js';
import type { Draft, Path, Rule } from '../types.js';

// "120.000.000 đồng (Một trăm hai mươi lăm triệu đồng)", "… đồng (Bằng chữ: …)".
const IN_PROSE = /(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:đồng|đ)\s*\(\s*([^()]{3,400})\)/giu;

interface Stated {
  figure: Reported | string;
  words: string;
  path: Path;
}

/** Every amount a supervision writes beside its words: figure fields with `inWords`, and prose. */
function statedAmounts(root: unknown): Stated[] {
  const out: Stated[] = [];
  const path: Path = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      for (const m of node.normalize('NFC').matchAll(IN_PROSE)) {
        out.push({ figure: m[1]!, words: m[2]!, path: [...path] });
      }
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.written === 'string') return;
    if (typeof record.inWords === 'string') {
      const figure = (record.value ?? record.actual) as Reported | undefined;
      if (figure) out.push({ figure, words: record.inWords, path: [...path, 'inWords'] });
    }
    for (const key of Object.keys(record)) {
      if (key === 'inWords') continue;
      path.push(Array.isArray(node) ? Number(key) : key);
      walk(record[key]);
      path.pop();
    }
  };
  walk(root);
  return out;
}

/** An amount in words ("Bằng chữ: …") must say the same sum as the figure beside it. */
export const amountInWordsMatches: Rule = {
  code: 'amount.words',
  severity: 'error',
  reads: ['*.inWords', '**'],
  run({ supervision }) {
    const out: Draft[] = [];
    for (const s of statedAmounts(supervision)) {
      const said = readAmountInWords(s.words);
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
