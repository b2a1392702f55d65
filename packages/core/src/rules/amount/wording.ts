import type { RuleWording } from '../../messages/types.js';
import type { CODES } from './codes.js';

type Code = (typeof CODES)[number];

/** Tiếng Việt: what each amount rule checks and the sentence of its finding. */
export const vi: Record<Code, RuleWording> = {
  'amount.words': {
    title: 'Số tiền bằng chữ khớp với số',
    text: (f, s) =>
      `Số tiền ghi ${s.q(f.reported)} nhưng bằng chữ "${s.param(f.params.words)}" là ${s.q(f.computed)}.`,
  },
};

/** English: what each amount rule checks and the sentence of its finding. */
export const en: Record<Code, RuleWording> = {
  'amount.words': {
    title: 'Amounts in words say the same sum as the figure',
    text: (f, s) =>
      `The amount is written ${s.q(f.reported)} but in words "${s.param(f.params.words)}", which is ${s.q(f.computed)}.`,
  },
};
