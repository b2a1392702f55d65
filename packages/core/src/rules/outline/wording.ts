import type { RuleWording } from '../../messages/types.js';
import type { CODES } from './codes.js';

type Code = (typeof CODES)[number];

/** Tiếng Việt: what each outline rule checks and the sentence of its finding. */
export const vi: Record<Code, RuleWording> = {
  'outline.section': {
    title: 'Đủ các mục bắt buộc, đánh số liên tục',
    text: (f, s) =>
      f.params.problem === 'unknown-framework'
        ? `Không có khung đề cương mã "${s.param(f.params.framework)}".`
        : f.params.problem === 'missing'
          ? `Thiếu mục bắt buộc "${s.param(f.params.title)}" (${s.param(f.params.key)}) của khung đề cương.`
          : `Mục số "${s.param(f.params.number)}" đứng sau mục số "${s.param(f.params.after)}": số thứ tự bị nhảy hoặc lặp.`,
  },
};

/** English: what each outline rule checks and the sentence of its finding. */
export const en: Record<Code, RuleWording> = {
  'outline.section': {
    title: 'Mandatory sections present, numbering unbroken',
    text: (f, s) =>
      f.params.problem === 'unknown-framework'
        ? `There is no outline framework "${s.param(f.params.framework)}".`
        : f.params.problem === 'missing'
          ? `The mandatory section "${s.param(f.params.titleEn)}" (${s.param(f.params.key)}) is missing.`
          : `Section "${s.param(f.params.number)}" follows section "${s.param(f.params.after)}": the numbering skips or repeats.`,
  },
};
