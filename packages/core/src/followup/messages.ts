import type { Lang } from '../messages/types.js';
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
 * The later supervision that took a recommendation up (giám sát lại), in words.
 *
 * @example
 * takenUpWords({ supervision: 'diem-mac-2025', recommendation: 2 }, 'vi') // 'giám sát lại: diem-mac-2025, kiến nghị số 2'
 */
export function takenUpWords(takenUpBy: RecommendationState['takenUpBy'], lang: Lang = 'vi'): string {
  if (!takenUpBy) return '';
  const which =
    takenUpBy.recommendation === undefined
      ? ''
      : lang === 'vi'
        ? `, kiến nghị số ${takenUpBy.recommendation}`
        : `, recommendation ${takenUpBy.recommendation}`;
  return `${lang === 'vi' ? 'giám sát lại' : 'taken up by'}: ${takenUpBy.supervision}${which}`;
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
  if (state.deadlinePart === undefined) return '';
  const part = state.parts[state.deadlinePart];
  const name = part?.number ?? String(state.deadlinePart + 1);
  return `${lang === 'vi' ? 'phần' : 'part'} ${name}`;
}
