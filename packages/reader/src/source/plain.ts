import { cleanText } from './clean.js';
import type { Cell, Item, SourceDocument } from './types.js';

interface Line {
  text: string;
  line: number;
  start: number;
  end: number;
}

const TABLE_ROW = /^\s*\|(.*)\|\s*$/;
const TABLE_RULE = /^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/;
const HEADING = /^(#{1,6})\s+/;

/** Markdown emphasis and escapes around words: "**II. KẾT QUẢ**" → "II. KẾT QUẢ". */
function stripMarks(text: string): string {
  return text
    .replace(/\*{1,3}([^*]+?)\*{1,3}/g, '$1')
    .replace(/(^|\s)_{1,3}([^_]+?)_{1,3}(?=\s|$|[.,;:])/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/\*{2,3}/g, '');
}

/** Ends a sentence, a clause of a list, or a heading label: the next line is a new paragraph. */
const CLOSED = /[.;:!?…)"”]$|\/\.$/;
/** A line that opens a paragraph of its own: a list marker, a number, a capital. */
const OPENS = /^(?:[-+•*]|\d+[.)/]|[IVX]+\.|[a-zđ]\)|\p{Lu})/u;

/**
 * Reads a plain text or Markdown notice. Each non-blank line is a paragraph, except that a line
 * broken in the middle of a sentence (no closing mark, the next starts in lower case) is joined to
 * the next: typed notices often break a paragraph by hand. Markdown headings keep their level,
 * Markdown tables become table rows; emphasis marks are dropped.
 *
 * @example
 * fromPlainText('Số: /TB-HĐND\n\nĐiềm Mặc, ngày  tháng 11 năm 2024', 'txt').items.length // 2
 */
export function fromPlainText(text: string, format: 'txt' | 'md'): SourceDocument {
  const source = text.replace(/^\uFEFF/, '').normalize('NFC');
  const lines: Line[] = [];
  let offset = 0;
  source.split(/\r\n|\n|\r/).forEach((raw, i) => {
    const width = raw.length;
    lines.push({ text: raw, line: i + 1, start: offset, end: offset + width });
    offset +=
      width + (source.charAt(offset + width) === '\r' && source.charAt(offset + width + 1) === '\n' ? 2 : 1);
  });
  const items: Item[] = [];
  let paragraph = 0;
  let table = 0;
  let inTable = false;
  let pending: { texts: string[]; heading?: number; first: Line; last: Line } | undefined;
  const flush = () => {
    if (!pending) return;
    const joined = cleanText(pending.texts.join(' '));
    if (joined !== '') {
      paragraph++;
      items.push({
        kind: 'paragraph',
        text: joined,
        heading: pending.heading,
        place: { paragraph, line: pending.first.line, start: 0, end: joined.length },
      });
    }
    pending = undefined;
  };
  for (const l of lines) {
    const trimmed = l.text.trim();
    if (trimmed === '') {
      // A blank line ends a paragraph unless the paragraph stops mid-sentence.
      if (pending && (CLOSED.test(cleanText(pending.texts.at(-1) ?? '')) || pending.heading !== undefined))
        flush();
      inTable = false;
      continue;
    }
    const row = TABLE_ROW.exec(l.text);
    if (row && format === 'md') {
      flush();
      if (TABLE_RULE.test(l.text)) continue;
      if (!inTable) table++;
      const first = !inTable;
      inTable = true;
      paragraph++;
      const cells: Cell[] = (row[1] ?? '').split('|').map((raw, column) => {
        const text = cleanText(stripMarks(raw).replace(/\n/g, ' '));
        return {
          text,
          place: {
            paragraph,
            line: l.line,
            start: 0,
            end: text.length,
            table: { index: table, row: 0, column: column + 1 },
          },
        };
      });
      const rowNumber = items.filter((x) => x.kind === 'row' && x.table === table).length + 1;
      for (const c of cells) if (c.place.table) c.place.table.row = rowNumber;
      items.push({
        kind: 'row',
        cells,
        first,
        table,
        place: { paragraph, line: l.line, start: 0, end: l.text.length },
      });
      continue;
    }
    inTable = false;
    const heading = HEADING.exec(trimmed);
    const body = stripMarks(heading ? trimmed.slice(heading[0].length) : trimmed);
    if (heading) {
      flush();
      pending = { texts: [body], heading: heading[1]?.length, first: l, last: l };
      flush();
      continue;
    }
    if (pending) {
      const previous = cleanText(pending.texts.at(-1) ?? '');
      if (!CLOSED.test(previous) && !OPENS.test(body.trim())) {
        pending.texts.push(body);
        pending.last = l;
        continue;
      }
      flush();
    }
    pending = { texts: [body], first: l, last: l };
  }
  flush();
  return { format, items };
}
