import { fold } from '../source/clean.js';
import type { Item, TextItem } from '../source/types.js';
import { type Numbering, numberingOf } from './numbering.js';

/** A numbered section of the results, with what it holds. */
export interface OutlineSection {
  heading: TextItem;
  numbering?: Numbering | undefined;
  title: string;
  items: Item[];
  children: OutlineSection[];
}

export type PartKey = 'process' | 'results' | 'assessment' | 'recommendations';

/** A part of the notice (I–IV of Decree 30's conclusion notice) and its sections. */
export interface Part {
  key: PartKey;
  heading: TextItem;
  items: Item[];
  sections: OutlineSection[];
}

/** The notice cut into the places its content belongs. */
export interface Outline {
  header: TextItem[];
  title?: TextItem | undefined;
  subject?: TextItem | undefined;
  preamble: Item[];
  parts: Part[];
  closing?: TextItem | undefined;
  recipients: TextItem[];
  signature: TextItem[];
  /** The annex ("PHỤ LỤC") and anything after the signature: kept, not read for figures. */
  annex: Item[];
}

const PART_WORDS: [PartKey, RegExp][] = [
  ['process', /danh gia viec thuc hien ke hoach/],
  ['results', /ket qua giam sat/],
  ['assessment', /danh gia chung/],
  ['recommendations', /de xuat|kien nghi/],
];

/** A heading: marked so by the document, or a short numbered line that is no sentence. */
export function isHeading(item: Item): item is TextItem {
  if (item.kind !== 'paragraph') return false;
  const n = numberingOf(item.text);
  if (item.heading !== undefined) return true;
  if (!n || n.rank === 9) return false;
  return item.text.length <= 110 && !/[;,]$/.test(item.text);
}

function partOf(item: TextItem, seen: Set<PartKey>): PartKey | undefined {
  const n = numberingOf(item.text);
  if (n && n.rank !== 0) return undefined;
  if (!n && item.heading === undefined) return undefined;
  const key = fold(item.text);
  for (const [part, words] of PART_WORDS) if (!seen.has(part) && words.test(key)) return part;
  return undefined;
}

const isTitle = (item: Item): item is TextItem =>
  item.kind === 'paragraph' && fold(item.text) === 'thong bao';
const isAnnex = (item: Item): boolean => item.kind === 'paragraph' && /^phu luc\b/.test(fold(item.text));
const isRecipients = (item: Item): boolean =>
  item.kind === 'paragraph' && /^noi nhan\s*:?$/.test(fold(item.text));
const isClosing = (item: Item): boolean =>
  item.kind === 'paragraph' && /^tren day la\b/.test(fold(item.text));

/** Nests numbered headings by rank: "2.1." under "2.", "2." under "II.". */
function nest(items: Item[]): { loose: Item[]; sections: OutlineSection[] } {
  const loose: Item[] = [];
  const roots: OutlineSection[] = [];
  const stack: OutlineSection[] = [];
  for (const item of items) {
    const n = item.kind === 'paragraph' ? numberingOf(item.text) : undefined;
    if (isHeading(item) && n && n.rank !== 9) {
      while (stack.length > 0 && (stack.at(-1)?.numbering?.rank ?? 0) >= n.rank) stack.pop();
      const section: OutlineSection = {
        heading: item,
        numbering: n,
        title: item.text.slice(n.length).replace(/[:.]$/, '').trim() || item.text,
        items: [],
        children: [],
      };
      (stack.at(-1)?.children ?? roots).push(section);
      stack.push(section);
      continue;
    }
    const open = stack.at(-1);
    if (open) open.items.push(item);
    else loose.push(item);
  }
  return { loose, sections: roots };
}

/**
 * Cuts a notice into its header, title, preamble, the four parts of a conclusion notice, the
 * closing sentence, the recipients and the signature. Unknown documents give an outline with
 * everything in the preamble: nothing is dropped.
 */
export function outline(items: readonly Item[]): Outline {
  const out: Outline = { header: [], preamble: [], parts: [], recipients: [], signature: [], annex: [] };
  const titleAt = items.findIndex(isTitle);
  let i = 0;
  if (titleAt >= 0) {
    for (; i < titleAt; i++) {
      const item = items[i];
      if (item?.kind === 'paragraph') out.header.push(item);
      else if (item) out.preamble.push(item);
    }
    out.title = items[titleAt] as TextItem;
    i = titleAt + 1;
    const subject = items[i];
    if (subject?.kind === 'paragraph' && !numberingOf(subject.text)) {
      out.subject = subject;
      i++;
    }
  }
  const seen = new Set<PartKey>();
  let part: Part | undefined;
  let tail: 'body' | 'recipients' | 'signature' | 'annex' = 'body';
  for (; i < items.length; i++) {
    const item = items[i] as Item;
    if (tail === 'annex' || isAnnex(item)) {
      tail = 'annex';
      out.annex.push(item);
      continue;
    }
    if (item.kind === 'paragraph') {
      if (isClosing(item)) {
        out.closing = item;
        tail = 'recipients';
        continue;
      }
      if (isRecipients(item)) {
        tail = 'recipients';
        continue;
      }
      if (tail === 'recipients' || tail === 'signature') {
        const signatureLine =
          /^(?:TM|KT|Q|TL|TUQ)\.\s/.test(item.text) || (tail === 'signature' && !/^[-+•]/.test(item.text));
        if (
          tail === 'recipients' &&
          (signatureLine || (item.text === item.text.toLocaleUpperCase('vi') && /\p{L}/u.test(item.text)))
        ) {
          tail = 'signature';
        }
        if (tail === 'signature') out.signature.push(item);
        else out.recipients.push(item);
        continue;
      }
      const key = partOf(item, seen);
      if (key) {
        seen.add(key);
        part = { key, heading: item, items: [], sections: [] };
        out.parts.push(part);
        continue;
      }
    }
    if (tail !== 'body') {
      out.annex.push(item);
      continue;
    }
    if (part) part.items.push(item);
    else out.preamble.push(item);
  }
  for (const p of out.parts) {
    const { loose, sections } = nest(p.items);
    p.items = loose;
    p.sections = sections;
  }
  return out;
}
