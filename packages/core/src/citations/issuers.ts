import { spellingKey } from '../names/normalize.js';
import { capitalWordsAt, wordEnds } from '../shared/letters.js';

/** The level of government a body belongs to. "tw" is the centre (Government, Party centre). */
export type IssuerLevel = 'xa' | 'huyen' | 'tinh' | 'tw';

/** The body whose register a document's number belongs to. */
export interface IssuerKey {
  /** "UBND", "HĐND", "CP"…, or the symbol itself when diemmac does not know the body. */
  body: string;
  level: IssuerLevel | 'as-written';
  /** The place without its marks, so that a misspelt commune is still the commune; "" for the centre. */
  place: string;
}

/** A body that issues documents, the names it is cited by and the symbol it signs with. */
interface Body {
  code: string;
  /** Names in the order to try; the first is the one shown. */
  names: string[];
  /** The symbol's issuer part, as a pattern: "UBND", "QH13"… */
  symbol: RegExp;
  /** Fixed level of a central or district/province body; local bodies take the level named. */
  level?: IssuerLevel;
}

// Longer names before shorter ones that start them: "Thường trực Hội đồng nhân dân" before
// "Hội đồng nhân dân", "Thủ tướng Chính phủ" before "Chính phủ".
const BODIES: Body[] = [
  { code: 'TTg', names: ['Thủ tướng Chính phủ', 'Thủ tướng'], symbol: /^TTg$/, level: 'tw' },
  { code: 'VPCP', names: ['Văn phòng Chính phủ'], symbol: /^VPCP$/, level: 'tw' },
  { code: 'CP', names: ['Chính phủ'], symbol: /^CP$/, level: 'tw' },
  { code: 'UBTVQH', names: ['Ủy ban Thường vụ Quốc hội'], symbol: /^UBTVQH\d*$/, level: 'tw' },
  { code: 'QH', names: ['Quốc hội'], symbol: /^QH\d*$/, level: 'tw' },
  { code: 'CTN', names: ['Chủ tịch nước'], symbol: /^CTN$/, level: 'tw' },
  { code: 'BNV', names: ['Bộ Nội vụ'], symbol: /^BNV$/, level: 'tw' },
  { code: 'BTC', names: ['Bộ Tài chính'], symbol: /^BTC$/, level: 'tw' },
  { code: 'BTP', names: ['Bộ Tư pháp'], symbol: /^BTP$/, level: 'tw' },
  {
    code: 'TW',
    names: [
      'Ban Chấp hành Trung ương Đảng',
      'Ban Chấp hành Trung ương',
      'BCH Trung ương Đảng',
      'BCH Trung ương',
      'Trung ương Đảng',
      'Bộ Chính trị',
      'Ban Bí thư',
    ],
    symbol: /^TW$/,
    level: 'tw',
  },
  { code: 'TU', names: ['Ban Thường vụ Tỉnh ủy', 'Tỉnh ủy'], symbol: /^TU$/, level: 'tinh' },
  { code: 'HU', names: ['Ban Thường vụ Huyện ủy', 'Huyện ủy'], symbol: /^HU$/, level: 'huyen' },
  {
    code: 'TTHĐND',
    names: ['Thường trực Hội đồng nhân dân', 'Thường trực HĐND', 'TT HĐND', 'TTHĐND'],
    symbol: /^TTHĐND$/,
  },
  { code: 'HĐND', names: ['Hội đồng nhân dân', 'HĐND'], symbol: /^HĐND$/ },
  {
    code: 'MTTQ',
    names: ['Ủy ban Mặt trận Tổ quốc Việt Nam', 'Ủy ban Mặt trận Tổ quốc', 'UBMTTQ'],
    symbol: /^MTTQ$/,
  },
  {
    code: 'UBND',
    names: ['Chủ tịch Ủy ban nhân dân', 'Chủ tịch UBND', 'Ủy ban nhân dân', 'UBND'],
    symbol: /^UBND$/,
  },
  { code: 'ĐU', names: ['Ban Thường vụ Đảng ủy', 'Đảng ủy', 'ĐU'], symbol: /^ĐU$/ },
  { code: 'BCĐ', names: ['Ban Chỉ đạo', 'BCĐ'], symbol: /^BCĐ$/ },
];

/** Bodies whose documents may carry another body's symbol: a standing committee signs for its council. */
const SIGNS_FOR: Record<string, string[]> = { HĐND: ['TTHĐND'], TTHĐND: ['HĐND'] };

const LEVEL_WORDS: [string, IssuerLevel][] = [
  ['thị trấn', 'xa'],
  ['thị xã', 'huyen'],
  ['thành phố', 'huyen'],
  ['phường', 'xa'],
  ['đặc khu', 'xa'],
  ['xã', 'xa'],
  ['huyện', 'huyen'],
  ['quận', 'huyen'],
  ['tỉnh', 'tinh'],
];

/** Body names by their first word, as written and as spelling key; longest names first. */
const NAMES = new Map<string, { key: string; lower: string; count: number; body: Body }[]>();
for (const body of BODIES) {
  for (const name of body.names) {
    const key = spellingKey(name);
    const entry = { key, lower: name.toLowerCase(), count: name.split(' ').length, body };
    for (const first of new Set([key.split(' ')[0]!, name.split(' ')[0]!.toLowerCase()])) {
      const list = NAMES.get(first) ?? [];
      list.push(entry);
      list.sort((a, b) => b.count - a.count);
      NAMES.set(first, list);
    }
  }
}

/** An issuing body read from how the notice names it. */
export interface IssuerReading {
  /** The body's code ("UBND"), or undefined when the body is not one diemmac knows. */
  body?: string | undefined;
  level?: IssuerLevel | undefined;
  /** The place as written ("Định Hoá"), when named. */
  place?: string | undefined;
  /** How many characters of the text the issuer took; the rest is the subject. */
  length: number;
}

/**
 * Reads the issuing body at the start of a text: a known body, a level word, a place in capitals.
 * Stops there, so "Thủ tướng Chính phủ phê duyệt Bộ chỉ số" reads "Thủ tướng Chính phủ".
 *
 * @example
 * readIssuer('UBND huyện Định Hoá về kiểm soát TTHC') // { body: 'UBND', level: 'huyen', place: 'Định Hoá', length: 20 }
 */
export function readIssuer(written: string): IssuerReading | undefined {
  const text = written.normalize('NFC');
  const lead = text.slice(0, wordEnds(text, 8).at(-1) ?? 0).split(' ');
  const first = (lead[0] ?? '').toLowerCase();
  const candidates = NAMES.get(first) ?? NAMES.get(spellingKey(first));
  if (!candidates) return undefined;
  const lower = lead.map((w) => w.toLowerCase());
  const known = candidates.find(({ key, lower: name, count }) => {
    if (count > lower.length) return false;
    const written = lower.slice(0, count).join(' ');
    return written === name || spellingKey(written) === key;
  });
  if (!known) return undefined;
  let end = lead.slice(0, known.count).join(' ').length;
  let level = known.body.level;
  let place: string | undefined;
  if (!known.body.level) {
    const rest = text.slice(end);
    const after = lower.slice(known.count);
    const levelWord = LEVEL_WORDS.find(([word]) => after.slice(0, word.split(' ').length).join(' ') === word);
    if (levelWord && rest.startsWith(' ')) {
      level = levelWord[1];
      end += 1 + lead.slice(known.count, known.count + levelWord[0].split(' ').length).join(' ').length;
      const capitals = capitalWordsAt(text, end);
      if (capitals > 0) {
        place = text.slice(end, end + capitals).trim();
        end += capitals;
      }
    }
  }
  return { body: known.body.code, level, place, length: end };
}

/**
 * The body a symbol's issuer part names ("UBND" → UBND, "QH13" → QH), or undefined.
 *
 * @example
 * bodyOfSymbol('QH13') // 'QH'
 */
export function bodyOfSymbol(symbol: string | undefined): string | undefined {
  if (!symbol) return undefined;
  return BODIES.find((b) => b.symbol.test(symbol))?.code;
}

/** The fixed level of a central body ("CP" → "tw"), undefined for local bodies. */
export function fixedLevel(body: string | undefined): IssuerLevel | undefined {
  return BODIES.find((b) => b.code === body)?.level;
}

/** Whether a document with this symbol's body may be said to be the stated body's. */
export function symbolFitsIssuer(symbolBody: string, statedBody: string): boolean {
  return symbolBody === statedBody || (SIGNS_FOR[symbolBody] ?? []).includes(statedBody);
}
