import { formatInteger } from '../format/index.js';
import type { ExtraWording } from '../messages/index.js';
import { showQuantity } from '../messages/show.js';
import type { Lang } from '../messages/types.js';
import type { Finding } from '../shared/types.js';
import { REGISTER_DIFFERS } from './compare.js';
import type { RegisterIssue, RegisterIssueCode } from './recount.js';

// The dossier fields as the one-stop form (Biểu II.06a) names them.
const FIELD: Record<Lang, Record<string, string>> = {
  vi: {
    'received.total': 'tiếp nhận',
    'received.online': 'tiếp nhận qua mạng',
    'received.direct': 'tiếp nhận trực tiếp',
    'received.postal': 'tiếp nhận qua bưu chính công ích',
    'received.directOrPostal': 'tiếp nhận trực tiếp và qua bưu chính',
    'received.carriedOver': 'kỳ trước chuyển sang',
    'resolved.total': 'đã giải quyết',
    'resolved.early': 'giải quyết trước hạn',
    'resolved.onTime': 'giải quyết đúng hạn',
    'resolved.late': 'giải quyết quá hạn',
    'pending.total': 'đang giải quyết',
    'pending.withinDeadline': 'đang giải quyết chưa tới hạn',
    'pending.overdue': 'đang giải quyết quá hạn',
    withdrawn: 'công dân rút',
    suspended: 'tạm dừng giải quyết',
  },
  en: {
    'received.total': 'received',
    'received.online': 'received online',
    'received.direct': 'received in person',
    'received.postal': 'received by public post',
    'received.directOrPostal': 'received in person or by post',
    'received.carriedOver': 'carried over',
    'resolved.total': 'resolved',
    'resolved.early': 'resolved early',
    'resolved.onTime': 'resolved on time',
    'resolved.late': 'resolved late',
    'pending.total': 'pending',
    'pending.withinDeadline': 'pending within the deadline',
    'pending.overdue': 'pending past the deadline',
    withdrawn: 'withdrawn',
    suspended: 'suspended',
  },
};

const COLUMN: Record<Lang, Record<string, string>> = {
  vi: {
    code: 'Mã hồ sơ',
    received: 'Ngày tiếp nhận',
    due: 'Ngày hẹn trả',
    resolved: 'Ngày có kết quả',
    channel: 'Hình thức nộp',
    status: 'Trạng thái',
  },
  en: {
    code: 'dossier code',
    received: 'date received',
    due: 'due date',
    resolved: 'date resolved',
    channel: 'channel',
    status: 'status',
  },
};

const field = (f: Finding, lang: Lang) => FIELD[lang][String(f.params.field)] ?? String(f.params.field);

/** Wording of the register's findings, for `formatFinding(finding, lang, REGISTER_WORDING)`. */
export const REGISTER_WORDING: ExtraWording = {
  vi: {
    [REGISTER_DIFFERS]: {
      title: 'Số liệu hồ sơ của thông báo khớp với sổ theo dõi hồ sơ',
      text: (f) =>
        `Sổ theo dõi hồ sơ đếm được ${showQuantity(f.computed, 'vi')} hồ sơ ${field(f, 'vi')} trong kỳ ${f.params.period}, nhưng thông báo ghi ${showQuantity(f.reported, 'vi')}.`,
    },
  },
  en: {
    [REGISTER_DIFFERS]: {
      title: "The notice's dossier figures agree with the dossier register",
      text: (f) =>
        `The dossier register counts ${showQuantity(f.computed, 'en')} dossiers ${field(f, 'en')} for ${f.params.period}, but the notice states ${showQuantity(f.reported, 'en')}.`,
    },
  },
};

type Words = (i: RegisterIssue, rows: string, col: string) => string;

const ISSUES: Record<Lang, Record<RegisterIssueCode, Words>> = {
  vi: {
    'register.missing-column': (i, _r, col) =>
      `Sổ theo dõi thiếu cột ${col}: cần một cột có tiêu đề ${(i.names ?? []).map((n) => `"${n}"`).join(' hoặc ')}. Không đếm được hồ sơ nào.`,
    'register.unread-columns': (i) => `Các cột không dùng để đếm: ${(i.names ?? []).join(', ')}.`,
    'register.date-unreadable': (i, rows, col) =>
      `Cột ${col} có ${i.count} ô không đọc được là ngày (${rows}; ví dụ "${i.value ?? ''}"): cần dạng dd/mm/yyyy hoặc yyyy-mm-dd. Các hồ sơ này không được đếm.`,
    'register.date-impossible': (i, rows, col) =>
      `Cột ${col} có ${i.count} ngày không có thật (${rows}; ví dụ "${i.value ?? ''}"). Các hồ sơ này không được đếm.`,
    'register.duplicate-code': (i, rows) =>
      `${i.count} dòng lặp lại mã hồ sơ đã có (${rows}; mã "${i.value ?? ''}" đã có ở dòng ${i.firstRows?.[0] ?? '?'}): chỉ đếm lần đầu.`,
    'register.blank-code': (i, rows) => `${i.count} dòng không có mã hồ sơ (${rows}); vẫn được đếm.`,
    'register.row-too-wide': (i, rows) =>
      `${i.count} dòng có nhiều ô hơn dòng tiêu đề (${rows}; tiêu đề ${i.names?.[0]} ô, dòng đầu tiên ${i.names?.[1]} ô): có dấu phân cách trong một ô không đặt trong ngoặc kép nên các cột bị lệch. Các dòng này không được đếm.`,
    'register.due-before-received': (i, rows) =>
      `${i.count} hồ sơ có ngày hẹn trả trước ngày tiếp nhận (${rows}).`,
    'register.resolved-before-received': (i, rows) =>
      `${i.count} hồ sơ có ngày có kết quả trước ngày tiếp nhận (${rows}).`,
    'register.no-due-date': (i, rows) =>
      `${i.count} hồ sơ không có ngày hẹn trả (${rows}): được đếm vào tổng nhưng không xếp được trước hạn, đúng hạn hay quá hạn.`,
    'register.unknown-channel': (i, rows) =>
      `${i.count} hồ sơ có hình thức nộp "${i.value ?? ''}" không thuộc trực tuyến, trực tiếp hay bưu chính (${rows}): được đếm vào tổng tiếp nhận nhưng không vào kênh nào.`,
    'register.received-after-period': (i, rows) =>
      `${i.count} hồ sơ tiếp nhận sau ngày cuối kỳ (${rows}): không thuộc kỳ này, không được đếm.`,
    'register.resolved-before-period': (i, rows) =>
      `${i.count} hồ sơ đã có kết quả trước ngày đầu kỳ (${rows}): không thuộc kỳ này, không được đếm.`,
  },
  en: {
    'register.missing-column': (i, _r, col) =>
      `The register has no ${col} column: expected a column headed ${(i.names ?? []).map((n) => `"${n}"`).join(' or ')}. No dossier could be counted.`,
    'register.unread-columns': (i) => `Columns not used for the count: ${(i.names ?? []).join(', ')}.`,
    'register.date-unreadable': (i, rows, col) =>
      `${i.count} cells of the ${col} column are not dates (${rows}; e.g. "${i.value ?? ''}"): expected dd/mm/yyyy or yyyy-mm-dd. Those dossiers are not counted.`,
    'register.date-impossible': (i, rows, col) =>
      `${i.count} dates of the ${col} column do not exist (${rows}; e.g. "${i.value ?? ''}"). Those dossiers are not counted.`,
    'register.duplicate-code': (i, rows) =>
      `${i.count} rows repeat a dossier code already seen (${rows}; code "${i.value ?? ''}" first on row ${i.firstRows?.[0] ?? '?'}): only the first is counted.`,
    'register.blank-code': (i, rows) => `${i.count} rows have no dossier code (${rows}); they are counted.`,
    'register.row-too-wide': (i, rows) =>
      `${i.count} rows have more cells than the header (${rows}; header ${i.names?.[0]}, first such row ${i.names?.[1]}): a separator inside an unquoted cell shifts the columns. Those rows are not counted.`,
    'register.due-before-received': (i, rows) =>
      `${i.count} dossiers are due before they were received (${rows}).`,
    'register.resolved-before-received': (i, rows) =>
      `${i.count} dossiers were resolved before they were received (${rows}).`,
    'register.no-due-date': (i, rows) =>
      `${i.count} dossiers have no due date (${rows}): counted in the total but not as early, on time or late.`,
    'register.unknown-channel': (i, rows) =>
      `${i.count} dossiers came through "${i.value ?? ''}", which is not online, in person or by post (${rows}): counted in the total received, in no channel.`,
    'register.received-after-period': (i, rows) =>
      `${i.count} dossiers were received after the period's end (${rows}): not counted.`,
    'register.resolved-before-period': (i, rows) =>
      `${i.count} dossiers were resolved before the period's start (${rows}): not counted.`,
  },
};

/**
 * One register issue as a sentence with its rows, in Vietnamese or English.
 *
 * @example
 * formatRegisterIssue(issue, 'vi') // 'Cột Ngày tiếp nhận có 2 ô không đọc được là ngày (dòng 5, 9; ví dụ "32/13/2024"): …'
 */
export function formatRegisterIssue(issue: RegisterIssue, lang: Lang = 'vi'): string {
  const shown = issue.rows.map((n) => formatInteger(String(n), { locale: lang })).join(', ');
  const more = issue.count > issue.rows.length ? ', …' : '';
  const rows = `${lang === 'vi' ? 'dòng' : issue.rows.length > 1 ? 'rows' : 'row'} ${shown}${more}`;
  const col = issue.column ? (COLUMN[lang][issue.column] ?? issue.column) : '';
  return ISSUES[lang][issue.code](issue, rows, `"${col}"`);
}
