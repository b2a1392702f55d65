import { type ExtraWording, formatFinding, type Lang } from '@diemmac/core';
import type { PlacedFinding } from '../checks/types.js';
import { en } from './en.js';
import { vi } from './vi.js';

/** The reader's wording, to pass to the core's `formatFinding` and `ruleTitle` as extra wording. */
export const READER_WORDING: ExtraWording = { vi, en };

/**
 * One finding of a notice as a sentence, whether the core or the reader raised it.
 *
 * @example
 * formatNoticeFinding(finding, 'en') // '"Thực hiện" is written twice in a row: "Thực hiện Thực hiện".'
 */
export function formatNoticeFinding(finding: PlacedFinding, lang: Lang = 'vi'): string {
  return formatFinding(finding, lang, READER_WORDING);
}

/** "đoạn 12, dòng 40" / "paragraph 12, line 40": where a finding points in the notice. */
export function formatPlace(place: PlacedFinding['places'][number] | undefined, lang: Lang = 'vi'): string {
  if (!place) return '';
  const words =
    lang === 'vi'
      ? { p: 'đoạn', l: 'dòng', t: 'bảng', r: 'hàng', c: 'cột' }
      : { p: 'paragraph', l: 'line', t: 'table', r: 'row', c: 'column' };
  const parts = [`${words.p} ${place.paragraph}`];
  if (place.line !== undefined) parts.push(`${words.l} ${place.line}`);
  if (place.table)
    parts.push(
      `${words.t} ${place.table.index}, ${words.r} ${place.table.row}, ${words.c} ${place.table.column}`,
    );
  return parts.join(', ');
}
