import type { SyntaxIssue } from '../parse/yaml.js';
import type { Lang } from './types.js';

// Syntax issues are the `yaml` library's, worded in English by it; the two that diemmac adds
// or completes (a limit on nesting, the path of a key written twice) are worded here.
const WORDING: Record<Lang, Record<string, (issue: SyntaxIssue) => string>> = {
  vi: {
    TOO_DEEP: (i) => `Dữ liệu lồng nhau quá ${i.limit ?? '?'} cấp; tệp giám sát không cần sâu như vậy.`,
    DUPLICATE_KEY: (i) =>
      i.path ? `Khóa "${i.path.join('.')}" được ghi hai lần.` : 'Một khóa được ghi hai lần.',
  },
  en: {
    TOO_DEEP: (i) =>
      `Data nested more than ${i.limit ?? '?'} levels deep; a supervision file never needs that many.`,
    DUPLICATE_KEY: (i) =>
      i.path ? `The key "${i.path.join('.')}" is written twice.` : 'A key is written twice.',
  },
};

/**
 * A syntax issue of `readText` as a sentence with its line: diemmac's own codes worded in the
 * language asked for, the others as the `yaml` library words them.
 *
 * @example
 * formatSyntaxIssue({ code: 'DUPLICATE_KEY', message: '…', line: 3, column: 3, path: ['a', 'x'] }, 'vi')
 * // 'Dòng 3, cột 3: Khóa "a.x" được ghi hai lần.'
 */
export function formatSyntaxIssue(issue: SyntaxIssue, lang: Lang = 'vi'): string {
  const where =
    lang === 'vi' ? `Dòng ${issue.line}, cột ${issue.column}` : `Line ${issue.line}, column ${issue.column}`;
  const text = WORDING[lang][issue.code]?.(issue) ?? issue.message;
  return `${where}: ${text}`;
}
