import { fail } from '../errors.js';

/** One megabyte as a file manager counts it. */
export const MB = 1024 * 1024;

/**
 * The largest input read by default: 5 MB. A commune's supervision is about 50 KB; a file a
 * hundred times larger is a mistake (a wrong file, a pasted database dump), and reading it
 * whole would take seconds and a gigabyte of memory before saying so.
 */
export const DEFAULT_MAX_BYTES = 5 * MB;

/**
 * The input size limit in bytes, from `--max-size` (which wins) or DIEMMAC_MAX_SIZE, both in
 * megabytes ("5", "0.5", "0,5", "20"); the default when neither is set.
 *
 * @example
 * maxInputBytes('0,5', undefined) // 524288
 * maxInputBytes(undefined, '20') // 20971520
 */
export function maxInputBytes(option: string | undefined, variable: string | undefined): number {
  const [source, value] =
    option !== undefined ? ['--max-size', option] : variable ? ['DIEMMAC_MAX_SIZE', variable] : [];
  if (source === undefined || value === undefined) return DEFAULT_MAX_BYTES;
  const megabytes = /^\d{1,6}(?:[.,]\d{1,6})?$/.test(value.trim())
    ? Number(value.trim().replace(',', '.'))
    : 0;
  if (!(megabytes > 0)) fail({ code: 'option.invalid', option: source, value, expected: 'MB > 0' });
  return Math.round(megabytes * MB);
}
