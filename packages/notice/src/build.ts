import {
  type CitationInput,
  DRAFT_DAY_BLANK,
  type ExtraWording,
  type Finding,
  formatPlaceDate,
  type Recommendation,
  RULES,
  type Section,
  type Supervision,
} from '@diemmac/core';
import { citationText } from '@diemmac/core/adapters';
import { annexBlocks } from './annex.js';
import { type FigureOptions, figureBlocks, writtenDate } from './figures.js';
import type { Block, HeadingBlock, NoticeDocument, Run } from './tree.js';
import { NATION, NOTICE } from './wording.js';

/**
 * Options of {@link buildNotice}.
 *
 * @example
 * const options: BuildOptions = { findings, annex: true, amountsInWords: true };
 */
export interface BuildOptions {
  /** What `checkSupervision` found; required for the annex. */
  readonly findings?: readonly Finding[] | undefined;
  /** Append the annex "Kiểm tra số liệu" (needs `findings`). */
  readonly annex?: boolean | undefined;
  /**
   * Codes of the rules that ran, for the annex's list of checks passed. Defaults to the
   * core's whole catalogue; pass fewer when a configuration switched some off.
   */
  readonly checkedRules?: readonly string[] | undefined;
  /**
   * Wording of a pack's rules and its replacements (`resolvePack(…).wording`), so the annex
   * words a province's rule as the pack does.
   */
  readonly wording?: ExtraWording | undefined;
  /** Write sums of money in words too ("Bằng chữ: …"). Default false. */
  readonly amountsInWords?: boolean | undefined;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'] as const;

const nfc = (text: string): string => text.normalize('NFC');
const upper = (text: string): string => nfc(text).toLocaleUpperCase('vi');
const plain = (text: string): Run[] => [{ text: nfc(text) }];
const paragraph = (text: string): Block => ({ type: 'paragraph', runs: plain(text) });

/** "05" for 5: Decree 30/2020 writes numbers below 10 with a leading zero. */
export function noticeNumber(number: string | null, symbol: string): string {
  // A draft keeps the same blank as the day of its date: "Số:      /TB-HĐND".
  if (number === null) return `${DRAFT_DAY_BLANK} /${symbol}`;
  const digits = number.replace(/^0+(?=\d)/, '');
  return `${digits.padStart(2, '0')}/${symbol}`;
}

function citationLine(c: CitationInput): string {
  const text = nfc(citationText(c));
  if (typeof c === 'string') return text;
  return c.issuer && !text.includes(nfc(c.issuer)) ? `${text} của ${nfc(c.issuer)}` : text;
}

function joinNumber(number: string | undefined, text: string): Pick<HeadingBlock, 'number' | 'text'> {
  return number ? { number: nfc(number), text: nfc(text) } : { text: nfc(text) };
}

function sectionBlocks(section: Section, level: 2 | 3 | 4, options: FigureOptions): Block[] {
  // Only what the notice wrote: a number without a title, a title without a number, or neither.
  const blocks: Block[] =
    section.number || section.title
      ? [{ type: 'heading', level, ...joinNumber(section.number, section.title ?? '') }]
      : [];
  for (const p of section.paragraphs) blocks.push(paragraph(p));
  blocks.push(...figureBlocks(section.figures, options));
  // Citations are data about what the paragraphs cite; the notice never had a list of them.
  const deeper = level === 4 ? 4 : ((level + 1) as 3 | 4);
  for (const child of section.sections) blocks.push(...sectionBlocks(child, deeper, options));
  return blocks;
}

const withDeadline = (content: string, deadline: Recommendation['deadline']) =>
  deadline ? `${content} ${NOTICE.deadline(writtenDate(deadline))}` : content;

/** Recommendations in the notice's own numbering and titles, parts with their own deadlines. */
function ownRecommendationBlocks(supervision: Supervision): Block[] {
  const blocks: Block[] = [];
  for (const r of supervision.recommendations) {
    if (r.number || r.title) {
      blocks.push({ type: 'heading', level: 2, ...joinNumber(r.number, r.title ?? '') });
    }
    blocks.push(paragraph(withDeadline(r.content, r.deadline)));
    if (r.parts.length > 0) {
      blocks.push({
        type: 'list',
        marker: '-',
        items: r.parts.map((p) =>
          plain(`${p.number ? `${p.number} ` : ''}${withDeadline(p.content, p.deadline)}`),
        ),
      });
    }
  }
  return blocks;
}

function recommendationBlocks(supervision: Supervision): Block[] {
  if (supervision.recommendations.some((r) => r.number || r.title || r.parts.length > 0)) {
    return ownRecommendationBlocks(supervision);
  }
  const byAddressee = new Map<string, Run[][]>();
  for (const r of supervision.recommendations) {
    const items = byAddressee.get(r.addressee) ?? [];
    items.push(plain(withDeadline(r.content, r.deadline)));
    byAddressee.set(r.addressee, items);
  }
  const blocks: Block[] = [];
  let n = 0;
  for (const [addressee, items] of byAddressee) {
    n++;
    blocks.push({ type: 'heading', level: 2, number: `${n}.`, text: NOTICE.addressee(nfc(addressee)) });
    blocks.push({ type: 'list', marker: '-', items });
  }
  return blocks;
}

/**
 * Builds the conclusion notice (Thông báo kết luận giám sát) of a supervision as a neutral
 * document tree, in the layout of Decree 30/2020/NĐ-CP: header table, number, place and
 * date, type name and subject, the body with the source's numbering, recipients and
 * signature; optionally the annex that lists every check and what it found.
 * Pure: the same supervision and options give the same tree.
 *
 * @example
 * const model = parseSupervisionUnsafe(data);
 * const findings = checkSupervision(model, { now: { year: 2024, month: 11, day: 20 } });
 * const doc = buildNotice(model, { findings, annex: true });
 * const bytes = await toDocx(doc);
 */
export function buildNotice(supervision: Supervision, options: BuildOptions = {}): NoticeDocument {
  if (options.annex && !options.findings) {
    throw new TypeError('buildNotice: the annex lists findings; pass the findings of checkSupervision');
  }
  const figureOptions: FigureOptions = { amountsInWords: options.amountsInWords ?? false };
  const { body, documents, signature } = supervision;
  const { conclusion } = documents;
  const number = noticeNumber(conclusion.number, conclusion.symbol);
  const placeDate = formatPlaceDate(conclusion.place, {
    year: conclusion.date.year,
    month: conclusion.date.month,
    day: conclusion.date.day,
  });

  const blocks: Block[] = [
    {
      type: 'header',
      issuer: { ...(body.parent ? { parent: upper(body.parent) } : {}), name: upper(body.name) },
      nation: { title: NATION.title, motto: NATION.motto },
      number: `${NOTICE.numberLabel} ${number}`,
      placeDate,
    },
    { type: 'title', text: NOTICE.typeName, subject: nfc(supervision.subject) },
  ];
  for (const basis of supervision.legalBases) blocks.push(paragraph(NOTICE.legalBasis(citationLine(basis))));
  for (const p of supervision.preamble) blocks.push(paragraph(p));

  let part = 0;
  const partHeading = (text: string): Block => ({
    type: 'heading',
    level: 1,
    number: `${ROMAN[part++]}.`,
    text,
  });

  if (supervision.processAssessment) {
    const { strengths, limitations } = supervision.processAssessment;
    blocks.push(partHeading(NOTICE.processAssessment));
    blocks.push({ type: 'heading', level: 2, number: '1.', text: NOTICE.processStrengths });
    for (const p of strengths) blocks.push(paragraph(p));
    blocks.push({ type: 'heading', level: 2, number: '2.', text: NOTICE.processLimitations });
    for (const p of limitations) blocks.push(paragraph(p));
  }
  if (supervision.sections.length > 0) {
    blocks.push(partHeading(NOTICE.results));
    for (const s of supervision.sections) blocks.push(...sectionBlocks(s, 2, figureOptions));
  }
  if (supervision.assessment) {
    const { strengths, limitations } = supervision.assessment;
    blocks.push(partHeading(NOTICE.assessment));
    blocks.push({ type: 'heading', level: 2, number: '1.', text: NOTICE.strengths });
    if (strengths.length > 0) blocks.push({ type: 'list', marker: '-', items: strengths.map(plain) });
    blocks.push({ type: 'heading', level: 2, number: '2.', text: NOTICE.limitations });
    if (limitations.length > 0) blocks.push({ type: 'list', marker: '-', items: limitations.map(plain) });
  }
  if (supervision.recommendations.length > 0) {
    blocks.push(partHeading(NOTICE.recommendations));
    blocks.push(...recommendationBlocks(supervision));
  }
  // The closing line only when the notice has one: nothing it did not say is invented.
  if (supervision.closing) blocks.push(paragraph(supervision.closing));

  const authority = [signature.authority, signature.body].filter((s) => s !== '').join(' ');
  blocks.push({
    type: 'signOff',
    recipients: { label: NOTICE.recipients, items: supervision.recipients.map(nfc) },
    signature: {
      authority: upper(authority),
      position: upper(signature.position),
      ...(signature.title ? { title: upper(signature.title) } : {}),
      signer: nfc(signature.signer),
    },
  });

  if (options.annex && options.findings) {
    const datePart = placeDate.slice(placeDate.indexOf(', ngày ') + 2);
    blocks.push(
      ...annexBlocks({
        supervision,
        findings: options.findings,
        checkedRules: options.checkedRules ?? RULES.map((r) => r.code),
        wording: options.wording,
        noticeReference: { number, date: datePart },
      }),
    );
  }
  return { title: `${NOTICE.documentTitle}: ${nfc(supervision.subject)}`, lang: 'vi', blocks };
}
