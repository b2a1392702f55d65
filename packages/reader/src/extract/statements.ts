import { fold } from '../source/clean.js';
import { findNumbers, maskNonFigures, NUMBER, type Range } from './tokens.js';

/** A number with where it stands in its item's text. */
export interface Num extends Range {
  written: string;
}

interface Base extends Range {
  /** Words before the figure in its clause, without list marks: "Số hồ sơ giải quyết trước hạn". */
  label: string;
  /** Words after the figure up to the end of its clause. */
  tail: string;
}

/** A figure statement: how the text states a figure, before it is given a meaning. */
export type Statement =
  | (Base & { kind: 'ratio'; part: Num; whole: Num; rate?: Num | undefined; unit: string })
  | (Base & { kind: 'score'; score: Num; max: Num })
  | (Base & { kind: 'points'; value: Num })
  | (Base & { kind: 'rate'; rate: Num })
  | (Base & { kind: 'money'; value: Num; words?: string | undefined })
  | (Base & { kind: 'count'; value: Num; unit: string });

const N = `(${NUMBER})`;
const UNIT_WORDS =
  'hồ sơ|người|cái|bộ|máy|cuộc|hội nghị|đường|công dân|tuyên truyền viên|lượt người|lượt|văn bản|cán bộ|công chức|đơn|thủ tục|xóm|thôn|hộ|lớp|công trình|trường hợp|dịch vụ|phòng|buổi';
const PATTERNS: [Statement['kind'], RegExp][] = [
  ['score', new RegExp(String.raw`${N}\s*\/\s*${N}\s*điểm`, 'giu')],
  [
    'ratio',
    new RegExp(
      String.raw`${N}\s*(đồng)?\s*\/\s*${N}\s*(đồng|${UNIT_WORDS})?\s*,?\s*(?:(?:đạt|bằng|=|chiếm)\s*(?:tỷ lệ\s*)?${N}\s*%)?`,
      'giu',
    ),
  ],
  [
    'money',
    new RegExp(String.raw`${N}\s*(?:đồng|đ)(?![\p{L}])(?:\s*\(\s*bằng chữ\s*:?\s*([^)]*)\))?`, 'giu'),
  ],
  ['points', new RegExp(String.raw`${N}\s*điểm`, 'giu')],
  ['rate', new RegExp(String.raw`${N}\s*%`, 'giu')],
  ['count', new RegExp(String.raw`${N}\s+(${UNIT_WORDS}|[\p{Ll}]+(?:\s+[\p{Ll}]+)?)`, 'gu')],
];

function labelBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  let cut = 0;
  for (const m of before.matchAll(/[;(]|\.\s|,\s*trong đó:?|\btrong đó:?|\(gồm|\bgồm\b/giu))
    cut = m.index + m[0].length;
  return before
    .slice(cut)
    .replace(/^[\s\-+•*]+/, '')
    .replace(/[\s:,]+$/, '')
    .replace(/\s+(?:là|đạt)$/iu, '')
    .trim();
}

function tailAfter(text: string, at: number): string {
  const rest = text.slice(at);
  const stop = /[;,.)(:]/.exec(rest);
  return (stop ? rest.slice(0, stop.index) : rest).trim();
}

const num = (m: RegExpMatchArray, group: number, from: number, text: string): Num | undefined => {
  const written = m[group];
  if (written === undefined) return undefined;
  const at = text.indexOf(written, from);
  return { written, from: at, to: at + written.length };
};

/**
 * The figure statements of one paragraph or cell: parts of a whole with their rate ("5.824.272.835
 * đồng/6.271.000.000 đồng đạt 92,87%"), scores out of a maximum ("16,2/18 điểm"), points, rates,
 * money (with its amount in words) and counts with their unit ("2175 hồ sơ"). Dates, document
 * numbers and section numbers are never figures.
 *
 * @example
 * readStatements('Số hồ sơ giải quyết trước hạn: 1362 hồ sơ;')[0] // { kind: 'count', label: 'Số hồ sơ giải quyết trước hạn', value: { written: '1362', … }, unit: 'hồ sơ' }
 */
export function readStatements(text: string): Statement[] {
  const masked = maskNonFigures(text).split('');
  const out: Statement[] = [];
  for (const [kind, pattern] of PATTERNS) {
    const source = masked.join('');
    for (const m of source.matchAll(pattern)) {
      const from = m.index;
      const to = from + m[0].trimEnd().length;
      if (!/\d/.test(source.charAt(from))) continue;
      const first = num(m, 1, from, source);
      if (!first) continue;
      const base = { from, to, label: labelBefore(text, from), tail: tailAfter(text, to) };
      let statement: Statement | undefined;
      if (kind === 'ratio') {
        const whole = num(m, 3, first.to, source);
        const unit = (m[4] ?? m[2] ?? '').toLowerCase();
        const rate = m[5] ? num(m, 5, whole?.to ?? first.to, source) : undefined;
        // "09/09" alone is a part of a whole; "3/2024" was masked as a date already.
        if (whole) statement = { ...base, kind, part: first, whole, rate, unit };
      } else if (kind === 'score') {
        const max = num(m, 2, first.to, source);
        if (max) statement = { ...base, kind, score: first, max };
      } else if (kind === 'money') {
        statement = { ...base, kind, value: first, words: m[2]?.trim() };
      } else if (kind === 'points') {
        statement = { ...base, kind, value: first };
      } else if (kind === 'rate') {
        statement = { ...base, kind, rate: first };
      } else {
        const unit = (m[2] ?? '').trim();
        // Words that follow a number without being its unit.
        if (
          /^(?:tháng|năm|ngày|giờ|tuổi|cấp|với|và|của|trong|theo|tại|là|đã|được|đến|từ|có|các|những)(?:\s|$)/iu.test(
            unit,
          )
        )
          continue;
        statement = {
          ...base,
          to: from + first.written.length + 1 + unit.length,
          kind,
          value: first,
          unit,
          tail: tailAfter(text, from + first.written.length + 1 + unit.length),
        };
      }
      if (!statement) continue;
      out.push(statement);
      for (let i = statement.from; i < statement.to; i++) masked[i] = ' ';
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

/** How many figures a text holds and how many of them a statement placed. */
export function coverage(
  text: string,
  statements: readonly Statement[],
): { numbers: number; placed: number } {
  const numbers = findNumbers(text);
  const placed = numbers.filter((n) => statements.some((s) => n.from >= s.from && n.to <= s.to)).length;
  return { numbers: numbers.length, placed };
}

/** The statement's label and tail folded, for matching keywords. */
export const keyOf = (s: Statement): { label: string; tail: string } => ({
  label: fold(s.label),
  tail: fold(s.tail),
});
