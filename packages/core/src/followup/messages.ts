import { citationText } from '../citations/format.js';
import type { Lang } from '../messages/types.js';
import type { FollowUpEntry } from './schema.js';
import type { RecommendationState, RecommendationStatus } from './state.js';

/** The words for a recommendation's status, as follow-up reports write them. */
export const RECOMMENDATION_STATUS_WORDS: Record<Lang, Record<RecommendationStatus, string>> = {
  vi: {
    pending: 'chưa thực hiện',
    'in-progress': 'đang thực hiện',
    done: 'hoàn thành',
    'partly-done': 'hoàn thành một phần',
    'not-done': 'không thực hiện',
    unsatisfactory: 'không đạt yêu cầu',
  },
  en: {
    pending: 'not started',
    'in-progress': 'in progress',
    done: 'done',
    'partly-done': 'partly done',
    'not-done': 'not done',
    unsatisfactory: 'not satisfactory',
  },
};

/**
 * How far a recommendation is from its deadline, in words.
 *
 * @example
 * deadlineWords({ daysToDeadline: -12, open: true }, 'vi') // 'quá hạn 12 ngày'
 */
export function deadlineWords(
  state: Pick<RecommendationState, 'daysToDeadline' | 'open'>,
  lang: Lang = 'vi',
): string {
  const days = state.daysToDeadline;
  if (days === undefined) return lang === 'vi' ? 'không có thời hạn' : 'no deadline';
  if (!state.open) return lang === 'vi' ? 'đã hoàn thành' : 'done';
  if (days === 0) return lang === 'vi' ? 'đến hạn hôm nay' : 'due today';
  if (days > 0) return lang === 'vi' ? `còn ${days} ngày` : `${days} day${days === 1 ? '' : 's'} left`;
  const past = -days;
  return lang === 'vi' ? `quá hạn ${past} ngày` : `${past} day${past === 1 ? '' : 's'} overdue`;
}

/**
 * The later supervision that took a recommendation up (giám sát lại), in words. The
 * recommendation is counted from 1 here, as a reader counts (the file keeps its index from 0).
 *
 * @example
 * takenUpWords({ supervision: 'diem-mac-2025', recommendation: 2 }, 'vi') // 'giám sát lại: diem-mac-2025, kiến nghị thứ 3'
 */
export function takenUpWords(
  takenUpBy: RecommendationState['takenUpBy'],
  lang: Lang = 'vi',
  options: { label?: boolean } = {},
): string {
  if (!takenUpBy) return '';
  const n = takenUpBy.recommendation;
  const which = n === undefined ? '' : lang === 'vi' ? `, kiến nghị thứ ${n + 1}` : `, recommendation no. ${n + 1}`;
  const label = options.label === false ? '' : `${lang === 'vi' ? 'giám sát lại' : 'taken up by'}: `;
  return `${label}${takenUpBy.supervision}${which}`;
}

/**
 * The part whose deadline a state counts from, by the number the notice wrote ("b)") or its
 * position from 1; empty when the deadline is the recommendation's own.
 *
 * @example
 * deadlinePartName(state) // 'b)'
 */
export function deadlinePartName(state: Pick<RecommendationState, 'deadlinePart' | 'parts'>): string {
  if (state.deadlinePart === undefined) return '';
  return state.parts[state.deadlinePart]?.number ?? String(state.deadlinePart + 1);
}

/**
 * Which deadline a state counts from, when it is a part's: "phần b)".
 *
 * @example
 * deadlinePartWords(state, 'vi') // 'phần b)'
 */
export function deadlinePartWords(
  state: Pick<RecommendationState, 'deadlinePart' | 'parts'>,
  lang: Lang = 'vi',
): string {
  const name = deadlinePartName(state);
  return name === '' ? '' : `${lang === 'vi' ? 'phần' : 'part'} ${name}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A follow-up step in one line, as lists and reports show the latest response: its day, the
 * part it concerns, its status, what was done, the documents cited and who recorded it.
 *
 * @example
 * entryWords(entry, 'vi') // '20/01/2025, phần b): hoàn thành. Đã số hóa 1.204 hồ sơ. Văn bản: Báo cáo số 15/BC-UBND. Ghi nhận: Văn phòng HĐND.'
 */
export function entryWords(entry: FollowUpEntry | undefined, lang: Lang = 'vi'): string {
  if (!entry) return '';
  const vi = lang === 'vi';
  const day = `${pad(entry.date.day)}/${pad(entry.date.month)}/${entry.date.year}`;
  const part = entry.part === undefined ? '' : `, ${vi ? 'phần' : 'part'} ${entry.part}`;
  const out = [`${day}${part}: ${RECOMMENDATION_STATUS_WORDS[lang][entry.status]}.`];
  const note = entry.note?.trim();
  if (note) out.push(/[.!?…]$/u.test(note) ? note : `${note}.`);
  if (entry.responses.length > 0) {
    out.push(`${vi ? 'Văn bản' : 'Documents'}: ${entry.responses.map((c) => citationText(c)).join('; ')}.`);
  }
  if (entry.recordedBy) out.push(`${vi ? 'Ghi nhận' : 'Recorded by'}: ${entry.recordedBy}.`);
  return out.join(' ').normalize('NFC');
}
