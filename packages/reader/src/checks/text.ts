import { amountInWords, type Severity } from '@diemmac/core';
import { numberingOf } from '../extract/numbering.js';
import { readStatements } from '../extract/statements.js';
import { maskNonFigures } from '../extract/tokens.js';
import { fold, foldWords } from '../source/clean.js';
import type { Item, Place, TextItem } from '../source/types.js';
import type { PlacedFinding, TextCode } from './types.js';

const finding = (
  code: TextCode,
  severity: Severity,
  places: Place[],
  params: PlacedFinding['params'],
): PlacedFinding => ({
  code,
  severity,
  paths: [],
  places,
  params,
});

const at = (item: TextItem, from: number, to: number): Place => ({ ...item.place, start: from, end: to });

// Vietnamese doubles these words on purpose ("dần dần", "nhà nhà, người người").
const REDUPLICATIVES = new Set([
  'dan',
  'tu',
  'ngay',
  'nguoi',
  'nha',
  'xa',
  'lau',
  'thuong',
  'ai',
  'gi',
  'dau',
  'nao',
  'vua',
  'cang',
  'hang',
]);

/** How often each pair of neighbouring syllables occurs in the texts, folded. */
export function syllablePairs(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const words = fold(text)
      .split(/[^\p{L}]+/u)
      .filter(Boolean);
    for (let i = 1; i < words.length; i++) {
      const key = `${words[i - 1]} ${words[i]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * "Thực hiện Thực hiện Nghị quyết", "thực hiện hiện": a word or phrase written twice in a row.
 * Vietnamese words are syllables, so one syllable twice is often two words ("thu và chi chi
 * tiết"): it counts only when it ends a pair the document uses elsewhere ("thực hiện") more than
 * the pair it would begin ("hiện nghiêm").
 */
export function repeatedWords(
  item: TextItem,
  pairs: ReadonlyMap<string, number> = new Map(),
): PlacedFinding[] {
  const out: PlacedFinding[] = [];
  const text = item.text;
  const words = [...text.matchAll(/[\p{L}\p{M}]+/gu)].map((m) => ({
    at: m.index,
    end: m.index + m[0].length,
    low: m[0].toLowerCase(),
  }));
  // Only spaces between: "Thực hiện, Thực hiện" is a list, not a slip.
  const spaced = (a: number, b: number) => /^\s+$/.test(text.slice(words[a]?.end ?? 0, words[b]?.at ?? 0));
  for (let i = 0; i < words.length; i++) {
    for (let n = 4; n >= 1; n--) {
      if (i + 2 * n > words.length) continue;
      let same = true;
      for (let k = 0; k < n && same; k++) same = words[i + k]?.low === words[i + n + k]?.low;
      for (let k = 0; k < 2 * n - 1 && same; k++) same = spaced(i + k, i + k + 1);
      if (!same) continue;
      const from = words[i]?.at ?? 0;
      const to = words[i + 2 * n - 1]?.end ?? 0;
      const phrase = text.slice(from, words[i + n - 1]?.end ?? 0);
      if (n === 1) {
        const x = fold(phrase);
        if (REDUPLICATIVES.has(x)) continue;
        const ending = pairs.get(`${fold(words[i - 1]?.low ?? '')} ${x}`) ?? 0;
        const beginning = pairs.get(`${x} ${fold(words[i + 2]?.low ?? '')}`) ?? 0;
        if (ending < 2 || ending <= beginning) continue;
      }
      out.push(
        finding('text.repeated-words', 'warning', [at(item, from, to)], {
          phrase,
          written: text.slice(from, to),
        }),
      );
      i += 2 * n - 1;
      break;
    }
  }
  return out;
}

/** A document symbol: number, optional year, and the letters after the slash. */
const SYMBOL =
  /(số\s+:\s*)?(\d{1,4})(\s*\/\s*)(?:(\d{4})(\s*\/\s*))?([A-ZĐ][A-ZĐ0-9]*(?:\s*[-–—]\s*[A-ZĐ0-9]+)*)/gu;

/** "số : 03/NQ – HĐND", "43 /KH-UBND": a symbol written against Decree 30/2020's form. */
export function symbolForm(item: TextItem): PlacedFinding[] {
  const out: PlacedFinding[] = [];
  for (const m of item.text.matchAll(SYMBOL)) {
    const [whole, so, number, slash, year, slash2, letters = ''] = m;
    const spaced =
      Boolean(so) ||
      (slash ?? '').trim() !== slash ||
      (slash2 !== undefined && slash2.trim() !== slash2) ||
      /\s|[–—]/.test(letters);
    if (!spaced) continue;
    const expected = `${number}/${year ? `${year}/` : ''}${letters.replace(/\s*[-–—]\s*/g, '-')}`;
    const start = m.index + (so?.length ?? 0);
    out.push(
      finding('text.symbol-form', 'warning', [at(item, m.index, m.index + whole.length)], {
        written: whole.slice(so ? 0 : 0),
        expected: so ? `số ${expected}` : expected,
        start,
      }),
    );
  }
  return out;
}

const POINT_DECIMAL = /(?<![\d.,])\d{1,3}\.\d{1,2}(?![\d])|(?<![\d.,])\d{1,3}\.\d{4,}(?![\d])/g;
const COMMA_DECIMAL = /(?<![\d.,])\d+,\d+(?![\d])|(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d,])/g;

/** "87.81 điểm" beside "92,87%" and "5.824.272.835": two decimal marks in one document. */
export function decimalMarks(items: readonly TextItem[]): PlacedFinding[] {
  const points: Place[] = [];
  const pointWritten: string[] = [];
  let commaExample: string | undefined;
  for (const item of items) {
    const masked = maskNonFigures(item.text);
    for (const m of masked.matchAll(POINT_DECIMAL)) {
      points.push(at(item, m.index, m.index + m[0].length));
      pointWritten.push(m[0]);
    }
    commaExample ??= masked.match(COMMA_DECIMAL)?.[0];
  }
  if (points.length === 0 || commaExample === undefined) return [];
  return [
    finding('text.decimal-marks', 'warning', points, {
      written: pointWritten,
      vietnamese: commaExample,
      count: points.length,
    }),
  ];
}

const SPACE_BEFORE = /[\p{L}\p{N})”"]\s+([,;])(?=\s|$)/gu;
const DOUBLED = /([,;:])\s*\1|[,;]\s*[.;,](?!\/)/gu;

/** "cán bộ công chức ; các tổ chức", ",,": a separator with a space before it, or two in a row. */
export function straySeparators(item: TextItem): PlacedFinding[] {
  const out: PlacedFinding[] = [];
  for (const pattern of [SPACE_BEFORE, DOUBLED]) {
    for (const m of item.text.matchAll(pattern)) {
      const from = m.index + (pattern === SPACE_BEFORE ? 1 : 0);
      out.push(
        finding('text.stray-separator', 'info', [at(item, from, m.index + m[0].length)], {
          written: m[0].slice(pattern === SPACE_BEFORE ? 1 : 0).trim(),
        }),
      );
    }
  }
  return out;
}

/**
 * Section numbers that restart ("I., II." again inside "II.") or skip ("1." then "3."). The
 * heading levels a document marks are trusted when they agree with the numbering (a Word
 * heading style, Markdown written by a tool); a text whose marks disagree, like the seed's, is
 * read by the numbering alone: Roman above "1." above "1.1." above "1.1.1.".
 */
export function numbering(items: readonly Item[]): PlacedFinding[] {
  const numbered: { item: TextItem; n: NonNullable<ReturnType<typeof numberingOf>> }[] = [];
  for (const item of items) {
    if (item.kind !== 'paragraph') continue;
    const n = numberingOf(item.text.replace(/^[-+•]\s*/, ''));
    if (n && n.rank !== 9) numbered.push({ item, n });
  }
  let lastRoman: number | undefined;
  let trusted = numbered.some((x) => x.item.heading !== undefined);
  for (const { item, n } of numbered) {
    if (item.heading === undefined) continue;
    if (n.rank === 0) lastRoman = item.heading;
    else if (lastRoman !== undefined && item.heading <= lastRoman) trusted = false;
  }
  // The level of a numbered line: its heading level when trusted (plain paragraphs sit below every heading).
  const level = (x: (typeof numbered)[number]) =>
    trusted ? (x.item.heading ?? 10) * 10 + x.n.rank : x.n.rank;
  const out: PlacedFinding[] = [];
  const last = new Map<number, { values: number[]; written: string }>();
  for (const x of numbered) {
    const l = level(x);
    for (const k of [...last.keys()]) if (k > l) last.delete(k);
    const previous = last.get(l);
    const value = x.n.values.at(-1) ?? 0;
    const prefix = x.n.values.slice(0, -1);
    const samePrefix = previous !== undefined && previous.values.slice(0, -1).join('.') === prefix.join('.');
    const before = samePrefix ? (previous?.values.at(-1) ?? 0) : 0;
    const place = at(x.item, 0, x.n.written.length);
    if (samePrefix && value <= before) {
      out.push(
        finding('text.numbering', 'warning', [place], {
          problem: 'restart',
          written: x.n.written,
          after: previous?.written ?? '—',
        }),
      );
    } else if (value > before + 1 && (samePrefix || x.item.heading !== undefined || x.n.rank === 0)) {
      out.push(
        finding('text.numbering', 'warning', [place], {
          problem: 'skip',
          written: x.n.written,
          after: samePrefix ? (previous?.written ?? '—') : '—',
        }),
      );
    }
    last.set(l, { values: x.n.values, written: x.n.written });
  }
  return out;
}

// Spellings of the same number word: "ngàn"/"nghìn", "lẻ"/"linh", "tư"/"bốn", "lăm"/"năm".
const SAME_WORD: Record<string, string> = { ngan: 'nghin', linh: 'le', tu: 'bon', lam: 'nam' };
const wordsKey = (words: string): string =>
  foldWords(words)
    .split(' ')
    .map((w) => SAME_WORD[w] ?? w)
    .filter((w) => w !== 'chan' && w !== 'dong' && w !== 'va')
    .join(' ');

/** "1.500.000 đồng (Bằng chữ: Một triệu bốn trăm nghìn đồng)": the words say another amount. */
export function amountsInWords(item: TextItem): PlacedFinding[] {
  const out: PlacedFinding[] = [];
  for (const s of readStatements(item.text)) {
    if (s.kind !== 'money' || !s.words || !/^\d{1,3}(\.\d{3})*$|^\d+$/.test(s.value.written)) continue;
    const expected = amountInWords(s.value.written.replace(/\./g, ''));
    if (wordsKey(s.words) === wordsKey(expected)) continue;
    out.push(
      finding('text.amount-in-words', 'error', [at(item, s.from, s.to)], {
        written: s.value.written,
        words: s.words,
        expected,
      }),
    );
  }
  return out;
}

/** Every check on the text of a notice's body (the annex, a computed table, is not checked). */
export function textFindings(items: readonly Item[]): PlacedFinding[] {
  const paragraphs = items.filter((i): i is TextItem => i.kind === 'paragraph');
  const pairs = syllablePairs(paragraphs.map((p) => p.text));
  return [
    ...paragraphs.flatMap((p) => repeatedWords(p, pairs)),
    ...paragraphs.flatMap(symbolForm),
    ...decimalMarks(paragraphs),
    ...numbering(items),
    ...paragraphs.flatMap(straySeparators),
    ...paragraphs.flatMap(amountsInWords),
  ];
}
