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

/** Reads "II.", "2.3.", "3)", "đ)" as a list mark; undefined for anything else. */
function markOf(number: string | undefined): Mark[] {
  const text = (number ?? '').trim().replace(/[.)]+$/, '');
  if (/^[IVXLC]+$/.test(text)) return [{ style: 'roman', prefix: '', value: romanValue(text) }];
  const arabic = /^((?:\d+\.)*)(\d+)$/.exec(text);
  if (arabic) return [{ style: 'arabic', prefix: arabic[1]!, value: Number(arabic[2]) }];
  if (/^[a-zđ]$/.test(text)) {
    const marks: Mark[] = [];
    if (VIETNAMESE_LETTERS.includes(text))
      marks.push({ style: 'vietnamese', prefix: '', value: VIETNAMESE_LETTERS.indexOf(text) + 1 });
    if (LATIN_LETTERS.includes(text))
      marks.push({ style: 'latin', prefix: '', value: LATIN_LETTERS.indexOf(text) + 1 });
    return marks;
  }
  return [];
}

/** Siblings numbered in one style must count on by one: 1, 2, 3 or a), b), c), đ). */
function numbering(sections: readonly Section[], base: Path, out: Draft[]): void {
  for (let i = 1; i < sections.length; i++) {
    const before = markOf(sections[i - 1]!.number);
    const here = markOf(sections[i]!.number);
    const comparable = here.filter((h) => before.some((b) => b.style === h.style && b.prefix === h.prefix));
    if (comparable.length > 0) {
      const follows = comparable.some((h) =>
        before.some((b) => b.style === h.style && b.value + 1 === h.value),
      );
      if (!follows) {
        out.push({
          paths: [
            [...base, i, 'number'],
            [...base, i - 1, 'number'],
          ],
          params: { problem: 'numbering', number: sections[i]!.number!, after: sections[i - 1]!.number! },
        });
      }
    }
  }
  for (const [i, s] of sections.entries()) numbering(s.sections, [...base, i, 'sections'], out);
}
