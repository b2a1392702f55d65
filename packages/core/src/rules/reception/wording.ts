import type { RuleWording } from '../../messages/types.js';
import * as E from '../../messages/words-en.js';
import * as V from '../../messages/words-vi.js';
import type { CODES } from './codes.js';

type Code = (typeof CODES)[number];

/** Tiếng Việt: what each reception rule checks and the sentence of its finding. */
export const vi: Record<Code, RuleWording> = {
  'reception.resolved-exceeds-received': {
    title: 'Số đơn đã giải quyết không vượt số đơn thuộc thẩm quyền (hoặc số đơn tiếp nhận)',
    text: (f, s) =>
      `Đã giải quyết ${s.q(f.reported)} đơn, nhiều hơn ${f.params.bound === 'received' ? `số ${V.PETITION.received}` : `số đơn ${V.PETITION.withinJurisdiction}`} (${s.q(f.computed)}).`,
  },
};

/** English: what each reception rule checks and the sentence of its finding. */
export const en: Record<Code, RuleWording> = {
  'reception.resolved-exceeds-received': {
    title: 'Petitions resolved do not exceed those within the commune’s jurisdiction (or those received)',
    text: (f, s) =>
      `${s.q(f.reported)} petitions resolved, more than ${f.params.bound === 'received' ? `the ${E.PETITION.received}` : `those ${E.PETITION.withinJurisdiction}`} (${s.q(f.computed)}).`,
  },
};
