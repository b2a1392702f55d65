import type { CivilDate } from '../figures/values.js';
import { phraseKey } from '../names/normalize.js';
import { COMMON_LETTERS, COMMON_NUMBERS, isCommonText } from '../shared/common-text.js';
import { isLetterOrMark } from '../shared/letters.js';
import { once } from '../shared/once.js';
import { readIssuer } from './issuers.js';
import type { Citation, Relation, RelationKind } from './schema.js';
import { type DocumentType, typeAtStart, typeOfAbbreviation } from './types.js';

/** Why a citation could not be read. */
export type CitationReadError = 'empty' | 'no-type' | 'no-number' | 'bad-symbol' | 'bad-date';

export type CitationReading = { ok: true; citation: Citation } | { ok: false; reason: CitationReadError };

/**
 * Thrown by `parseCitationUnsafe`: the reason and the text.
 *
 * @example
 * try { parseCitationUnsafe('Nghị quyết của Chính phủ') } catch (e) { (e as CitationReadFailure).reason } // 'no-number'
 */
export class CitationReadFailure extends Error {
  override readonly name = 'CitationReadFailure';
  constructor(
    readonly reason: CitationReadError,
    readonly text: string,
  ) {
    super(`Cannot read the citation "${text}": ${reason}`);
  }
}

/**
 * Reads a written citation into its parts. Never throws: what it cannot read it says why.
 *
 * Grammar (spaces, case and tone placement are free; dashes may be "-", "–" or "—"):
 *
 *     citation  := type [title] [","] [["số"] [":"] numsym] clauses
 *     numsym    := n "/" [yyyy "/"] ABBR "-" ISSUER      10/KH-UBND, 33/2023/NĐ-CP
 *                | n "-" ABBR "/" ISSUER                 65-QĐ/ĐU (Party)
 *                | n "/" [yyyy "/"] ISSUER ["-" UNIT]     87/2015/QH13, 123/UBND-VP
 *     clauses   := in any order [","] "ngày" date, [","] "của" issuer; then [","] ["về"] subject
 *     date      := d "/" m "/" yyyy | d "tháng" m "năm" yyyy     (d, m: one or two digits)
 *
 * A law may stand by its name alone ("Luật Thực hiện dân chủ ở cơ sở"); any other type needs a
 * number. The subject's relations come from a verb before a numbered document inside it:
 * "sửa đổi …" amends, "thay thế …" replaces, "thực hiện/triển khai/hướng dẫn …" implements.
 *
 * @example
 * parseCitation('Kế hoạch số 43 /KH-UBND ngày 18/03/2024 về tự kiểm tra công vụ')
 * // { ok: true, citation: { type: 'KH', number: '43', symbol: 'UBND', date: { year: 2024, month: 3, day: 18, written: '18/03/2024' }, subject: 'tự kiểm tra công vụ' } }
 */
export function parseCitation(text: string): CitationReading {
  const s = cleanCitation(text);
  if (s === '') return { ok: false, reason: 'empty' };
  const head = readHead(s, 0, true);
  if (!head.ok) return head;
  const { citation } = head;
  let i = head.end;
  if (head.open) {
    // A law by its name only: the name runs to the end, or to its date.
    const date = readDateClause(s, i);
    if (date && !date.ok) return date;
    if (date) {
      citation.date = date.date;
      i = date.end;
    }
    return i === s.length ? { ok: true, citation } : { ok: false, reason: 'no-number' };
  }
  for (let round = 0; round < 2; round++) {
    if (!citation.date) {
      const date = readDateClause(s, i);
      if (date && !date.ok) return date;
      if (date) {
        citation.date = date.date;
        i = date.end;
      }
    }
    if (citation.issuer === undefined) {
      const issuer = readIssuerClause(s, i);
      if (issuer) {
        citation.issuer = issuer.issuer;
        i = issuer.end;
      }
    }
  }
  const subject = subjectAt(s, i);
  if (subject !== '') {
    citation.subject = subject;
    const relations = relationsOf(subject);
    if (relations.length > 0) citation.relations = relations;
  }
  return { ok: true, citation };
}

/**
 * The rest of a cleaned citation from `at` as its subject: /^,?\s*(?:về\s+)?/iu dropped, read by
 * hand (a cleaned text's spaces are single " ", and its end is trimmed).
 */
export function subjectAt(s: string, at: number): string {
  let i = at;
  if (s.charCodeAt(i) === 44) i++;
  while (s.charCodeAt(i) === 32) i++;
  if (s.slice(i, i + 3).toLowerCase() === 'về ') i += 3;
  return i === 0 ? s : s.slice(i);
}

/**
 * Like `parseCitation`, but throws a `CitationReadFailure` for a citation it cannot read.
 *
 * @example
 * parseCitationUnsafe('Nghị định 130/2005/NĐ-CP').year // 2005
 */
export function parseCitationUnsafe(text: string): Citation {
  const r = parseCitation(text);
  if (!r.ok) throw new CitationReadFailure(r.reason, text);
  return r.citation;
}

/** A numbered document named inside a text, where it stands. */
export interface CitationSpan {
  /** Offsets in the text as cleaned: NFC, one kind of dash, single spaces. */
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  citation: Citation;
}

/**
 * The numbered documents a text names ("… triển khai thực hiện Nghị quyết số 23/NQ-HĐND ngày
 * 18/07/2024 của Hội đồng nhân dân huyện"), each with its date and issuer when they follow it.
 *
 * @example
 * findCitations('sửa đổi Nghị định số 130/2005/NĐ-CP').map((c) => c.text) // ['Nghị định số 130/2005/NĐ-CP']
 */
export function findCitations(text: string): CitationSpan[] {
  const s = cleanCitation(text);
  const out: CitationSpan[] = [];
  // Where a word starts with a letter; for text of the common ranges the same with small classes
  // (shared/letters.ts), which V8 compiles in microseconds instead of milliseconds.
  const common = isCommonText(s);
  const starts = common ? new RegExp(COMMON_WORD_START) : new RegExp(WORD_START());
  const numbers = common ? new RegExp(COMMON_NUMBERED.source, 'g') : new RegExp(NUMBERED().source, 'gu');
  let next = -1;
  for (let m = starts.exec(s); m; m = starts.exec(s)) {
    // A type's name is followed by its number within a few words: skip words far from any number.
    if (next < m.index) {
      numbers.lastIndex = m.index;
      next = numbers.exec(s)?.index ?? Number.POSITIVE_INFINITY;
    }
    if (next - m.index > NEAR_NUMBER) continue;
    const head = readHead(s, m.index, false);
    if (!head.ok || head.open) continue;
    const { citation } = head;
    let end = head.end;
    const date = readDateClause(s, end);
    if (date?.ok) {
      citation.date = date.date;
      end = date.end;
    }
    const issuer = readIssuerClause(s, end, true);
    if (issuer) {
      citation.issuer = issuer.issuer;
      end = issuer.end;
    }
    out.push({ start: m.index, end, text: s.slice(m.index, end), citation });
    starts.lastIndex = end;
  }
  return out;
}

// Where a word starts; the full classes are asked only of text beyond the common ranges, and
// made at their first use (shared/once.ts).
const WORD_START = once(() => /(?<![\p{L}\p{M}\p{N}])\p{L}/gu);
const COMMON_WORD_START = new RegExp(`(?<![${COMMON_LETTERS}${COMMON_NUMBERS}])[${COMMON_LETTERS}]`, 'g');
/** Where a numbered document may be: a number with a symbol, or "số" and a number. */
const NUMBERED = once(() => /\d\s*[/-]\s*[\p{L}\d]|số\s*:?\s*\d/u);
/** The same within the common ranges, where \p{L} is COMMON_LETTERS. */
const COMMON_NUMBERED = new RegExp(`\\d\\s*[/-]\\s*[${COMMON_LETTERS}\\d]|số\\s*:?\\s*\\d`);

/**
 * Whether a text names a numbered document somewhere: /\d\s*[/-]\s*[\p{L}\d]|số\s*:?\s*\d/u.test(text),
 * with the small class for text of the common ranges.
 *
 * @example
 * mayNameNumbered('theo Nghị định số 61/2018/NĐ-CP') // true
 */
export function mayNameNumbered(text: string): boolean {
  return (isCommonText(text) ? COMMON_NUMBERED : NUMBERED()).test(text);
}

/** The longest stretch from a type's first letter to its number: "Thông tư liên tịch số: 1". */
const NEAR_NUMBER = 32;

/**
 * NFC, one kind of dash, single spaces, no trailing punctuation: the same as
 * text.normalize('NFC').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' ').trim().replace(/[\s;,.:]+$/, '').
 *
 * @example
 * cleanCitation(' Kế hoạch  số 10/KH–UBND; ') // 'Kế hoạch số 10/KH-UBND'
 */
export function cleanCitation(text: string): string {
  let s = text.normalize('NFC');
  // Most texts have nothing to replace, and a global replace copies the text all the same.
  if (UNCLEAN.test(s)) s = s.replace(DASHES, '-').replace(SPACES, ' ');
  // Every space is now a single " ". Trimmed by hand: /[\s;,.:]+$/ is tried at every space of
  // the text before it fails, a fifth of the time a citation took to read.
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) === 32) start++;
  while (end > start && TRAILING.includes(s.charAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /\s+/g;
/** A dash to replace, two spaces in a row, or a space other than " ". */
const UNCLEAN = /[\u2010-\u2015\u2212]|\s\s|[^\S ]/;
/** What a citation's end sheds: " ;,.:" (after spaces are made single " "). */
const TRAILING = ' ;,.:';

type Head =
  | { ok: true; citation: Citation; end: number; open: boolean }
  | { ok: false; reason: CitationReadError };

/**
 * The type, title and number with symbol. `open` is true for a named document with no number,
 * whose name runs on. Inside another text (`standalone` false) a title is not allowed.
 */
function readHead(s: string, start: number, standalone: boolean): Head {
  const word = typeAtStart(s.slice(start));
  let i = start + (word?.length ?? 0);
  let title: string | undefined;
  if (word) {
    // Inside a text the number must follow the type at once; only a standalone citation has a title.
    const rest = s.slice(i);
    const numbered = NUMBER_NEXT.exec(rest) ?? (standalone ? NUMBER_AHEAD.exec(rest) : null);
    if (numbered && numbered.index > 0) {
      if (!standalone) return { ok: false, reason: 'no-number' };
      title = s.slice(i, i + numbered.index).trim();
      // A short name between the type and its number ("Thông báo kết luận số 05/TB-HĐND"); a long
      // stretch is prose that happens to name a numbered document later.
      if (!word.type.named && (title.split(' ').length > 4 || /,|;| của | về /u.test(` ${title} `))) {
        return { ok: false, reason: 'no-number' };
      }
      i += numbered.index;
    } else if (!numbered) {
      if (!standalone) return { ok: false, reason: 'no-number' };
      if (!word.type.named) return { ok: false, reason: 'no-number' };
      const until = /,?\sngày\s+\d/iu.exec(s.slice(i));
      const name = s.slice(i, until ? i + until.index : s.length).trim();
      if (name === '') return { ok: false, reason: 'no-number' };
      return {
        ok: true,
        citation: { type: word.type.code, title: name },
        end: until ? i + until.index : s.length,
        open: true,
      };
    }
  }
  const lead = /^,?\s*(?:số\s*:?\s*)?/iu.exec(s.slice(i));
  i += lead?.[0].length ?? 0;
  if (!word && !/\d/.test(s.charAt(i))) return { ok: false, reason: 'no-type' };
  const numsym = readNumberSymbol(s, i, word?.type);
  if (!numsym.ok) return numsym;
  const citation: Citation = { ...numsym.citation };
  if (title !== undefined) citation.title = title;
  return { ok: true, citation, end: numsym.end, open: false };
}

/** Where a number starts: "số 10/…", "số: 03/…", "số 10", or without "số" " 130/2005/…", " 65-QĐ/…". */
const NUMBER_AHEAD = /(?<!ngày)(?:^|,?\s)(?=số\s*:?\s*\d|\d{1,6}\s*[/-]\s*[A-Za-zĐđ0-9])/iu;
const NUMBER_NEXT = /^,?\s(?=số\s*:?\s*\d|\d{1,6}\s*[/-]\s*[A-Za-zĐđ0-9])/iu;

const SPACE = /\s/;
const SYMBOL_CHARACTER = /[A-Za-zĐđ0-9]/;
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/**
 * A "/KH" or "-UBND" of a number and symbol at `at`: the same as
 * /^\s*([/-])\s*([A-Za-zĐđ0-9]+)(?![\p{L}\p{M}])/u on the text from there, read without the
 * pattern's large class (which V8 took milliseconds to compile at a command's first citation).
 */
export function segmentAt(s: string, at: number): { sep: string; text: string; end: number } | undefined {
  let i = at;
  while (i < s.length && SPACE.test(s.charAt(i))) i++;
  const sep = s.charAt(i);
  if (sep !== '/' && sep !== '-') return undefined;
  i++;
  while (i < s.length && SPACE.test(s.charAt(i))) i++;
  const from = i;
  while (i < s.length && SYMBOL_CHARACTER.test(s.charAt(i))) i++;
  if (i === from) return undefined;
  let end = i;
  if (end < s.length && isLetterOrMark(s.codePointAt(end)!)) {
    // The pattern gives characters back until no letter follows: it ends before a digit, or fails.
    end = i - 1;
    while (end > from && !isAsciiDigit(s.charCodeAt(end))) end--;
    if (end === from) return undefined;
  }
  return { sep, text: s.slice(from, end), end };
}

type NumberSymbol = { ok: true; citation: Citation; end: number } | { ok: false; reason: CitationReadError };

function readNumberSymbol(s: string, start: number, word: DocumentType | undefined): NumberSymbol {
  const number = /^\d{1,6}(?!\d)/.exec(s.slice(start));
  if (!number) return { ok: false, reason: 'no-number' };
  let i = start + number[0].length;
  const segments: { sep: string; text: string }[] = [];
  for (let m = segmentAt(s, i); m && segments.length < 8; m = segmentAt(s, i)) {
    segments.push({ sep: m.sep, text: m.text });
    i = m.end;
  }
  const base = { number: number[0] };
  const [first, second] = segments;
  if (!first) {
    // "Kế hoạch số 10": a number without a symbol is still a citation when the type is written out.
    return word
      ? { ok: true, citation: { type: word.code, ...base }, end: i }
      : { ok: false, reason: 'no-type' };
  }
  if (first.sep === '-') {
    const type = typeOfAbbreviation(first.text);
    if (!type || second?.sep !== '/' || /^\d+$/.test(second.text)) return { ok: false, reason: 'bad-symbol' };
    const symbol = [second.text, ...segments.slice(2).map((x) => x.text)].join('-');
    return { ok: true, citation: { type: type.code, ...base, symbol, party: true }, end: i };
  }
  let k = 0;
  let year: number | undefined;
  if (/^\d{4}$/.test(first.text) && second?.sep === '/') {
    year = Number(first.text);
    k = 1;
  }
  const withYear = year === undefined ? base : { ...base, year };
  const head = segments[k]!;
  const rest = segments.slice(k + 1);
  const abbreviated = typeOfAbbreviation(head.text);
  if (abbreviated && rest.length > 0 && !abbreviated.named) {
    if (rest.some((x) => /^\d+$/.test(x.text))) return { ok: false, reason: 'bad-symbol' };
    const symbol = rest.map((x) => x.text).join('-');
    return { ok: true, citation: { type: abbreviated.code, ...withYear, symbol }, end: i };
  }
  // No type in the symbol: a law ("87/2015/QH13") or an official letter ("123/UBND-VP").
  if (/^\d+$/.test(head.text) || rest.some((x) => x.sep !== '-')) return { ok: false, reason: 'bad-symbol' };
  const unit = rest.length > 0 ? rest.map((x) => x.text).join('-') : undefined;
  const type = word?.code ?? (unit ? 'CV' : undefined);
  if (!type) return { ok: false, reason: 'no-type' };
  const citation: Citation = { type, ...withYear, symbol: head.text };
  if (unit !== undefined) citation.unit = unit;
  return { ok: true, citation, end: i };
}

type DateClause = { ok: true; date: CivilDate; end: number } | { ok: false; reason: 'bad-date' };

/** ", ngày 20/7/2023" or " ngày 10 tháng 6 năm 2023"; undefined when no "ngày" comes next. */
function readDateClause(s: string, start: number): DateClause | undefined {
  const lead = /^,?\s*ngày\s*/iu.exec(s.slice(start));
  if (!lead) return undefined;
  const at = start + lead[0].length;
  const rest = s.slice(at);
  const short = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/.exec(rest);
  const long = short ? null : /^(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)/iu.exec(rest);
  if (short) {
    const date = {
      year: Number(short[4]),
      month: Number(short[3]),
      day: Number(short[1]),
      written: short[0],
    };
    return { ok: true, date, end: at + short[0].length };
  }
  if (long) {
    const date = { year: Number(long[3]), month: Number(long[2]), day: Number(long[1]), written: long[0] };
    return { ok: true, date, end: at + long[0].length };
  }
  return { ok: false, reason: 'bad-date' };
}

/**
 * ", của UBND huyện Định Hoá": a body diemmac knows stops where its name and place end; another
 * runs to "về", to a date or to the end (inside a text, `knownOnly`, only known bodies are read).
 */
function readIssuerClause(
  s: string,
  start: number,
  knownOnly = false,
): { issuer: string; end: number } | undefined {
  const lead = /^,?\s*của\s+/iu.exec(s.slice(start));
  if (!lead) return undefined;
  const at = start + lead[0].length;
  const rest = s.slice(at);
  const known = readIssuer(rest);
  if (known) return { issuer: rest.slice(0, known.length), end: at + known.length };
  if (knownOnly) return undefined;
  const stop = /,?\s(?:về\s|ngày\s+\d)/iu.exec(rest);
  const issuer = rest.slice(0, stop ? stop.index : rest.length).trim();
  return issuer === '' ? undefined : { issuer, end: at + (stop ? stop.index : rest.length) };
}

const VERBS: [RelationKind, string[]][] = [
  ['amends', ['sửa đổi', 'bổ sung', 'đính chính']],
  ['replaces', ['thay thế']],
  ['implements', ['thực hiện', 'triển khai', 'hướng dẫn', 'quy định chi tiết', 'thi hành', 'cụ thể hóa']],
];
const VERB_KEYS = VERBS.flatMap(([kind, phrases]) => phrases.map((p) => ({ kind, key: phraseKey(p) })));

/**
 * The documents a subject amends, replaces or implements, from the verb nearest before each.
 *
 * @example
 * relationsOf('sửa đổi, bổ sung Nghị định số 130/2005/NĐ-CP') // [{ kind: 'amends', target: 'Nghị định số 130/2005/NĐ-CP' }]
 */
export function relationsOf(subject: string): Relation[] {
  const out: Relation[] = [];
  if (!mayNameNumbered(subject)) return out;
  const s = cleanCitation(subject);
  let from = 0;
  for (const span of findCitations(s)) {
    // Only the words since the previous document, and not across a semicolon.
    const before = phraseKey(s.slice(from, span.start).split(';').at(-1) ?? '');
    let best: { kind: RelationKind; at: number } | undefined;
    for (const { kind, key } of VERB_KEYS) {
      const at = before.lastIndexOf(key);
      if (at >= 0 && (!best || at > best.at)) best = { kind, at };
    }
    if (best) out.push({ kind: best.kind, target: span.text });
    from = span.end;
  }
  return out;
}
