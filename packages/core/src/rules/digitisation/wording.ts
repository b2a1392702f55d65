import type { RuleWording } from '../../messages/types.js';
import type { CODES } from './codes.js';

type Code = (typeof CODES)[number];

/** Tiếng Việt: what each digitisation rule checks and the sentence of its finding. */
export const vi: Record<Code, RuleWording> = {
  'digitisation.exceeds-received': {
    title: 'Số hồ sơ số hóa không vượt số hồ sơ tiếp nhận cùng kỳ',
    text: (f, s) =>
      `Số hóa ${s.q(f.reported)} hồ sơ (${s.param(f.params.periods).split('; ')[0]}) trong khi chỉ tiếp nhận ${s.q(f.computed)} hồ sơ, kể cả kỳ trước chuyển sang (${s.param(f.params.periods).split('; ')[1]}); nếu đếm cả thành phần hồ sơ hoặc kết quả giải quyết thì văn bản nên nói rõ.`,
  },
};

/** English: what each digitisation rule checks and the sentence of its finding. */
export const en: Record<Code, RuleWording> = {
  'digitisation.exceeds-received': {
    title: 'No more dossiers digitised than received in the same period',
    text: (f, s) =>
      `${s.q(f.reported)} dossiers digitised (${s.param(f.params.periods).split('; ')[0]}) while only ${s.q(f.computed)} were received, carried over included (${s.param(f.params.periods).split('; ')[1]}); if components or results are counted, the notice should say so.`,
  },
};
