import { cleanText } from './clean.js';
import type { Cell, Item, Place, SourceDocument } from './types.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

interface RawCell {
  paragraphs: string[];
}
interface RawTable {
  rows: RawCell[][];
}
type Raw = { kind: 'p'; text: string; heading?: number } | { kind: 'table'; table: RawTable };

/** A number in a cell that is not the whole text of a paragraph of prose. */
const FIGURE_CELL = /^[-+−]?\d[\d.,]*\s*%?(?:\/\s*\d[\d.,]*)?$/;

/** A table of figures has a number alone in some cell; a layout table (header, signature) has none. */
function holdsFigures(table: RawTable): boolean {
  return table.rows.some((row) =>
    row.slice(1).some((cell) => cell.paragraphs.some((p) => FIGURE_CELL.test(cleanText(p)))),
  );
}

/**
 * Reads the HTML that mammoth makes of a .docx: paragraphs, headings (Word's heading styles),
 * list items, and tables. Tables of figures keep their rows and cells; layout tables (the
 * header's two columns, the signature block) are read as the paragraphs they hold, left cell first.
 *
 * @example
 * fromHtml('<h2>I. ĐÁNH GIÁ</h2><p>Thực hiện …</p>').items.map((i) => i.kind) // ['paragraph', 'paragraph']
 */
export function fromHtml(html: string, format: 'docx' | 'doc' = 'docx'): SourceDocument {
  const raws: Raw[] = [];
  const tables: RawTable[] = [];
  let text: string[] | undefined;
  let heading: number | undefined;
  let cell: RawCell | undefined;
  const cells: (RawCell | undefined)[] = [];
  const tag = /<(\/?)([a-z][a-z0-9]*)\b[^>]*?(\/?)>|([^<]+)/gi;
  const endText = () => {
    if (text === undefined) return;
    const joined = text.join('');
    if (cell) cell.paragraphs.push(joined);
    else raws.push({ kind: 'p', text: joined, heading });
    text = undefined;
    heading = undefined;
  };
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const [, closing, rawName, , body] = m;
    if (body !== undefined) {
      text = text ?? [];
      text.push(decode(body));
      continue;
    }
    const name = (rawName ?? '').toLowerCase();
    const open = closing !== '/';
    if (/^(p|li|h[1-6])$/.test(name)) {
      endText();
      if (open) {
        text = [];
        heading = name.startsWith('h') ? Number(name.slice(1)) : undefined;
      }
    } else if (name === 'br') {
      text = text ?? [];
      text.push('\n');
    } else if (name === 'table') {
      endText();
      if (open) {
        const table: RawTable = { rows: [] };
        tables.push(table);
        cells.push(cell);
        cell = undefined;
        // A table inside a cell is read after the outer one, as a table of its own.
        raws.push({ kind: 'table', table });
      } else {
        tables.pop();
        cell = cells.pop();
      }
    } else if (name === 'tr') {
      endText();
      if (open) tables.at(-1)?.rows.push([]);
    } else if (name === 'td' || name === 'th') {
      endText();
      if (open) {
        cell = { paragraphs: [] };
        tables.at(-1)?.rows.at(-1)?.push(cell);
      } else cell = undefined;
    }
  }
  endText();

  const items: Item[] = [];
  let paragraph = 0;
  let tableIndex = 0;
  for (const raw of raws) {
    if (raw.kind === 'p') {
      for (const piece of raw.text.split('\n')) {
        const t = cleanText(piece);
        if (t === '') continue;
        paragraph++;
        items.push({
          kind: 'paragraph',
          text: t,
          heading: raw.heading,
          place: { paragraph, start: 0, end: t.length },
        });
      }
      continue;
    }
    tableIndex++;
    const { table } = raw;
    if (!holdsFigures(table)) {
      // Layout: left column top to bottom, then the right one, so the header reads in order.
      const width = Math.max(0, ...table.rows.map((r) => r.length));
      for (let column = 0; column < width; column++) {
        table.rows.forEach((row, r) => {
          for (const p of row[column]?.paragraphs ?? []) {
            for (const piece of p.split('\n')) {
              const t = cleanText(piece);
              if (t === '') continue;
              paragraph++;
              items.push({
                kind: 'paragraph',
                text: t,
                place: {
                  paragraph,
                  start: 0,
                  end: t.length,
                  table: { index: tableIndex, row: r + 1, column: column + 1 },
                },
              });
            }
          }
        });
      }
      continue;
    }
    table.rows.forEach((row, r) => {
      paragraph++;
      const cellsOut: Cell[] = row.map((c, column) => {
        const t = cleanText(c.paragraphs.join('\n').replace(/\n/g, ' '));
        return {
          text: t,
          place: {
            paragraph,
            start: 0,
            end: t.length,
            table: { index: tableIndex, row: r + 1, column: column + 1 },
          },
        };
      });
      items.push({
        kind: 'row',
        cells: cellsOut,
        first: r === 0,
        table: tableIndex,
        place: { paragraph, start: 0, end: 0 },
      });
    });
  }
  return { format, items };
}

/**
 * Reads the text word-extractor gives for an old .doc (or a .docx): paragraphs end in a newline,
 * table cells end in a tab and rows in a newline. A run of rows with a number alone in a cell is
 * a table of figures; other rows (the header's two columns, the signature) are read as paragraphs.
 *
 * @example
 * fromWordText('Chỉ tiêu\tSố hồ sơ\t\nTiếp nhận\t2.175\t\n').items[1]?.kind // 'row'
 */
export function fromWordText(body: string, format: 'docx' | 'doc' = 'doc'): SourceDocument {
  const items: Item[] = [];
  let paragraph = 0;
  let table = 0;
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const paragraphOf = (text: string, place: Partial<Place> = {}) => {
    const t = cleanText(text);
    if (t === '') return;
    paragraph++;
    items.push({ kind: 'paragraph', text: t, place: { paragraph, start: 0, end: t.length, ...place } });
  };
  for (let i = 0; i < lines.length; i++) {
    if (!(lines[i] ?? '').includes('\t')) {
      paragraphOf(lines[i] ?? '');
      continue;
    }
    let j = i;
    while (j < lines.length && (lines[j] ?? '').includes('\t')) j++;
    const rows = lines.slice(i, j).map((l) => l.replace(/\t$/, '').split('\t').map(cleanText));
    table++;
    const figures = rows.some((r) => r.slice(1).some((c) => FIGURE_CELL.test(c)));
    rows.forEach((cells, r) => {
      if (!figures) {
        cells.forEach((c, column) => {
          paragraphOf(c, { table: { index: table, row: r + 1, column: column + 1 } });
        });
        return;
      }
      paragraph++;
      items.push({
        kind: 'row',
        first: r === 0,
        table,
        cells: cells.map((t, c) => ({
          text: t,
          place: { paragraph, start: 0, end: t.length, table: { index: table, row: r + 1, column: c + 1 } },
        })),
        place: { paragraph, start: 0, end: 0 },
      });
    });
    i = j - 1;
  }
  return { format, items };
}
