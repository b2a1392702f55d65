import type { Path } from '@diemmac/core';
import { ApiError } from '../errors.js';

// The follow-up API's own input problems, worded in both languages: each names its field.

type Code =
  | 'followup.unknown-recommendation'
  | 'followup.unknown-part'
  | 'followup.unknown-supervision'
  | 'followup.self';
type Params = Record<string, string | number>;

const WORDS: Record<Code, { vi: (p: Params) => string; en: (p: Params) => string }> = {
  'followup.unknown-recommendation': {
    vi: (p) => `kiến nghị: không có kiến nghị này (thông báo có ${p.count} kiến nghị, đánh số từ 0).`,
    en: (p) => `recommendation: no such recommendation (the notice has ${p.count}, numbered from 0).`,
  },
  'followup.unknown-part': {
    vi: (p) => `phần: kiến nghị không có phần này (các phần: ${p.parts}).`,
    en: (p) => `part: the recommendation has no such part (its parts: ${p.parts}).`,
  },
  'followup.unknown-supervision': {
    vi: (p) => `cuộc giám sát sau: không có cuộc giám sát số ${p.id}.`,
    en: (p) => `later supervision: there is no supervision ${p.id}.`,
  },
  'followup.self': {
    vi: () => 'cuộc giám sát sau: phải là một cuộc giám sát khác.',
    en: () => 'later supervision: must be another supervision.',
  },
};

/**
 * A 400 naming the field of the request that does not fit the stored notice.
 *
 * @example
 * throw followUpIssue('followup.unknown-part', ['part'], { parts: 'a), b)' });
 */
export function followUpIssue(code: Code, path: Path, params: Params): ApiError {
  const w = WORDS[code];
  return new ApiError(
    'body.invalid',
    { count: 1 },
    { issues: [{ code, path, message_vi: w.vi(params), message_en: w.en(params) }] },
  );
}
