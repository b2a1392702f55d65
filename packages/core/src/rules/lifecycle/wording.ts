import type { RuleWording } from '../../messages/types.js';
import * as E from '../../messages/words-en.js';
import * as V from '../../messages/words-vi.js';
import type { CODES } from './codes.js';

type Code = (typeof CODES)[number];

/** Tiếng Việt: what each lifecycle rule checks and the sentence of its finding. */
export const vi: Record<Code, RuleWording> = {
  'lifecycle.order': {
    title: 'Các văn bản của cuộc giám sát theo đúng trình tự',
    text: (f, s) =>
      `${V.STEP[String(f.params.step)] ?? s.param(f.params.step)} (${s.param(f.params.date)}) đề ngày trước ${V.STEP[String(f.params.before)] ?? s.param(f.params.before)} (${s.param(f.params.beforeDate)}).`,
  },
  'lifecycle.report-late': {
    title: 'Báo cáo gửi Đoàn giám sát đúng hạn',
    text: (f, s) =>
      `Báo cáo của ${s.param(f.params.from)} nhận ngày ${s.param(f.params.received)}, sau hạn ${s.param(f.params.due)}.`,
  },
  'recommendation.overdue': {
    title: 'Kiến nghị được thực hiện trước thời hạn',
    text: (f, s) =>
      `Kiến nghị gửi ${s.param(f.params.addressee)} đã quá hạn ${s.param(f.params.deadline)} mà chưa hoàn thành.`,
  },
};

/** English: what each lifecycle rule checks and the sentence of its finding. */
export const en: Record<Code, RuleWording> = {
  'lifecycle.order': {
    title: 'The supervision documents follow the order the law sets',
    text: (f, s) =>
      `${E.STEP[String(f.params.step)] ?? s.param(f.params.step)} (${s.param(f.params.date)}) is dated before ${E.STEP[String(f.params.before)] ?? s.param(f.params.before)} (${s.param(f.params.beforeDate)}).`,
  },
  'lifecycle.report-late': {
    title: 'Reports reach the delegation on time',
    text: (f, s) =>
      `The report of ${s.param(f.params.from)} arrived on ${s.param(f.params.received)}, after the due date ${s.param(f.params.due)}.`,
  },
  'recommendation.overdue': {
    title: 'Recommendations are carried out by their deadline',
    text: (f, s) =>
      `The recommendation to ${s.param(f.params.addressee)} is past its deadline ${s.param(f.params.deadline)} and not done.`,
  },
};
