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
