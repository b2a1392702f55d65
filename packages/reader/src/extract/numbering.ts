/** How a heading or paragraph is numbered: "II.", "2.", "2.1.", "a)". */
export interface Numbering {
  /** The label as written: "2.1." */
  written: string;
  /** 0 Roman, 1 "2.", 2 "2.1.", 3 "2.1.1.", 9 "a)". */
  rank: number;
  /** The numbers of the label: [2, 1] for "2.1.". */
  values: number[];
  /** Length of the label and the space after it. */
  length: number;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function roman(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN[text[i] ?? ''] ?? 0;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * The numbering at the start of a text, after list marks ("- +"), or undefined.
 *
 * @example
 * numberingOf('2.1. Cải cách thể chế') // { written: '2.1.', rank: 2, values: [2, 1], length: 5 }
 */
export function numberingOf(text: string): Numbering | undefined {
  const m = /^((?:[IVXLC]+)\.|\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-zđ]\))(?:\s+|$)/u.exec(text);
  if (!m) return undefined;
  const written = m[1] ?? '';
  const length = m[0].length;
  if (/^[IVXLC]+\.$/.test(written))
    return { written, rank: 0, values: [roman(written.slice(0, -1))], length };
  if (/^[a-zđ]\)$/u.test(written)) {
    const letter = written.charAt(0);
    return { written, rank: 9, values: ['abcdđeghiklmnopqrstuvxy'.indexOf(letter) + 1], length };
  }
  const values = written.replace(/\.$/, '').split('.').map(Number);
  // "9 tháng" is no numbering: a lone number needs its dot.
  if (values.length === 1 && !written.endsWith('.')) return undefined;
  return { written, rank: values.length, values, length };
}
