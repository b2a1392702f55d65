import type { FindingCode } from '../checks/catalogue.js';
import type { Finding } from '../checks/types.js';
import type { InputIssue } from '../parse/issues.js';
import { en } from './en.js';
import { shower } from './show.js';
import type { Lang, MessageCatalog, RuleWording } from './types.js';
import { vi } from './vi.js';

export const MESSAGES: Record<Lang, MessageCatalog> = { vi, en };

/** Wording a province supplies for its own rules. */
export type ExtraWording = Partial<Record<Lang, Record<string, RuleWording>>>;

// A pack's wording comes first: it words the pack's own rules and may reword the core's.
function wording(code: string, lang: Lang, extra?: ExtraWording): RuleWording | undefined {
  return extra?.[lang]?.[code] ?? MESSAGES[lang].findings[code as FindingCode] ?? MESSAGES[lang].engine[code];
}

/**
 * One finding as a sentence in Vietnamese or English, with its suggestion if any.
 *
 * @example
 * formatFinding(finding, 'vi') // 'Số hồ sơ đã giải quyết ghi 2.170, nhưng trước hạn 1.362 + đúng hạn 806 + quá hạn 1 = 2.169. Gợi ý: …'
 */
export function formatFinding(finding: Finding, lang: Lang = 'vi', extra?: ExtraWording): string {
  const show = shower(lang);
  const w = wording(finding.code, lang, extra);
  const text = w ? w.text(finding, show) : `${finding.code}`;
  const suggestion = MESSAGES[lang].suggestion(finding, show);
  return suggestion ? `${text} ${suggestion}` : text;
}

/**
 * What a rule checks, in one line.
 *
 * @example
 * ruleTitle('dossier.balance', 'en') // 'Dossiers received equal resolved + pending (+ withdrawn, suspended)'
 */
export function ruleTitle(code: string, lang: Lang = 'vi', extra?: ExtraWording): string {
  return wording(code, lang, extra)?.title ?? MESSAGES[lang].unknownRule(code);
}

/**
 * One input issue as a sentence naming the field path, what was expected and what was found.
 *
 * @example
 * formatIssue(issue, 'vi') // 'sections[0].figures[0].received.total: cần một số không âm, nhận được "-3".'
 */
export function formatIssue(issue: InputIssue, lang: Lang = 'vi'): string {
  return MESSAGES[lang].issues[issue.code](issue, shower(lang));
}

/** The word for a severity: "Lỗi", "Cảnh báo", "Lưu ý". */
export function severityLabel(severity: Finding['severity'], lang: Lang = 'vi'): string {
  return MESSAGES[lang].severity[severity];
}
