import { FINDING_CODES } from '../checks/catalogue.js';
import { CheckConfig } from '../checks/config.js';
import { fromZodIssues } from './issues.js';
import type { ParseResult } from './parse.js';

/**
 * Validates a rules configuration (switch off, re-grade, conventions). Rule codes must
 * be known: a misspelt code would otherwise switch nothing off, silently.
 *
 * @example
 * parseCheckConfig({ rules: { 'rounding.mixed': 'off' } }) // { ok: true, value: … }
 */
export function parseCheckConfig(
  data: unknown,
  extraCodes: readonly string[] = [],
): ParseResult<CheckConfig> {
  const r = CheckConfig.safeParse(data ?? {});
  if (!r.success) return { ok: false, issues: fromZodIssues(r.error.issues, data) };
  const known = new Set<string>([...FINDING_CODES, ...extraCodes]);
  const unknown = Object.keys(r.data.rules).filter((code) => !known.has(code));
  if (unknown.length > 0) {
    return {
      ok: false,
      // Worded in each language ("không có quy tắc mã …"), never an English phrase inside Vietnamese.
      issues: unknown.map((code) => ({
        code: 'pack.unknown-rule' as const,
        path: ['rules', code],
        received: JSON.stringify(code),
        params: { code },
      })),
    };
  }
  return { ok: true, value: r.data };
}
