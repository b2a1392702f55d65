import type { Draft, Path, Rule } from '../../checks/types.js';
import { mandatorySections } from '../../frameworks/outline.js';
import type { Section } from '../../supervision/schema.js';

/**
 * A notice's own layout is valid: its numbering, titles, order and nesting as written, sections
 * merged or left out. The rule speaks only where the framework marks a section mandatory and the
 * notice lacks it, or where the notice's own numbering skips or repeats (1, 2, 4).
 */
export const outlineSections: Rule = {
  code: 'outline.section',
  severity: 'warning',
  reads: ['framework', 'sections.key', 'sections.number'],
  run({ supervision, frameworks, index }) {
    const framework = frameworks.outlines.find((o) => o.id === supervision.framework);
    if (!framework)
      return [
        {
          paths: [['framework']],
          params: { problem: 'unknown-framework', framework: supervision.framework },
        },
      ];
    const out: Draft[] = [];
    const present = new Set(index.sections.map((s) => s.section.key));
    for (const node of mandatorySections(framework)) {
      if (present.has(node.key)) continue;
      out.push({
        paths: [['sections']],
        params: { problem: 'missing', key: node.key, title: node.title, titleEn: node.titleEn },
      });
    }
    numbering(supervision.sections, ['sections'], out);
    return out;
  },
};

type Style = 'roman' | 'arabic' | 'latin' | 'vietnamese';

interface Mark {
  style: Style;
  /** What comes before the last component: "2." for "2.3". */
  prefix: string;
  value: number;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
// Vietnamese lists go a), b), c), d), đ), e), g)…; some write the Latin alphabet.
const VIETNAMESE_LETTERS = 'abcdđeghiklmnopqrstuvxy';
const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function romanValue(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN[text[i]!]!;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isRomanLetter = (ch: string) => ch === 'I' || ch === 'V' || ch === 'X' || ch === 'L' || ch === 'C';

/**
 * Reads "II.", "2.3.", "3)", "đ)" as a list mark; no mark for anything else. Read character by
 * character, as the patterns it stands for (trailing /[.)]+/ set aside, then /^[IVXLC]+$/,
 * /^((?:\d+\.)*)(\d+)$/ or /^[a-zđ]$/): the five patterns were most of the rule.
 */
function markOf(number: string | undefined): Mark[] {
  const trimmed = (number ?? '').trim();
  let end = trimmed.length;
  while (end > 0 && (trimmed[end - 1] === '.' || trimmed[end - 1] === ')')) end--;
  if (end === 0) return [];
  const text = end === trimmed.length ? trimmed : trimmed.slice(0, end);
  const first = text[0]!;
  if (isRomanLetter(first)) return romanMark(text);
  if (isDigit(text.charCodeAt(0))) return arabicMark(text);
  if (text.length === 1) return letterMarks(first);
  return [];
}

/** /^[IVXLC]+$/ as a Roman numeral. */
function romanMark(text: string): Mark[] {
  for (let i = 1; i < text.length; i++) if (!isRomanLetter(text[i]!)) return [];
  return [{ style: 'roman', prefix: '', value: romanValue(text) }];
}

/** /^((?:\d+\.)*)(\d+)$/: digits, each run but the last closed by one dot; its text ends in a digit. */
function arabicMark(text: string): Mark[] {
  let lastDot = -1;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) continue;
    // A dot only between digits: none doubled, none last.
    if (code !== 46 || i === text.length - 1 || !isDigit(text.charCodeAt(i + 1))) return [];
    lastDot = i;
  }
  return [{ style: 'arabic', prefix: text.slice(0, lastDot + 1), value: Number(text.slice(lastDot + 1)) }];
}

/** /^[a-zđ]$/: a letter of a Vietnamese list, of a Latin one, or of both. */
function letterMarks(letter: string): Mark[] {
  const code = letter.charCodeAt(0);
  if (!((code >= 97 && code <= 122) || letter === 'đ')) return [];
  const marks: Mark[] = [];
  if (VIETNAMESE_LETTERS.includes(letter))
    marks.push({ style: 'vietnamese', prefix: '', value: VIETNAMESE_LETTERS.indexOf(letter) + 1 });
  if (LATIN_LETTERS.includes(letter))
    marks.push({ style: 'latin', prefix: '', value: LATIN_LETTERS.indexOf(letter) + 1 });
  return marks;
}

/**
 * Siblings numbered in one style must count on by one: 1, 2, 3 or a), b), c), đ). A section's
 * marks are read once, and a path spelt out only for a finding.
 */
function numbering(sections: readonly Section[], base: Path, out: Draft[]): void {
  let before = sections.length > 0 ? markOf(sections[0]!.number) : [];
  for (let i = 1; i < sections.length; i++) {
    const here = markOf(sections[i]!.number);
    if (!follows(before, here)) {
      out.push({
        paths: [
          [...base, i, 'number'],
          [...base, i - 1, 'number'],
        ],
        params: { problem: 'numbering', number: sections[i]!.number!, after: sections[i - 1]!.number! },
      });
    }
    before = here;
  }
  for (let i = 0; i < sections.length; i++) {
    const children = sections[i]!.sections;
    if (children.length > 0) numbering(children, [...base, i, 'sections'], out);
  }
}

/**
 * Whether a mark counts on from the one before: some mark of the same style and prefix as one
 * before, whose value is one more than a mark of its style before; true too where none is comparable.
 */
function follows(before: readonly Mark[], here: readonly Mark[]): boolean {
  let comparable = false;
  for (const h of here) {
    let same = false;
    let next = false;
    for (const b of before) {
      if (b.style !== h.style) continue;
      if (b.prefix === h.prefix) same = true;
      if (b.value + 1 === h.value) next = true;
    }
    if (same && next) return true;
    comparable ||= same;
  }
  return !comparable;
}
