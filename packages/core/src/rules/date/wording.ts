import type { RuleWording } from '../../messages/types.js';
import * as E from '../../messages/words-en.js';
import * as V from '../../messages/words-vi.js';
import type { CODES } from './codes.js';

type Code = (typeof CODES)[number];

/** Tiếng Việt: what each date rule checks and the sentence of its finding. */
export const vi: Record<Code, RuleWording> = {
  'period.conflict': {
    title: 'Một nhóm số liệu chỉ nêu một kỳ',
    text: (f, s) =>
      f.params.other
        ? `Số liệu ${V.label(s.param(f.params.kind))} và ${V.label(s.param(f.params.other))} cùng một nhóm nhưng tính đến hai kỳ khác nhau: ${s.param(f.params.periods)}.`
        : `Số liệu ${V.label(s.param(f.params.kind))} được nêu với nhiều kỳ khác nhau: ${s.param(f.params.periods)}.`,
  },
  'period.inverted': {
    title: 'Ngày bắt đầu kỳ không sau ngày kết thúc',
    text: (f, s) => `Kỳ ${s.param(f.params.periods)} có ngày bắt đầu sau ngày kết thúc.`,
  },
  'date.impossible': {
    title: 'Ngày có thật trên lịch',
    text: (f, s) => `Ngày "${s.param(f.params.written)}" không có trên lịch.`,
  },
  'number.stray-separator': {
    title: 'Số liệu không có dấu phân cách thừa',
    text: (f, s) =>
      `Số "${s.param(f.params.written)}" có dấu thừa ở cuối; đã đọc là ${s.param(f.params.read)}.`,
  },
};

/** English: what each date rule checks and the sentence of its finding. */
export const en: Record<Code, RuleWording> = {
  'period.conflict': {
    title: 'One group of figures states one period',
    text: (f, s) =>
      f.params.other
        ? `The ${E.label(s.param(f.params.kind))} and ${E.label(s.param(f.params.other))} figures count the same dossiers but are cut at different periods: ${s.param(f.params.periods)}.`
        : `The ${E.label(s.param(f.params.kind))} figures are announced for different periods: ${s.param(f.params.periods)}.`,
  },
  'period.inverted': {
    title: 'A period does not start after it ends',
    text: (f, s) => `The period ${s.param(f.params.periods)} starts after it ends.`,
  },
  'date.impossible': {
    title: 'Dates exist on the calendar',
    text: (f, s) => `The date "${s.param(f.params.written)}" does not exist.`,
  },
  'number.stray-separator': {
    title: 'Figures carry no stray separator',
    text: (f, s) =>
      `"${s.param(f.params.written)}" ends with a stray mark; it was read as ${s.param(f.params.read)}.`,
  },
};
