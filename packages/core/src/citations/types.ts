import { spellingKey } from '../names/normalize.js';
import { leadingWords } from '../shared/letters.js';

/** A kind of document: its full name, the abbreviation its symbol carries, how it is cited. */
export interface DocumentType {
  /** The code used in the model: the abbreviation of Decree 30/2020, Appendix III, or the name. */
  code: string;
  name: string;
  nameEn: string;
  /** Abbreviations that may stand in a symbol for this type ("QĐi" is the Party's "Quy định"). */
  abbreviations: string[];
  /** Cited by its name ("Luật Thực hiện dân chủ ở cơ sở"); its symbol carries no abbreviation. */
  named?: boolean;
}

// Decree 30/2020/NĐ-CP, Appendix III (administrative documents), the Law on Promulgation of Legal
// Documents (normative ones) and the Party's own abbreviations (KL, QĐi).
const TABLE: DocumentType[] = [
  { code: 'NQ', name: 'Nghị quyết', nameEn: 'Resolution', abbreviations: ['NQ'] },
  { code: 'NQLT', name: 'Nghị quyết liên tịch', nameEn: 'Joint resolution', abbreviations: ['NQLT'] },
  { code: 'QĐ', name: 'Quyết định', nameEn: 'Decision', abbreviations: ['QĐ'] },
  { code: 'CT', name: 'Chỉ thị', nameEn: 'Directive', abbreviations: ['CT'] },
  { code: 'QC', name: 'Quy chế', nameEn: 'Rules', abbreviations: ['QC'] },
  { code: 'QyĐ', name: 'Quy định', nameEn: 'Regulation', abbreviations: ['QyĐ', 'QĐi'] },
  { code: 'TC', name: 'Thông cáo', nameEn: 'Communiqué', abbreviations: ['TC'] },
  { code: 'TB', name: 'Thông báo', nameEn: 'Notice', abbreviations: ['TB'] },
  { code: 'HD', name: 'Hướng dẫn', nameEn: 'Guidance', abbreviations: ['HD'] },
  { code: 'CTr', name: 'Chương trình', nameEn: 'Programme', abbreviations: ['CTr'] },
  { code: 'KH', name: 'Kế hoạch', nameEn: 'Plan', abbreviations: ['KH'] },
  { code: 'PA', name: 'Phương án', nameEn: 'Option', abbreviations: ['PA'] },
  { code: 'ĐA', name: 'Đề án', nameEn: 'Scheme', abbreviations: ['ĐA'] },
  { code: 'DA', name: 'Dự án', nameEn: 'Project', abbreviations: ['DA'] },
  { code: 'BC', name: 'Báo cáo', nameEn: 'Report', abbreviations: ['BC'] },
  { code: 'BB', name: 'Biên bản', nameEn: 'Minutes', abbreviations: ['BB'] },
  { code: 'TTr', name: 'Tờ trình', nameEn: 'Submission', abbreviations: ['TTr'] },
  { code: 'HĐ', name: 'Hợp đồng', nameEn: 'Contract', abbreviations: ['HĐ'] },
  { code: 'KL', name: 'Kết luận', nameEn: 'Conclusion', abbreviations: ['KL'] },
  { code: 'CV', name: 'Công văn', nameEn: 'Official letter', abbreviations: ['CV'] },
  { code: 'CĐ', name: 'Công điện', nameEn: 'Telegram', abbreviations: ['CĐ'] },
  { code: 'BGN', name: 'Bản ghi nhớ', nameEn: 'Memorandum', abbreviations: ['BGN'] },
  { code: 'BTT', name: 'Bản thỏa thuận', nameEn: 'Agreement', abbreviations: ['BTT'] },
  { code: 'GUQ', name: 'Giấy ủy quyền', nameEn: 'Authorisation', abbreviations: ['GUQ'] },
  { code: 'GM', name: 'Giấy mời', nameEn: 'Invitation', abbreviations: ['GM'] },
  { code: 'GGT', name: 'Giấy giới thiệu', nameEn: 'Letter of introduction', abbreviations: ['GGT'] },
  { code: 'NĐ', name: 'Nghị định', nameEn: 'Decree', abbreviations: ['NĐ'] },
  { code: 'TT', name: 'Thông tư', nameEn: 'Circular', abbreviations: ['TT'] },
  { code: 'TTLT', name: 'Thông tư liên tịch', nameEn: 'Joint circular', abbreviations: ['TTLT'] },
  { code: 'Hiến pháp', name: 'Hiến pháp', nameEn: 'Constitution', abbreviations: [], named: true },
  { code: 'Bộ luật', name: 'Bộ luật', nameEn: 'Code', abbreviations: [], named: true },
  { code: 'Luật', name: 'Luật', nameEn: 'Law', abbreviations: [], named: true },
  { code: 'Pháp lệnh', name: 'Pháp lệnh', nameEn: 'Ordinance', abbreviations: [], named: true },
];

/**
 * Every document type, by code.
 *
 * @example
 * DOCUMENT_TYPES.find((t) => t.code === 'TTr')?.name // 'Tờ trình'
 */
export const DOCUMENT_TYPES: readonly DocumentType[] = TABLE;

/**
 * The codes a structured citation's `type` takes: "KH", "NĐ", "Luật"…
 *
 * @example
 * DOCUMENT_TYPE_CODES.includes('NĐ') // true
 */
export const DOCUMENT_TYPE_CODES = TABLE.map((t) => t.code) as [string, ...string[]];

const BY_CODE = new Map(TABLE.map((t) => [t.code, t]));
const BY_ABBREVIATION = new Map(
  TABLE.flatMap((t) => t.abbreviations.map((a) => [a.toUpperCase(), t] as const)),
);
/** The letters type names start with, to pass over other words at once. */
const FIRST_LETTERS = new Set(TABLE.map((t) => t.name.charAt(0).toLowerCase()));

/** Types by the key of their name's first word, names with the most words first within each. */
const BY_FIRST_WORD = new Map<string, { key: string; lower: string; count: number; type: DocumentType }[]>();
for (const type of TABLE) {
  const key = spellingKey(type.name);
  const first = type.name.split(' ')[0]!.toLowerCase();
  const list = BY_FIRST_WORD.get(first) ?? [];
  list.push({ key, lower: type.name.toLowerCase(), count: type.name.split(' ').length, type });
  list.sort((a, b) => b.count - a.count);
  BY_FIRST_WORD.set(first, list);
}

/**
 * The type of a code, or undefined.
 *
 * @example
 * documentType('KH')?.name // 'Kế hoạch'
 */
export function documentType(code: string): DocumentType | undefined {
  return BY_CODE.get(code);
}

/** The type whose abbreviation this is, in any case: "KH", "kh", "QĐi". */
export function typeOfAbbreviation(abbreviation: string): DocumentType | undefined {
  return BY_ABBREVIATION.get(abbreviation.toUpperCase());
}

/**
 * The type whose full name starts `text` (whole words, any case, any tone placement), and how
 * many characters of `text` it took.
 *
 * @example
 * typeAtStart('kế hoạch số 10/KH-UBND')?.length // 8
 */
export function typeAtStart(text: string): { type: DocumentType; length: number } | undefined {
  if (!FIRST_LETTERS.has(text.charAt(0).toLowerCase())) return undefined;
  const first = leadingWords(text, 1);
  if (!first) return undefined;
  // The first words of type names have one spelling each (no "oa", "oe", "uy" with a tone), so
  // lower case finds them; the whole name is then compared by spelling key.
  for (const { key, lower, count, type } of BY_FIRST_WORD.get(first.text.normalize('NFC').toLowerCase()) ??
    []) {
    const lead = count === 1 ? first : leadingWords(text, count);
    if (!lead) continue;
    const written = lead.text.normalize('NFC').toLowerCase();
    if (written === lower || spellingKey(written) === key) return { type, length: lead.end };
  }
  return undefined;
}

/** The abbreviation a type writes in its symbol (its first), or undefined for named types. */
export function abbreviationOf(code: string): string | undefined {
  return BY_CODE.get(code)?.abbreviations[0];
}
