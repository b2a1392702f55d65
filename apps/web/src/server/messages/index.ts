import { en } from './en.js';
import type { ErrorCode, ErrorParams } from './types.js';
import { vi } from './vi.js';

export type { ErrorCode, ErrorParams } from './types.js';

/**
 * The API's error wording in both languages.
 *
 * @example
 * errorMessages('not-found', {}) // { vi: 'Không tìm thấy.', en: 'Not found.' }
 */
export function errorMessages(code: ErrorCode, params: ErrorParams): { vi: string; en: string } {
  return { vi: vi[code](params), en: en[code](params) };
}
