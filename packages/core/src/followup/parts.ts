import type { Recommendation } from '../supervision/schema.js';

type RecommendationPart = Recommendation['parts'][number];

/**
 * How a follow-up entry names a part of a recommendation: by the number the notice wrote,
 * with or without its bracket or dot ("b)", "b", "B."), or, for parts written without a
 * number, by position from 1 ("2").
 *
 * @example
 * partKey({ number: 'b)', content: '…' }, 1) === partKey('b') // true
 */
export function partKey(part: Pick<RecommendationPart, 'number'> | string, index?: number): string {
  const written = typeof part === 'string' ? part : part.number;
  const key = (written ?? '')
    .normalize('NFC')
    .trim()
    .replace(/[).:\s]+$/u, '')
    .replace(/^[-(+\s]+/u, '')
    .toLocaleLowerCase('vi');
  if (key !== '') return key;
  return index === undefined ? '' : String(index + 1);
}
