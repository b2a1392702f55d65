import type { RuleWording } from '../../messages/types.js';
import type { CODES } from './codes.js';

type Code = (typeof CODES)[number];

/** Tiếng Việt: what each index766 rule checks and the sentence of its finding. */
export const vi: Record<Code, RuleWording> = {
  'index766.score-over-max': {
    title: 'Điểm thành phần không vượt điểm tối đa',
    text: (f, s) =>
      `Điểm "${s.param(f.params.component)}" là ${s.q(f.reported)}, vượt điểm tối đa ${s.q(f.computed)}.`,
  },
  'index766.total': {
    title: 'Tổng điểm Bộ chỉ số 766 khớp tổng các thành phần (trong sai số làm tròn)',
    text: (f, s) =>
      `Tổng điểm ghi ${s.q(f.reported)}, nhưng các thành phần cộng lại ${s.q(f.computed)} (sai số cho phép ±${s.param(f.params.tolerance)}).`,
  },
  'index766.framework': {
    title: 'Thành phần và điểm tối đa đúng với phiên bản khung Bộ chỉ số 766',
    text: (f, s) =>
      f.params.problem === 'unknown-framework'
        ? `Không có khung Bộ chỉ số 766 mã "${s.param(f.params.framework)}".`
        : f.params.problem === 'unknown-component'
          ? `Khung "${s.param(f.params.framework)}" không có thành phần "${s.param(f.params.component)}".`
          : `Điểm tối đa của "${s.param(f.params.component)}" ghi ${s.q(f.reported)}, khung "${s.param(f.params.framework)}" quy định ${s.q(f.computed)}.`,
  },
};

/** English: what each index766 rule checks and the sentence of its finding. */
export const en: Record<Code, RuleWording> = {
  'index766.score-over-max': {
    title: 'A component score does not exceed its maximum',
    text: (f, s) =>
      `The score of "${s.param(f.params.component)}" is ${s.q(f.reported)}, above its maximum ${s.q(f.computed)}.`,
  },
  'index766.total': {
    title: 'The 766 index total matches its components (within rounding)',
    text: (f, s) =>
      `The total is given as ${s.q(f.reported)}, but the components add up to ${s.q(f.computed)} (tolerance ±${s.param(f.params.tolerance)}).`,
  },
  'index766.framework': {
    title: 'Components and maxima follow the 766 framework version',
    text: (f, s) =>
      f.params.problem === 'unknown-framework'
        ? `There is no 766 framework "${s.param(f.params.framework)}".`
        : f.params.problem === 'unknown-component'
          ? `Framework "${s.param(f.params.framework)}" has no component "${s.param(f.params.component)}".`
          : `The maximum of "${s.param(f.params.component)}" is given as ${s.q(f.reported)}; framework "${s.param(f.params.framework)}" sets ${s.q(f.computed)}.`,
  },
};
