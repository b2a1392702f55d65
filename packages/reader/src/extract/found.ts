import { fold } from '../source/clean.js';
import type { Item, Place } from '../source/types.js';
import type { Num, Statement } from './statements.js';
import { readStatements } from './statements.js';

/** A statement and the paragraph or cell it was read from. */
export interface Found {
  statement: Statement;
  item: Item;
  /** The whole text it sits in (paragraph, or the row's cells joined by " | "). */
  text: string;
  /** Place of that text (a cell's for rows). */
  place: Place;
  /** Folded text, for keywords. */
  key: string;
  /** True when read from a table row. */
  row: boolean;
  /** For rows: the table's header cells, folded. */
  header?: string[] | undefined;
}

/** Where a number of a statement stands. */
export const placeOf = (f: Found, n?: Num): Place =>
  n ? { ...f.place, start: n.from, end: n.to } : { ...f.place, start: f.statement.from, end: f.statement.to };

const isNumber = (text: string): boolean => /^[-+]?\d[\d.,]*\.?%?$/.test(text);

/** A table row read as the statement its cells make ("Tiếp nhận | 2.175" is a count of dossiers). */
function rowStatement(cells: string[], header: string[]): Statement | undefined {
  const [label = '', ...values] = cells;
  const numbers = values.filter((v) => v !== '');
  if (numbers.length === 0 || !numbers.every((v) => isNumber(v) || /^\d[\d.,]*\s*\/\s*\d[\d.,]*$/.test(v)))
    return undefined;
  const n = (written: string, from = 0): Num => ({
    written: written.replace(/%$/, ''),
    from,
    to: written.length,
  });
  const base = { from: 0, to: 0, label, tail: '' };
  const headerText = header.join(' ');
  const first = numbers[0] ?? '';
  const slash = /^(\d[\d.,]*)\s*\/\s*(\d[\d.,]*)$/.exec(first);
  if (slash) return { ...base, kind: 'ratio', part: n(slash[1] ?? ''), whole: n(slash[2] ?? ''), unit: '' };
  if (/diem/.test(headerText)) {
    const second = values[1] ?? '';
    if (second !== '' && isNumber(second))
      return { ...base, kind: 'score', score: n(values[0] ?? ''), max: n(second) };
    return { ...base, kind: 'points', value: n(first) };
  }
  if (values.length >= 3 && /dong|thuc hien/.test(headerText)) {
    const [actual = '', plan = '', rate = ''] = values;
    return {
      ...base,
      kind: 'ratio',
      part: n(actual),
      whole: n(plan),
      rate: rate !== '' ? n(rate) : undefined,
      unit: 'đồng',
    };
  }
  const unit = /ho so/.test(headerText) ? 'hồ sơ' : /nguoi/.test(headerText) ? 'người' : '';
  return { ...base, kind: 'count', value: n(first), unit };
}

/** Every statement of the items, in document order. */
export function foundIn(items: readonly Item[]): Found[] {
  const out: Found[] = [];
  let header: string[] = [];
  for (const item of items) {
    if (item.kind === 'row') {
      if (item.first) {
        header = item.cells.map((c) => fold(c.text));
        continue;
      }
      const cells = item.cells.map((c) => c.text);
      const statement = rowStatement(cells, header);
      const text = cells.join(' | ');
      const place = item.cells[1]?.place ?? item.place;
      if (statement) {
        out.push({ statement, item, text, place, key: fold(text), row: true, header });
      }
      continue;
    }
    for (const statement of readStatements(item.text)) {
      out.push({ statement, item, text: item.text, place: item.place, key: fold(item.text), row: false });
    }
  }
  return out;
}
