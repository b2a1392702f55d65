import {
  type CheckOptions,
  checkSupervision,
  Decimal,
  formatDecimal,
  type InputIssue,
  type Path,
  parseSupervision,
  roundTo,
  type Supervision,
  type SupervisionInput,
} from '@diemmac/core';
import { textFindings } from './checks/text.js';
import type { PlacedFinding } from './checks/types.js';
import { type DraftReading, draftOf, type SourceMap } from './draft.js';
import { outline } from './extract/outline.js';
import { withMemo } from './memo.js';
import { fromHtml, fromWordText } from './source/html.js';
import { fromPlainText } from './source/plain.js';
import type { Item, Place, SourceDocument, SourceFormat } from './source/types.js';

/** How much of the text the reader understood. */
export interface Understanding {
  /** Figures in the text (numbers outside dates, document numbers and section numbers). */
  numbers: number;
  /** Of those, how many a figure statement placed. */
  placed: number;
  /** placed / numbers in per cent, Vietnamese form ("96,12"); "0" for a text without figures. */
  share: string;
}

/** A notice as the reader read it: its text, the draft supervision, and the checks on its text. */
export interface NoticeReading {
  format: SourceFormat | 'unknown';
  document: SourceDocument;
  draft: SupervisionInput;
  /** Where each value of the draft was written in the notice. */
  sources: SourceMap;
  understood: Understanding;
  recognised: DraftReading['recognised'];
  /** What the reader says about the reading: unknown format, unreadable file, not a notice. */
  notes: PlacedFinding[];
  /** Checks on the text itself (repeated words, symbols, decimal marks, numbering, separators). */
  textFindings: PlacedFinding[];
}

function share(placed: number, numbers: number): string {
  if (numbers === 0) return '0';
  // Truncated: the reader never claims more than it understood.
  return formatDecimal(roundTo(new Decimal(placed).times(100).dividedBy(numbers), 2, 'truncate'));
}

/** The body's items: the annex (a computed table) is not the author's text. */
function bodyItems(doc: SourceDocument): Item[] {
  const annex = new Set(outline(doc.items).annex);
  return doc.items.filter((i) => !annex.has(i));
}

/**
 * Reads a document already opened into paragraphs and rows. Pure: no file, no clock.
 *
 * @example
 * const reading = readDocument(fromPlainText(text, 'txt'));
 * reading.understood.share // '96,12'
 */
export function readDocument(doc: SourceDocument, notes: PlacedFinding[] = []): NoticeReading {
  return withMemo(() => readCold(doc, notes));
}

function readCold(doc: SourceDocument, notes: PlacedFinding[]): NoticeReading {
  const d = draftOf(doc);
  const out: PlacedFinding[] = [...notes];
  const missing: string[] = [];
  if (!d.recognised.title) missing.push('THÔNG BÁO');
  if (d.recognised.parts.length === 0) missing.push('I–IV');
  if (!d.recognised.signature) missing.push('chữ ký / signature');
  if (notes.length === 0 && (missing.length >= 2 || doc.items.length === 0)) {
    out.push({
      code: 'reader.not-a-notice',
      severity: 'warning',
      paths: [],
      places: [],
      params: { missing },
    });
  }
  return {
    format: doc.format,
    document: doc,
    draft: d.draft,
    sources: d.sources,
    understood: { numbers: d.numbers, placed: d.placed, share: share(d.placed, d.numbers) },
    recognised: d.recognised,
    notes: out,
    textFindings: textFindings(bodyItems(doc)),
  };
}

/**
 * Reads a notice given as text: plain text or Markdown. Pure.
 *
 * @example
 * readNoticeText('THÔNG BÁO\n\nThực hiện Thực hiện Nghị quyết …', 'txt').textFindings[0]?.code // 'text.repeated-words'
 */
export function readNoticeText(text: string, format: 'txt' | 'md' = 'txt'): NoticeReading {
  return readDocument(fromPlainText(text, format));
}

/** Reads the HTML mammoth makes of a .docx. Pure. */
export function readNoticeHtml(html: string): NoticeReading {
  return readDocument(fromHtml(html, 'docx'));
}

/** Reads the text word-extractor gives of a .doc. Pure. */
export function readNoticeWordText(body: string): NoticeReading {
  return readDocument(fromWordText(body, 'doc'));
}

/** What checking a reading gives. */
export interface NoticeCheck {
  /** Every finding, the core's and the reader's, each with the places it points to. */
  findings: PlacedFinding[];
  /** The validated draft, when it passed the schema. */
  supervision?: Supervision | undefined;
  /** Why the draft did not pass the schema (a reader fault, never the user's). */
  issues: InputIssue[];
}

const startsWith = (path: Path, prefix: readonly (string | number)[]) =>
  prefix.length <= path.length && prefix.every((p, i) => path[i] === p);

/** The places in the notice of the draft's values at these paths: the longest source prefix wins. */
export function placesOf(paths: readonly Path[], sources: SourceMap): Place[] {
  const out: Place[] = [];
  for (const path of paths) {
    let best: { length: number; place: Place } | undefined;
    for (const s of sources) {
      if (startsWith(path, s.path) && (!best || s.path.length > best.length))
        best = { length: s.path.length, place: s.place };
      // A finding on a whole block points to its first value.
      if (!best && startsWith(s.path, path)) best = { length: 0, place: s.place };
    }
    if (best && !out.some((p) => p.paragraph === best.place.paragraph && p.start === best.place.start))
      out.push(best.place);
  }
  return out;
}

/**
 * Runs the core's checks on the draft and adds the reader's checks on the text; every finding
 * points into the notice (paragraph, line, characters).
 *
 * @example
 * const { findings } = checkNotice(readNoticeText(seed), { now: { year: 2024, month: 12, day: 1 } });
 * findings.map((f) => f.code) // ['dossier.resolved-breakdown', 'dossier.balance', …, 'text.repeated-words', …]
 */
export function checkNotice(reading: NoticeReading, options: CheckOptions): NoticeCheck {
  const parsed = parseSupervision(reading.draft);
  const findings: PlacedFinding[] = [...reading.notes];
  let supervision: Supervision | undefined;
  let issues: InputIssue[] = [];
  if (parsed.ok) {
    supervision = parsed.value;
    for (const f of checkSupervision(parsed.value, options)) {
      findings.push({ ...f, places: placesOf(f.paths, reading.sources) });
    }
  } else issues = parsed.issues;
  findings.push(...reading.textFindings.filter((f) => options.config?.rules[f.code] !== 'off'));
  return { findings, supervision, issues };
}
