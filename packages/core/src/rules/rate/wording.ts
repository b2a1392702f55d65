import type { RuleWording } from '../../messages/types.js';
import * as E from '../../messages/words-en.js';
import * as V from '../../messages/words-vi.js';
import type { CODES } from './codes.js';

type Code = (typeof CODES)[number];

/**
 * "rounding.mixed" lists its rates under `by:<mode>/<mode>` params: each group as its conventions'
 * names, then its rates' labels, in one language.
 */
function roundingGroups(
  params: Record<string, unknown>,
  modeNames: Record<string, string>,
  label: (key: string) => string,
  or: string,
): string[] {
  return Object.entries(params)
    .filter(([k]) => k.startsWith('by:'))
    .map(([k, v]) => {
      const modes = k
        .slice(3)
        .split('/')
        .map((m) => modeNames[m] ?? m)
        .join(or);
      return `${modes}: ${(v as string[]).map(label).join(', ')}`;
    });
}

/** Tiếng Việt: what each rate rule checks and the sentence of its finding. */
export const vi: Record<Code, RuleWording> = {
  'rate.mismatch': {
    title: 'Tỷ lệ ghi khớp với số liệu theo một cách làm tròn được chấp nhận',
    text: (f, s) =>
      `${V.label(s.param(f.params.label))}: ${s.param(f.params.part)}/${s.param(f.params.whole)} = ${s.q(f.computed)}, nhưng văn bản ghi ${s.q(f.reported)}${f.params.extreme ? ' (100% hay 0% chỉ ghi khi đúng tuyệt đối, dù làm tròn thế nào)' : ''}.`,
  },
  'rounding.mixed': {
    title: 'Các tỷ lệ trong một văn bản dùng cùng một cách làm tròn',
    text: (f) => {
      const groups = roundingGroups(f.params, V.MODE, V.label, ' hoặc ');
      return `Văn bản làm tròn tỷ lệ theo nhiều cách khác nhau (${groups.join('; ')}).`;
    },
  },
};

/** English: what each rate rule checks and the sentence of its finding. */
export const en: Record<Code, RuleWording> = {
  'rate.mismatch': {
    title: 'A reported rate matches its figures under an accepted rounding convention',
    text: (f, s) =>
      `${E.label(s.param(f.params.label))}: ${s.param(f.params.part)}/${s.param(f.params.whole)} = ${s.q(f.computed)}, but the notice gives ${s.q(f.reported)}${f.params.extreme ? ' (100% or 0% only when exact, whatever the rounding)' : ''}.`,
  },
  'rounding.mixed': {
    title: 'All rates of one notice follow one rounding convention',
    text: (f) => {
      const groups = roundingGroups(f.params, E.MODE, E.label, ' or ');
      return `The notice rounds its rates in different ways (${groups.join('; ')}).`;
    },
  },
};
