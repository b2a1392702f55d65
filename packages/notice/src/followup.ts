import { formatDateShort, formatPlaceDate } from '@diemmac/core';
import {
  type AsOf,
  deadlinePartName,
  deadlineWords,
  entryWords,
  type OpenRecommendation,
  RECOMMENDATION_STATUS_WORDS,
  summarizeFollowUp,
  takenUpWords,
} from '@diemmac/core/followup';
import { noticeNumber } from './build.js';
import type { Block, NoticeDocument, TableColumn, TableRow } from './tree.js';
import { FOLLOW_UP, NATION, NOTICE } from './wording.js';

/**
 * What {@link followUpReport} needs beyond the recommendations: who issues the report, its
 * number, place and date, and who signs it.
 *
 * @example
 * const options: FollowUpReportOptions = {
 *   asOf: { year: 2025, month: 2, day: 10 },
 *   issuer: { name: 'Hội đồng nhân dân xã Điềm Mặc' },
 *   place: 'Điềm Mặc',
 *   signature: { authority: 'TM. THƯỜNG TRỰC HĐND', position: 'CHỦ TỊCH', signer: 'Phùng Văn Đại' },
 * };
 */
export interface FollowUpReportOptions {
  /** The day the report counts as of: statuses known then, days to or past each deadline. */
  readonly asOf: AsOf;
  /** The issuing body: `parent` in regular capitals above `name` in bold capitals. */
  readonly issuer: { readonly parent?: string | undefined; readonly name: string };
  /** The report's number ("12"); null or absent leaves the blank of a draft. */
  readonly number?: string | null | undefined;
  /** The type and body symbol after the number; "BC-HĐND" by default. */
  readonly symbol?: string | undefined;
  /** The place of the date line ("Điềm Mặc, ngày … "). */
  readonly place: string;
  /** The report's date; the day counted as of by default. */
  readonly date?: AsOf | undefined;
  readonly signature: {
    readonly authority: string;
    readonly position: string;
    readonly title?: string | undefined;
    readonly signer: string;
  };
  /** "Nơi nhận:"; only the archive ("Lưu: VT.") by default. */
  readonly recipients?: readonly string[] | undefined;
}

const nfc = (text: string): string => text.normalize('NFC');
const upper = (text: string): string => nfc(text).toLocaleUpperCase('vi');
const paragraph = (text: string): Block => ({ type: 'paragraph', runs: [{ text: nfc(text) }] });

function deadlineCell(r: OpenRecommendation): string {
  if (!r.deadline) return '';
  const part = deadlinePartName(r);
  return part === ''
    ? formatDateShort(r.deadline)
    : `${formatDateShort(r.deadline)}\n${FOLLOW_UP.part(part)}`;
}

/**
 * "quá hạn" over "26 ngày": the narrow column breaks the words before the count, never between
 * the count and its unit. Empty for a recommendation done or without a deadline.
 */
function daysCell(r: OpenRecommendation): string {
  if (!r.open || r.daysToDeadline === undefined) return '';
  return deadlineWords(r, 'vi').replace(/ (?=\d)/u, '\n');
}

function responsesCell(r: OpenRecommendation): string {
  return [entryWords(r.latest, 'vi'), takenUpWords(r.takenUpBy, 'vi')].filter((t) => t !== '').join('\n');
}

/**
 * Builds the report on the implementation of recommendations after supervision ("BÁO CÁO Kết
 * quả thực hiện kiến nghị sau giám sát") as the notice's document tree, in the layout of Decree
 * 30/2020/NĐ-CP: the issuing body's header, number and date line, the summary (x of y done,
 * z overdue as of the day), a table of every recommendation with its status, deadline (a
 * part's own when that is the nearest open one), days to or past it and the latest response,
 * then the signature. Render it with `toDocx`, `toHtml` or `toMarkdown`. Pure.
 *
 * @example
 * const rows = followedRecommendations([{ supervision, followUps }], { asOf });
 * const bytes = await toDocx(followUpReport(rows, { asOf, issuer, place: 'Điềm Mặc', signature }));
 */
export function followUpReport(
  rows: readonly OpenRecommendation[],
  options: FollowUpReportOptions,
): NoticeDocument {
  const asOf = formatDateShort(options.asOf);
  const { issuer, signature } = options;
  const number = noticeNumber(options.number ?? null, options.symbol ?? FOLLOW_UP.symbol);
  const summary = summarizeFollowUp(rows);
  // One supervision: its subject goes in the intro; several: each row says which it is.
  const supervisions = new Set(rows.map((r) => r.supervision.id));
  const several = supervisions.size > 1;
  const { columns: words } = FOLLOW_UP;
  const columns: TableColumn[] = [
    { title: words.order, align: 'center', width: 2 },
    ...(several ? [{ title: words.supervision, align: 'left' as const, width: 3 }] : []),
    { title: words.addressee, align: 'left', width: 3 },
    { title: words.content, align: 'left', width: 6 },
    { title: words.deadline, align: 'center', width: 3 },
    { title: words.status, align: 'left', width: 3 },
    { title: words.days, align: 'left', width: 3 },
    { title: words.responses, align: 'left', width: 6 },
  ];
  const tableRows: TableRow[] = rows.map((r, i) => ({
    cells: [
      String(i + 1),
      ...(several ? [nfc(`${r.supervision.commune} (${r.supervision.year}): ${r.supervision.subject}`)] : []),
      nfc(r.addressee),
      nfc(r.number ? `${r.number} ${r.content}` : r.content),
      deadlineCell(r),
      RECOMMENDATION_STATUS_WORDS.vi[r.status],
      daysCell(r),
      nfc(responsesCell(r)),
    ],
  }));
  const only = rows[0]?.supervision;
  const blocks: Block[] = [
    {
      type: 'header',
      issuer: { ...(issuer.parent ? { parent: upper(issuer.parent) } : {}), name: upper(issuer.name) },
      nation: { title: NATION.title, motto: NATION.motto },
      number: `${NOTICE.numberLabel} ${number}`,
      placeDate: formatPlaceDate(options.place, options.date ?? options.asOf),
    },
    {
      type: 'title',
      text: FOLLOW_UP.typeName,
      subject: FOLLOW_UP.subject,
      ...(only && !several ? { note: nfc(`${only.subject} (${only.year})`) } : {}),
    },
    paragraph(FOLLOW_UP.intro(asOf)),
    { type: 'heading', level: 1, number: 'I.', text: FOLLOW_UP.summaryHeading },
    paragraph(
      rows.length === 0
        ? FOLLOW_UP.none
        : FOLLOW_UP.summary(summary.done, summary.total, summary.overdue, asOf),
    ),
  ];
  if (rows.length > 0) {
    blocks.push({ type: 'heading', level: 1, number: 'II.', text: FOLLOW_UP.detailHeading });
    blocks.push({ type: 'table', columns, rows: tableRows, size: 'small' });
  }
  blocks.push(paragraph(FOLLOW_UP.closing));
  blocks.push({
    type: 'signOff',
    recipients: { label: NOTICE.recipients, items: (options.recipients ?? FOLLOW_UP.recipients).map(nfc) },
    signature: {
      authority: upper(signature.authority),
      position: upper(signature.position),
      ...(signature.title ? { title: upper(signature.title) } : {}),
      signer: nfc(signature.signer),
    },
  });
  return { title: `${FOLLOW_UP.subject} (${asOf})`, lang: 'vi', blocks };
}
