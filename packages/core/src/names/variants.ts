import { Decimal } from '../numbers/decimal.js';
import { COMMON_LETTERS, isCommonText } from '../shared/common-text.js';
import { CODE_FIELDS } from '../shared/fields.js';
import { letterAt } from '../shared/letters.js';
import { once } from '../shared/once.js';
import type { Path } from '../shared/types.js';
import { mapUnits } from '../shared/units.js';
import type { Supervision } from '../supervision/schema.js';
import { BONE_LETTERS } from './letter-tables.js';
import { isUpper, skeleton, spellingKey } from './normalize.js';

/**
 * How a variant differs from the declared spelling: only marks left out ("Diêm Mặc" for "Điềm
 * Mặc", "đ" written "d" included), or marks that are not the declared ones ("Điềm Mạc").
 *
 * @example
 * markDifference('Điềm Mặc', 'Diem Mac') // 'missing'
 */
export function markDifference(name: string, variant: string): 'missing' | 'wrong' {
  const a = [...name.normalize('NFC').toLowerCase()];
  const b = [...variant.normalize('NFC').toLowerCase()];
  if (a.length !== b.length) return 'wrong';
  const marks = (letter: string) =>
    new Set([...(letter === 'đ' ? 'd\u0335' : letter.normalize('NFD'))].slice(1));
  return a.every((letter, i) => {
    const have = marks(b[i]!);
    const want = marks(letter);
    return [...have].every((m) => want.has(m));
  })
    ? 'missing'
    : 'wrong';
}

/** A name as written somewhere in a text. */
export interface Spelling {
  /** The declared name it is a spelling of. */
  name: string;
  /** The words as written, NFC: "Diêm Mặc". */
  written: string;
  start: number;
  /** Not the declared spelling (old and new tone placement count as the same spelling). */
  variant: boolean;
}

const UNIT_WORDS = ['xã', 'phường', 'thị trấn', 'đặc khu', 'huyện', 'quận', 'thị xã', 'thành phố', 'tỉnh'];
const UNIT_KEYS = new Set(UNIT_WORDS.map(spellingKey));
/** A unit word just before a position: "… xã " (unit words have one spelling each). */
// Made at first use: only text beyond the common ranges asks it.
const AFTER_UNIT = once(() => new RegExp(`[^\\p{L}\\p{M}](?:${UNIT_WORDS.join('|')})\\s+$`, 'iu'));
// The same for text of the common ranges only (see shared/common-text.ts), where letters and marks are
// these few ranges and case folds as /i folds it: compiled in microseconds, not milliseconds.
const AFTER_UNIT_COMMON = new RegExp(`[^${COMMON_LETTERS}](?:${UNIT_WORDS.join('|')})\\s+$`, 'i');

const SPACE = /\s/;
/** Only ASCII (/^\p{ASCII}*$/u, with a class V8 reads in microseconds). */
const ASCII = /^[\0-\x7f]*$/;

const ASCII_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/**
 * Every Latin letter from Basic Latin to Latin Extended Additional (NFC, one UTF-16 unit each),
 * by its skeleton letter: "D", "đ", "Đ" → "d"; "é", "ê", "ề", "E" → "e", as a table by code unit
 * (every such letter is one unit below U+1EFA, the table's last being "ỹ"). A text is compared
 * with a name through these bones, letter for letter, so that no regular expression is ever
 * built from a user's text: a name may hold any punctuation and be of any length. Built once from
 * Unicode itself and never changed afterwards, so it cannot make two checks differ.
 */
const BONE_UNITS = new Uint16Array(0x1efa);
for (let i = 0; i < ASCII_LETTERS.length; i++)
  BONE_UNITS[ASCII_LETTERS.charCodeAt(i)] = ASCII_LETTERS.charCodeAt(i) | 0x20;
// The letters with marks, written out from Unicode by scripts/letter-tables.mjs (asking each of
// them took milliseconds at every start), read in place: each line is a letter and its bone, one
// unit each. The test beside this file asks every code point.
for (let at = 0; at < BONE_LETTERS.length; at += 3)
  BONE_UNITS[BONE_LETTERS.charCodeAt(at)] = BONE_LETTERS.charCodeAt(at + 1);
/** Whether a character is one of the letters of BONE_UNITS. */
function hasBone(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return ch.length === 1 && code < BONE_UNITS.length && BONE_UNITS[code] !== 0;
}

/**
 * A text with each letter replaced by its bone and everything else left as it is, unit for unit,
 * so that a position in it is the same position in the text. ASCII text only needs lower case.
 */
function bones(nfc: string): string {
  if (ASCII.test(nfc)) return nfc.toLowerCase();
  return mapUnits(nfc, BONE_UNITS);
}

/** A character of a name as the scan compares it: a letter as its bone, anything else as itself. */
function boneOfNameCharacter(ch: string): string {
  const bone = skeleton(ch);
  // A letter of the tables is a letter (\p{L}); only another character asks the full class.
  return /^[a-z]$/.test(bone) && (hasBone(ch) || LETTER().test(ch)) ? bone : ch;
}
const LETTER = once(() => /\p{L}/u);

/** A name's finder: its words as bones, any marks, any case, whole words. */
export interface NameFinder {
  name: string;
  /** The name's words as bones: "Điềm Mặc" → ["diem", "mac"]. */
  words: string[];
  /** Between two words, how many white-space characters the name has (a text may have more). */
  gaps: number[];
  /** The name's spelling key, and which of its words start with a capital. */
  key: string;
  capitals: boolean[];
  /**
   * A regular expression for every spelling, for callers that want one: the scan does not use
   * it. Built on first use with every character of the name escaped; for a name longer than
   * 1,000 characters, the name as written (a letter-by-letter pattern would be too large).
   */
  readonly pattern: RegExp;
}

/**
 * A finder for every spelling of a name: each letter stands for itself with any diacritic or
 * none, in either case, so that "Điềm Mặc" finds "Diêm Mạc", "Điem Mặc", "ĐIỀM MẶC". Any other
 * character (a digit, "-", "(", "\"…) stands for itself.
 *
 * @example
 * spellingsOf([nameFinder('Điềm Mặc')], 'xã Diêm Mạc').length // 1
 */
export function nameFinder(name: string): NameFinder {
  const nfc = name.normalize('NFC').trim();
  const words: string[] = [];
  const gaps: number[] = [];
  let word = '';
  let gap = 0;
  for (const ch of nfc) {
    if (SPACE.test(ch)) {
      gap++;
      continue;
    }
    if (gap > 0) {
      words.push(word);
      gaps.push(gap);
      word = '';
      gap = 0;
    }
    word += boneOfNameCharacter(ch);
  }
  if (word !== '') words.push(word);
  let pattern: RegExp | undefined;
  return {
    name: nfc,
    words,
    gaps,
    key: spellingKey(nfc),
    capitals: nfc.split(/\s+/).map((w) => isUpper(w.charAt(0))),
    get pattern() {
      pattern ??= namePattern(nfc);
      return pattern;
    },
  };
}

/** Each bone with every letter of that bone ("d" → "DdĎďĐđ…"), from BONE_UNITS; made at first use (a finder's `pattern`). */
const LETTERS_BY_BONE = once(() => {
  const letters = new Map<string, string>();
  for (let code = 0; code < BONE_UNITS.length; code++) {
    if (BONE_UNITS[code] === 0) continue;
    const bone = String.fromCharCode(BONE_UNITS[code]!);
    letters.set(bone, (letters.get(bone) ?? '') + String.fromCharCode(code));
  }
  return letters;
});
const escapeForPattern = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** The regular-expression form of a finder (see `NameFinder.pattern`). */
function namePattern(nfc: string): RegExp {
  if (nfc.length > 1000) return new RegExp(escapeForPattern(nfc), 'gu');
  let body = '';
  for (const ch of nfc) {
    const bone = boneOfNameCharacter(ch);
    if (SPACE.test(ch)) body += '\\s+';
    else if (bone !== ch || hasBone(ch)) body += `[${LETTERS_BY_BONE().get(bone) ?? ''}]`;
    else body += escapeForPattern(ch);
  }
  return new RegExp(body, 'gu');
}

/** Whether a name's words stand at `at` in a text (given with its bones): the end, or -1. */
function matchAt(finder: NameFinder, text: string, textBones: string, at: number): number {
  const { words, gaps } = finder;
  let i = at;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      // A gap takes every white space there is: the next word never starts with one.
      let run = 0;
      while (i < text.length && SPACE.test(text.charAt(i))) {
        run++;
        i++;
      }
      if (run < gaps[w - 1]!) return -1;
    }
    const word = words[w]!;
    if (!textBones.startsWith(word, i)) return -1;
    i += word.length;
  }
  return i;
}

/**
 * Every place a text writes one of the names, in whatever spelling: words whose letters are the
 * name's once every diacritic is set aside, each starting with a capital as a name does. A
 * one-word name is only looked for after "xã", "huyện", "tỉnh"…, where it cannot be an ordinary
 * word. The text is read into its bones once; each name is then found with `indexOf`, leftmost
 * first and places not overlapping.
 *
 * @example
 * spellingsOf(['Điềm Mặc'], 'UBND xã Diêm Mạc và xã Điềm Mặc').map((s) => [s.written, s.variant])
 * // [['Diêm Mạc', true], ['Điềm Mặc', false]]
 */
export function spellingsOf(names: readonly (string | NameFinder)[], text: string): Spelling[] {
  const finders = names.map((n) => (typeof n === 'string' ? nameFinder(n) : n));
  const nfc = text.normalize('NFC');
  // A text none of whose words could spell a name is not read into its bones.
  if (!mayWriteAny(finders, nfc)) return [];
  return spellingsIn(finders, { nfc, bones: bones(nfc) });
}

/** A text made ready for the name scan: NFC, and its bones (see `bones`). */
export interface PreparedText {
  nfc: string;
  bones: string;
}

/**
 * Whether a text (NFC) may write one of the names: each finder's pattern (every spelling, no word
 * bounds) found in it. A text where none is found has no spelling, and needs no bones: that
 * letter-by-letter pass is what a first check paid for most, before its code was compiled.
 */
export function mayWriteAny(names: readonly NameFinder[], nfc: string): boolean {
  for (const finder of names) {
    // A long name's pattern is the name as written, not every spelling: no shortcut then.
    if (finder.name.length > 1000) return true;
    // `search` leaves the global pattern's `lastIndex` as it found it.
    if (nfc.search(finder.pattern) !== -1) return true;
  }
  return false;
}

/** Prepares a text for `spellingsIn`: worth keeping when the same text is scanned again. */
export function prepareText(text: string): PreparedText {
  const nfc = text.normalize('NFC');
  return { nfc, bones: bones(nfc) };
}

/** `spellingsOf` for a text already prepared. */
export function spellingsIn(names: readonly (string | NameFinder)[], text: PreparedText): Spelling[] {
  const { nfc, bones: textBones } = text;
  const common = isCommonText(nfc);
  const out: Spelling[] = [];
  for (const entry of names) {
    const finder = typeof entry === 'string' ? nameFinder(entry) : entry;
    const { name, key, capitals } = finder;
    const first = finder.words[0];
    if (first === undefined) continue;
    const single = capitals.length === 1;
    let from = 0;
    for (;;) {
      const start = textBones.indexOf(first, from);
      if (start < 0) break;
      const end = matchAt(finder, nfc, textBones, start);
      if (end < 0) {
        from = start + 1;
        continue;
      }
      from = end;
      if (letterAt(nfc, start - 1) || letterAt(nfc, end)) continue;
      const words = nfc.slice(start, end).split(/\s+/);
      if (words.some((w, i) => capitals[i] && !isUpper(w.charAt(0)))) continue;
      const before = Math.max(0, start - 16);
      if (
        single &&
        !(common ? AFTER_UNIT_COMMON : AFTER_UNIT()).test(
          (before === 0 ? ' ' : '') + nfc.slice(before, start),
        )
      )
        continue;
      const written = words.join(' ');
      out.push({ name, written, start, variant: written !== name && spellingKey(written) !== key });
    }
  }
  return out;
}

/**
 * The names the supervising body declares, which every other spelling is measured against: the
 * commune, its district and province, and the place named in the body's own name.
 *
 * @example
 * declaredNames(model) // ['Điềm Mặc', 'Định Hóa', 'Thái Nguyên']
 */
export function declaredNames(supervision: Supervision): string[] {
  const { locality, body } = supervision;
  const candidates = [locality.name, locality.district, locality.province];
  for (const bodyName of [body.name, body.shortName]) {
    if (bodyName) candidates.push(placeIn(bodyName));
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of candidates) {
    const key = name ? spellingKey(name.trim()) : '';
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name!.trim().normalize('NFC'));
  }
  return out;
}

/** The place in a body's name: the capitalised words after its unit word ("… xã Điềm Mặc"). */
function placeIn(bodyName: string): string | undefined {
  const words = bodyName.normalize('NFC').split(/\s+/);
  for (let i = words.length - 1; i >= 0; i--) {
    const one = spellingKey(words[i]!);
    const two = i >= 1 ? `${spellingKey(words[i - 1]!)} ${one}` : '';
    if (UNIT_KEYS.has(one) || UNIT_KEYS.has(two)) {
      const place = words.slice(i + 1);
      return place.length > 0 && place.every((w) => isUpper(w.charAt(0))) ? place.join(' ') : undefined;
    }
  }
  return undefined;
}

/**
 * Every text field of a supervision with its path, except the declarations the names are read
 * from (`body`, `locality`), figures and dates.
 *
 * @example
 * [...textFields(model)].find((t) => t.text.includes('Diềm Mặc'))?.path // ['sections', 1, …, 'paragraphs', 0]
 */
export function textFields(supervision: Supervision): { text: string; path: Path }[] {
  const out: { text: string; path: Path }[] = [];
  // One path stack, copied only for the strings found: most nodes are not text.
  const stack: Path = [];
  const walk = (node: unknown) => {
    if (typeof node === 'string') {
      out.push({ text: node, path: [...stack] });
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        stack.push(i);
        walk(node[i]);
        stack.pop();
      }
      return;
    }
    const record = node as Record<string, unknown>;
    if (record.value instanceof Decimal) return;
    if (typeof record.year === 'number' && typeof record.written === 'string') return;
    // A structured citation's subject, issuer and title repeat its written text: one place, not four.
    const citation = typeof record.text === 'string' && typeof record.type === 'string';
    for (const key in record) {
      if (citation && key !== 'text') continue;
      if (CODE_FIELDS.has(key) || (stack.length === 0 && (key === 'body' || key === 'locality'))) continue;
      stack.push(key);
      walk(record[key]);
      stack.pop();
    }
  };
  walk(supervision);
  return out;
}
