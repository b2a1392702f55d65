import type { Citation, CitationInput } from './schema.js';
import { abbreviationOf, documentType } from './types.js';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The number with its symbol as Decree 30/2020 writes it: "10/KH-UBND", "33/2023/NĐ-CP",
 * "65-QĐ/ĐU", "87/2015/QH13", "123/UBND-VP". Undefined when the citation has no number.
 *
 * @example
 * numberSymbol({ type: 'NĐ', number: '33', year: 2023, symbol: 'CP' }) // '33/2023/NĐ-CP'
 */
export function numberSymbol(c: Citation): string | undefined {
  if (c.number === undefined) return undefined;
  const abbreviation = abbreviationOf(c.type);
  if (c.party) return `${c.number}-${abbreviation ?? c.type}/${c.symbol ?? ''}`;
  const head = c.year === undefined ? c.number : `${c.number}/${c.year}`;
  if (c.symbol === undefined) return head;
  // Laws and official letters carry no type in their symbol.
  if (!abbreviation || c.type === 'CV') return `${head}/${c.symbol}${c.unit ? `-${c.unit}` : ''}`;
  return `${head}/${abbreviation}-${c.symbol}`;
}

/**
 * A short label for messages: the number and symbol, or the type and name of a law cited by name.
 *
 * @example
 * citationLabel({ type: 'Luật', title: 'Thực hiện dân chủ ở cơ sở' }) // 'Luật Thực hiện dân chủ ở cơ sở'
 */
export function citationLabel(c: Citation): string {
  return numberSymbol(c) ?? [documentType(c.type)?.name ?? c.type, c.title].filter(Boolean).join(' ');
}

/**
 * Writes a citation the way Decree 30/2020 asks a first citation to be written: type, number and
 * symbol, date, issuer, subject. `parseCitation(formatCitation(c))` gives back `c`.
 *
 * @example
 * formatCitation({ type: 'KH', number: '10', symbol: 'UBND', date: { year: 2024, month: 1, day: 11, written: '11/01/2024' }, subject: 'cải cách hành chính năm 2024' })
 * // 'Kế hoạch số 10/KH-UBND ngày 11/01/2024 về cải cách hành chính năm 2024'
 */
export function formatCitation(c: Citation): string {
  const parts = [documentType(c.type)?.name ?? c.type];
  if (c.title) parts.push(c.title);
  const numbered = numberSymbol(c);
  if (numbered) parts.push(`số ${numbered}`);
  if (c.date)
    parts.push(`ngày ${c.date.written || `${pad(c.date.day)}/${pad(c.date.month)}/${c.date.year}`}`);
  if (c.issuer) parts.push(`của ${c.issuer}`);
  if (c.subject) parts.push(`về ${c.subject}`);
  return parts.join(' ');
}

/**
 * A citation as text for a reader: the words the notice wrote when it kept them, otherwise the
 * citation written out from its fields.
 *
 * @example
 * citationText({ type: 'NĐ', number: '33', year: 2023, symbol: 'CP' }) // 'Nghị định số 33/2023/NĐ-CP'
 */
export function citationText(c: CitationInput): string {
  if (typeof c === 'string') return c;
  // The schema lets a structured citation without text through only when it has a type.
  return c.text ?? formatCitation(c as Citation);
}
