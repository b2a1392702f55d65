import { parseCitation } from '@diemmac/core/adapters';
import { fold } from '../source/clean.js';
import type { Place, TextItem } from '../source/types.js';
import { citationSpans } from './tokens.js';

/** A citation read from the text: the words as written (with its subject) and where. */
export interface CitationReading {
  text: string;
  place: Place;
  /** type-number-year-symbol, to merge the same document cited twice. */
  key: string;
  date?: string | undefined;
}

/** A verb that makes the next document part of the subject: "về sửa đổi Nghị định số …". */
const RELATION_VERB = /(?:sửa đổi|bổ sung|thay thế|thực hiện|triển khai|hướng dẫn|thi hành)\s*$/iu;

/**
 * The documents a paragraph cites, each with its subject ("về …") up to the end of its clause.
 * A document named inside another's subject after a verb ("về sửa đổi Nghị định số 130/2015/NĐ-CP")
 * stays in that subject, where the core reads it as a relation.
 *
 * @example
 * citationsIn(item).map((c) => c.text) // ['Kế hoạch số 10/KH-UBND ngày 11/01/2024 về cải cách hành chính năm 2024']
 */
export function citationsIn(item: TextItem): CitationReading[] {
  const text = item.text;
  const spans = citationSpans(text);
  const out: CitationReading[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (!span) continue;
    let end = text.length;
    const stop = /;|\.(?:\s|$)|\.\s*$/u.exec(text.slice(span.end));
    if (stop) end = span.end + stop.index;
    let j = i + 1;
    for (; j < spans.length; j++) {
      const next = spans[j];
      if (!next || next.start >= end) break;
      if (RELATION_VERB.test(text.slice(span.end, next.start))) {
        // The nested document ends the subject at the clause after it.
        const comma = /,|;|\.(?:\s|$)/u.exec(text.slice(next.end));
        end = Math.min(end, comma ? next.end + comma.index : end);
        continue;
      }
      end = Math.min(end, next.start);
      break;
    }
    const written = text
      .slice(span.start, end)
      .replace(/[\s,;:]+$/, '')
      .replace(/\s+(?:và|;)$/u, '')
      .trim();
    // Nested documents were read as part of this subject; skip them.
    const nested = spans.slice(i + 1, j).filter((s) => s.end <= end);
    i += nested.length;
    const read = parseCitation(written);
    const c = read.ok ? read.citation : span.citation;
    const key = fold(`${c.type}|${c.number ?? ''}|${c.year ?? ''}|${c.symbol ?? ''}`);
    out.push({
      text: read.ok ? written : span.text,
      place: { ...item.place, start: span.start, end },
      key,
      date: c.date ? `${c.date.day}/${c.date.month}/${c.date.year}` : undefined,
    });
  }
  return out;
}
