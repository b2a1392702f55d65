import type { RuleWording } from '../../messages/types.js';
import * as E from '../../messages/words-en.js';
import * as V from '../../messages/words-vi.js';
import type { CODES } from './codes.js';

type Code = (typeof CODES)[number];

/** Tiếng Việt: what each figure rule checks and the sentence of its finding. */
export const vi: Record<Code, RuleWording> = {
  'figure.breakdown-sum': {
    title: 'Các phần cộng lại bằng tổng',
    text: (f, s) =>
      f.params.complete === 'yes'
        ? `${V.label(s.param(f.params.label))}: tổng ghi ${s.q(f.reported)}, nhưng các phần cộng lại ${s.q(f.computed)}.`
        : `${V.label(s.param(f.params.label))}: các phần cộng lại ${s.q(f.computed)}, vượt tổng ${s.q(f.reported)}.`,
  },
  'figure.part-exceeds-whole': {
    title: 'Phần không lớn hơn tổng',
    text: (f, s) =>
      `${V.label(s.param(f.params.label))}: phần ${s.q(f.reported)} lớn hơn tổng ${s.q(f.computed)}.`,
  },
  'staffing.over-quota': {
    title: 'Biên chế hiện có không vượt biên chế được giao',
    text: (f, s) => `Biên chế hiện có ${s.q(f.reported)} người, vượt số được giao ${s.q(f.computed)}.`,
  },
  'staffing.group-size': {
    title: 'Mẫu số của tỷ lệ trình độ bằng số người của nhóm',
    text: (f, s) =>
      `"${s.param(f.params.label)}" tính trên ${s.q(f.reported)} người, nhưng nhóm ${V.label(s.param(f.params.group))} có ${s.q(f.computed)} người.`,
  },
};

/** English: what each figure rule checks and the sentence of its finding. */
export const en: Record<Code, RuleWording> = {
  'figure.breakdown-sum': {
    title: 'Parts add up to their total',
    text: (f, s) =>
      f.params.complete === 'yes'
        ? `${E.label(s.param(f.params.label))}: the total is given as ${s.q(f.reported)}, but the parts add up to ${s.q(f.computed)}.`
        : `${E.label(s.param(f.params.label))}: the parts add up to ${s.q(f.computed)}, above the total ${s.q(f.reported)}.`,
  },
  'figure.part-exceeds-whole': {
    title: 'A part is not larger than its whole',
    text: (f, s) =>
      `${E.label(s.param(f.params.label))}: the part ${s.q(f.reported)} is larger than the whole ${s.q(f.computed)}.`,
  },
  'staffing.over-quota': {
    title: 'Staff present do not exceed the quota',
    text: (f, s) => `${s.q(f.reported)} staff are present, above the quota of ${s.q(f.computed)}.`,
  },
  'staffing.group-size': {
    title: 'A qualification share is counted over the whole group',
    text: (f, s) =>
      `"${s.param(f.params.label)}" is counted over ${s.q(f.reported)} people, but the group ${E.label(s.param(f.params.group))} has ${s.q(f.computed)}.`,
  },
};
