import { type CitationSpan, daysInMonth, findCitations } from '@diemmac/core/adapters';
import { remember } from '../memo.js';

/** A stretch of an item's text: [from, to). */
export interface Range {
  from: number;
  to: number;
}

/** A date written in the text. */
export interface FoundDate extends Range {
  day: number;
  month: number;
  year: number;
  written: string;
}

/** A day of a period. */
export interface DayOf {
  day: number;
  month: number;
  year: number;
  written: string;
}

/** "từ ngày 15/12/2023 đến ngày 31/10/2024", "9 tháng năm 2024". */
export interface FoundPeriod extends Range {
  start: DayOf;
  end: DayOf;
  label?: string | undefined;
  written: string;
}

const D = String.raw`(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})(?!\d)`;
const SHORT_DATE = new RegExp(String.raw`(?<![\d/])${D}`, 'g');
const LONG_DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;

/** Every date in the text: "20/7/2023", "ngày 10 tháng 6 năm 2023". */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(SHORT_DATE)) {
    out.push({
      day: Number(m[1]),
      month: Number(m[2]),
      year: Number(m[3]),
      written: m[0],
      from: m.index,
      to: m.index + m[0].length,
    });
  }
  for (const m of text.matchAll(LONG_DATE)) {
    out.push({
      day: Number(m[1]),
      month: Number(m[2]),
      year: Number(m[3]),
      written: m[0],
      from: m.index,
      to: m.index + m[0].length,
    });
  }
  return out.sort((a, b) => a.from - b.from);
}

const FROM_TO = new RegExp(
  String.raw`từ\s+(?:ngày\s+)?${D}\s*(?:-|đến\s+(?:hết\s+)?(?:ngày\s+)?)${D}`,
  'giu',
);
const MONTHS = /(\d{1,2})\s+tháng\s+(?:đầu\s+)?năm\s+(\d{4})/giu;

const lastDay = (year: number, month: number): number => daysInMonth(year, month);

/**
 * The periods a text states: "từ ngày 15/12/2023 đến hết 30/9/2024" and "9 tháng (đầu) năm
 * 2024" (from 1 January to the last day of the ninth month).
 */
export function findPeriods(text: string): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  for (const m of text.matchAll(FROM_TO)) {
    out.push({
      from: m.index,
      to: m.index + m[0].length,
      written: m[0],
      start: {
        day: Number(m[1]),
        month: Number(m[2]),
        year: Number(m[3]),
        written: `${m[1]}/${m[2]}/${m[3]}`,
      },
      end: { day: Number(m[4]), month: Number(m[5]), year: Number(m[6]), written: `${m[4]}/${m[5]}/${m[6]}` },
    });
  }
  for (const m of text.matchAll(MONTHS)) {
    const months = Number(m[1]);
    const year = Number(m[2]);
    if (months < 1 || months > 12) continue;
    out.push({
      from: m.index,
      to: m.index + m[0].length,
      written: m[0],
      label: m[0],
      start: { day: 1, month: 1, year, written: `01/01/${year}` },
      end: {
        day: lastDay(year, months),
        month: months,
        year,
        written: `${lastDay(year, months)}/${months}/${year}`,
      },
    });
  }
  return out.sort((a, b) => a.from - b.from);
}

/** A number as written: "5.824.272.835", "92,87", "15.3.", "02". */
// A trailing dot belongs to the number only before a slash ("15.3./22"); elsewhere it ends the sentence.
export const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)?(?:\.(?=\s*\/))?(?![\d])`;

/** A number found in a text, not part of a date, a document number or a section number. */
export interface FoundNumber extends Range {
  written: string;
}

/**
 * Replaces with spaces what holds digits but is no figure: document numbers and symbols,
 * dates, years, the section number at the start. Offsets stay the same.
 */
export function maskNonFigures(text: string): string {
  return remember('mask', text, mask);
}

/** The core's `findCitations`, remembered per text: masking and citing both need it. */
export function citationSpans(text: string): CitationSpan[] {
  return remember('spans', text, findCitations);
}

function mask(text: string): string {
  // UTF-16 code units, as the offsets of RegExp and findCitations count.
  const units = text.split('');
  const blank = (from: number, to: number) => {
    for (let i = from; i < to && i < units.length; i++) units[i] = ' ';
  };
  for (const c of citationSpans(text)) blank(c.start, c.end);
  for (const p of findPeriods(text)) blank(p.from, p.to);
  for (const d of findDates(text)) blank(d.from, d.to);
  for (const m of text.matchAll(/(?:năm|tháng)\s+\d{4}(?!\d)|\b\d{1,2}\s*\/\s*\d{4}(?!\d)/giu))
    blank(m.index, m.index + m[0].length);
  for (const m of text.matchAll(
    /\b(?:Nghị định|Nghị quyết|Quyết định|Thông tư|Kế hoạch|Báo cáo|Luật)\s+(?:số\s*:?\s*)?\d+[^\s,;]*/giu,
  ))
    blank(m.index, m.index + m[0].length);
  const lead = /^\s*(?:[-+•]\s*)*(?:[IVXLC]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\))\s/u.exec(text);
  if (lead) blank(0, lead[0].length);
  return units.join('');
}

/** The figures of a text: every number outside dates, citations and section numbers. */
export function findNumbers(text: string): FoundNumber[] {
  const masked = maskNonFigures(text);
  const out: FoundNumber[] = [];
  for (const m of masked.matchAll(new RegExp(`(?<![\\p{L}\\d])(?:${NUMBER})`, 'gu'))) {
    out.push({ written: m[0], from: m.index, to: m.index + m[0].length });
  }
  return out;
}
