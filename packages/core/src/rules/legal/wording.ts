import type { RuleWording } from '../../messages/types.js';
import type { CODES } from './codes.js';

type Code = (typeof CODES)[number];

/** Tiếng Việt: what each legal rule checks and the sentence of its finding. */
export const vi: Record<Code, RuleWording> = {
  'legal.replaced-term': {
    title: 'Không dùng thuật ngữ đã được pháp luật thay thế',
    text: (f, s) =>
      `"${s.param(f.params.term)}" là thuật ngữ đã được thay bằng "${s.param(f.params.replacement).replace('; ', '", "')}" từ ngày ${s.param(f.params.since)} (Nghị định 42/2022/NĐ-CP).`,
  },
  'legal.district-abolished': {
    title: 'Sau 01/7/2025 không còn cấp huyện',
    text: (f, s) =>
      `"${s.param(f.params.body)}": từ ngày ${s.param(f.params.since)} chính quyền địa phương chỉ còn hai cấp (tỉnh, xã), cấp huyện không còn.`,
  },
};

/** English: what each legal rule checks and the sentence of its finding. */
export const en: Record<Code, RuleWording> = {
  'legal.replaced-term': {
    title: 'No term the law has replaced',
    text: (f, s) =>
      `"${s.param(f.params.term)}" was replaced by "${s.param(f.params.replacement).replace('; ', '", "')}" from ${s.param(f.params.since)} (Decree 42/2022/NĐ-CP).`,
  },
  'legal.district-abolished': {
    title: 'No district-level bodies after 1 July 2025',
    text: (f, s) =>
      `"${s.param(f.params.body)}": from ${s.param(f.params.since)} local government has two levels (province, commune); districts no longer exist.`,
  },
};
