import type { RuleWording } from '../../messages/types.js';
import * as E from '../../messages/words-en.js';
import * as V from '../../messages/words-vi.js';
import type { CODES } from './codes.js';

type Code = (typeof CODES)[number];

/** Tiếng Việt: what each dossier rule checks and the sentence of its finding. */
export const vi: Record<Code, RuleWording> = {
  'dossier.received-breakdown': {
    title: 'Số hồ sơ tiếp nhận bằng tổng các kênh và số kỳ trước chuyển sang',
    text: (f, s) =>
      `Số hồ sơ tiếp nhận ghi ${s.q(f.reported)}, nhưng ${V.parts(f.params, s.param)} = ${s.q(f.computed)}.`,
  },
  'dossier.resolved-breakdown': {
    title: 'Số hồ sơ đã giải quyết bằng trước hạn + đúng hạn + quá hạn',
    text: (f, s) =>
      `Số hồ sơ đã giải quyết ghi ${s.q(f.reported)}, nhưng ${V.parts(f.params, s.param)} = ${s.q(f.computed)}.`,
  },
  'dossier.pending-breakdown': {
    title: 'Số hồ sơ đang giải quyết bằng chưa tới hạn + quá hạn',
    text: (f, s) =>
      `Số hồ sơ đang giải quyết ghi ${s.q(f.reported)}, nhưng ${V.parts(f.params, s.param)} = ${s.q(f.computed)}.`,
  },
  'dossier.balance': {
    title: 'Số hồ sơ tiếp nhận bằng đã giải quyết + đang giải quyết (+ rút, tạm dừng)',
    text: (f, s) =>
      `Tiếp nhận ${s.q(f.reported)} hồ sơ, nhưng đã giải quyết ${s.param(f.params.resolved)} + đang giải quyết ${s.param(f.params.pending)} = ${s.q(f.computed)}.`,
  },
  'dossier.apologies': {
    title: 'Mỗi hồ sơ trả quá hạn có văn bản xin lỗi',
    text: (f, s) =>
      `Có ${s.q(f.computed)} hồ sơ giải quyết quá hạn nhưng chỉ ${s.q(f.reported)} văn bản xin lỗi.`,
  },
};

/** English: what each dossier rule checks and the sentence of its finding. */
export const en: Record<Code, RuleWording> = {
  'dossier.received-breakdown': {
    title: 'Dossiers received equal the channels plus those carried over',
    text: (f, s) =>
      `Dossiers received are given as ${s.q(f.reported)}, but ${E.parts(f.params, s.param)} = ${s.q(f.computed)}.`,
  },
  'dossier.resolved-breakdown': {
    title: 'Dossiers resolved equal early + on time + late',
    text: (f, s) =>
      `Dossiers resolved are given as ${s.q(f.reported)}, but ${E.parts(f.params, s.param)} = ${s.q(f.computed)}.`,
  },
  'dossier.pending-breakdown': {
    title: 'Dossiers pending equal not yet due + overdue',
    text: (f, s) =>
      `Dossiers pending are given as ${s.q(f.reported)}, but ${E.parts(f.params, s.param)} = ${s.q(f.computed)}.`,
  },
  'dossier.balance': {
    title: 'Dossiers received equal resolved + pending (+ withdrawn, suspended)',
    text: (f, s) =>
      `${s.q(f.reported)} dossiers received, but resolved ${s.param(f.params.resolved)} + pending ${s.param(f.params.pending)} = ${s.q(f.computed)}.`,
  },
  'dossier.apologies': {
    title: 'Every late dossier has a written apology',
    text: (f, s) =>
      `${s.q(f.computed)} dossiers were resolved late but only ${s.q(f.reported)} written apologies are reported.`,
  },
};
