import {
  deadlinePartName,
  entryWords,
  type OpenRecommendation,
  RECOMMENDATION_STATUS_WORDS,
  takenUpWords,
} from '@diemmac/core/followup';
import type { Locale } from './cells.js';
import type { Column, Table } from './table.js';

/** Options of {@link followUpTable}. */
export interface FollowUpTableOptions {
  /** The headings' and words' language; Vietnamese by default. */
  readonly locale?: Locale | undefined;
  /** The sheet's name; by default "Kiến nghị cần theo dõi" / "Open recommendations". */
  readonly name?: string | undefined;
}

const HEADERS = {
  vi: {
    name: 'Kiến nghị cần theo dõi',
    commune: 'Xã',
    year: 'Năm',
    supervision: 'Cuộc giám sát',
    number: 'Kiến nghị số',
    addressee: 'Nơi thực hiện',
    content: 'Nội dung kiến nghị',
    deadline: 'Thời hạn',
    deadlinePart: 'Thời hạn của phần',
    days: 'Số ngày còn lại (âm: quá hạn)',
    status: 'Tình trạng',
    latest: 'Kết quả, văn bản trả lời gần nhất',
    takenUp: 'Giám sát lại',
  },
  en: {
    name: 'Open recommendations',
    commune: 'Commune',
    year: 'Year',
    supervision: 'Supervision',
    number: 'Recommendation',
    addressee: 'Addressee',
    content: 'Recommendation text',
    deadline: 'Deadline',
    deadlinePart: 'Deadline of part',
    days: 'Days left (negative: overdue)',
    status: 'Status',
    latest: 'Latest response',
    takenUp: 'Taken up by',
  },
} as const;

/**
 * The list of recommendations followed up as a table, the same columns for the CLI's and the web
 * app's exports: commune, year, supervision, number, addressee, content, deadline (and the part
 * it belongs to), days to the deadline (negative once past), status, latest response, and the
 * later supervision that took it up. Rows stay in the order given (most urgent first from
 * `openRecommendations`).
 *
 * @example
 * const rows = openRecommendations(items, { asOf: { year: 2025, month: 2, day: 10 } });
 * toCsv(followUpTable(rows, { locale: 'vi' }));
 */
export function followUpTable(
  rows: readonly OpenRecommendation[],
  options: FollowUpTableOptions = {},
): Table {
  const locale = options.locale ?? 'vi';
  const h = HEADERS[locale];
  const columns: Column[] = [
    { key: 'commune', header: h.commune, kind: 'text', width: 16 },
    // A year is a name, not a count: never grouped as "2.024".
    { key: 'year', header: h.year, kind: 'text', width: 6 },
    { key: 'supervision', header: h.supervision, kind: 'text', width: 36 },
    { key: 'number', header: h.number, kind: 'text', width: 10 },
    { key: 'addressee', header: h.addressee, kind: 'text', width: 24 },
    { key: 'content', header: h.content, kind: 'text', width: 60 },
    { key: 'deadline', header: h.deadline, kind: 'date', width: 12 },
    { key: 'deadlinePart', header: h.deadlinePart, kind: 'text', width: 10 },
    { key: 'days', header: h.days, kind: 'integer', width: 12 },
    { key: 'status', header: h.status, kind: 'text', width: 18 },
    { key: 'latest', header: h.latest, kind: 'text', width: 60 },
    { key: 'takenUp', header: h.takenUp, kind: 'text', width: 24 },
  ];
  return {
    name: options.name ?? h.name,
    columns,
    rows: rows.map((r) => ({
      commune: r.supervision.commune,
      year: String(r.supervision.year),
      supervision: r.supervision.subject,
      number: r.number ?? String(r.index + 1),
      addressee: r.addressee,
      content: r.content,
      deadline: r.deadline ? { year: r.deadline.year, month: r.deadline.month, day: r.deadline.day } : null,
      deadlinePart: deadlinePartName(r) || null,
      days: r.daysToDeadline ?? null,
      status: RECOMMENDATION_STATUS_WORDS[locale][r.status],
      latest: entryWords(r.latest, locale) || null,
      takenUp: takenUpWords(r.takenUpBy, locale, { label: false }) || null,
    })),
  };
}
