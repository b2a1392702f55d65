import type { RuleWording } from '../../messages/types.js';
import type { CODES } from './codes.js';

type Code = (typeof CODES)[number];

/** Tiếng Việt: what each name rule checks and the sentence of its finding. */
export const vi: Record<Code, RuleWording> = {
  'name.variant': {
    title: 'Tên xã, huyện, tỉnh viết thống nhất một cách',
    text: (f, s) =>
      `Tên "${s.param(f.params.name)}" được viết thành "${s.param(f.params.variant)}" (${f.params.marks === 'missing' ? 'thiếu dấu' : 'sai dấu'}) ${f.params.count === f.params.places ? '' : `${s.param(f.params.count)} lần, `}ở ${s.param(f.params.places)} chỗ.`,
  },
};

/** English: what each name rule checks and the sentence of its finding. */
export const en: Record<Code, RuleWording> = {
  'name.variant': {
    title: 'The commune, district and province are written one way',
    text: (f, s) =>
      `"${s.param(f.params.name)}" is written "${s.param(f.params.variant)}" (${f.params.marks === 'missing' ? 'marks missing' : 'wrong marks'}) ${f.params.count === f.params.places ? '' : `${s.param(f.params.count)} times, `}in ${s.param(f.params.places)} ${f.params.places === 1 ? 'place' : 'places'}.`,
  },
};
