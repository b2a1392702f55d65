// Vietnamese spelling keys. A syllable carries at most one tone mark (huyền, sắc, hỏi, ngã, nặng);
// older typing puts it on a different vowel of "oa", "oe", "uy" ("Hoà", "Thuỷ") than the newer
// one ("Hòa", "Thủy"). Both are the same spelling: keys here ignore where the mark sits.

import { hasMark, isUpperLetter, wordRuns } from '../shared/letters.js';
import { once } from '../shared/once.js';
import { fromUnits } from '../shared/units.js';
import { BARE_LETTERS, TONED_LETTERS } from './letter-tables.js';

/** Combining tone marks: grave, acute, tilde, hook above, dot below. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
/**
 * Every combining mark, tones and vowel marks (circumflex, breve, horn) alike; and a word of
 * letters and marks. Asked only of text with combining marks (decomposed), so made at first use:
 * reading a pattern of the full Unicode classes costs V8 a fraction of a millisecond.
 */
const MARK = once(() => /\p{M}/gu);
const WORD = once(() => /[\p{L}\p{M}]+/gu);

// Per-letter tables from Unicode itself (written out by scripts/letter-tables.mjs, which asks the
// blocks that decompose; reading them is what a start pays): each precomposed Latin letter with a
// tone mark as its toneless letter and its mark, and each letter as its bare skeleton letter.
// The maps by string are made at first use: text of Vietnamese letters (NFC) never asks them
// (the tables by code unit below answer it), and building them was a part of every start.
const TONED = once(() => {
  const toned = new Map<string, [string, string]>();
  for (const entry of TONED_LETTERS.split('\n')) {
    const tab = entry.indexOf('\t');
    toned.set(entry.charAt(0), [entry.slice(1, tab), entry.slice(tab + 1)]);
  }
  return toned;
});
const BARE = once(() => {
  const bare = new Map<string, string>();
  for (const entry of BARE_LETTERS.split('\n')) bare.set(entry.charAt(0), entry.slice(1));
  return bare;
});
// The same table by code unit, for text without combining marks: a toned letter's letter and
// mark are one unit each, except for a few letters outside Vietnamese ("Ḹ": L, macron, dot below),
// marked COMPLEX, whose text takes the way by strings. Read from the table's text in place
// (each line: the letter, its toneless letter, a tab, its marks), with no string made.
const COMPLEX = 0xffff;
const TONE_BASE = new Uint16Array(0x1efa);
const TONE_MARK = new Uint16Array(0x1efa);
for (let at = 0; at < TONED_LETTERS.length; ) {
  const tab = TONED_LETTERS.indexOf('\t', at);
  const newline = TONED_LETTERS.indexOf('\n', tab);
  const end = newline === -1 ? TONED_LETTERS.length : newline;
  const code = TONED_LETTERS.charCodeAt(at);
  if (code < TONE_BASE.length) {
    const one = tab === at + 2 && end === tab + 2;
    TONE_BASE[code] = one ? TONED_LETTERS.charCodeAt(at + 1) : COMPLEX;
    TONE_MARK[code] = one ? TONED_LETTERS.charCodeAt(tab + 1) : 0;
  }
  at = end + 1;
}
// BARE by code unit, where a letter's bare form is one unit; COMPLEX where it is not (none of
// Vietnamese: a combining mark alone, some letters of Indic scripts), whose text takes the map.
const BARE_UNITS = new Uint16Array(0x1efa);
for (let at = 0; at < BARE_LETTERS.length; ) {
  const newline = BARE_LETTERS.indexOf('\n', at);
  const end = newline === -1 ? BARE_LETTERS.length : newline;
  const code = BARE_LETTERS.charCodeAt(at);
  if (code < BARE_UNITS.length) BARE_UNITS[code] = end === at + 2 ? BARE_LETTERS.charCodeAt(at + 1) : COMPLEX;
  at = end + 1;
}
/** Only ASCII (/^\p{ASCII}*$/u, with a class V8 reads in microseconds). */
const ASCII = /^[\0-\x7f]*$/;

/**
 * One syllable (NFC) with its tone mark moved to the end: "Hoà" and "Hòa" give the same key.
 *
 * @example
 * syllableKey('hoà') === syllableKey('hòa') // true
 */
export function syllableKey(syllable: string): string {
  return moveTones(syllable);
}

/**
 * A text's spelling key: NFC, lower case, tone marks placed the same way in every syllable.
 * Two texts with the same key are the same spelling.
 *
 * @example
 * spellingKey('Định Hoá') === spellingKey('định hóa') // true
 * spellingKey('Diêm Mặc') === spellingKey('Điềm Mặc') // false
 */
export function spellingKey(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return moveTones(text.normalize('NFC').toLowerCase());
}

/**
 * Moves each syllable's tone marks to its end, in one pass over NFC text. Where a syllable ends
 * only has to be decided the same way for every placement of its marks, which it is: the letters
 * without their tones decide it.
 */
function moveTones(text: string): string {
  if (hasMark(text)) return text.replace(WORD(), slowSyllableKey);
  return moveTonesByUnit(text) ?? moveTonesByString(text);
}

/** `moveTones` of text with no combining mark, unit by unit; undefined at a COMPLEX letter. */
function moveTonesByUnit(text: string): string | undefined {
  // Each toned letter becomes two units (its letter, its mark): at most twice as long.
  const out = new Uint16Array(text.length * 2);
  let n = 0;
  // The marks waiting for the end of their syllable (rarely more than one), from `first` on.
  let first = -1;
  let tones = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const base = c < TONE_BASE.length ? TONE_BASE[c]! : 0;
    if (base === COMPLEX) return undefined;
    if (base !== 0) {
      out[n++] = base;
      if (tones++ === 0) first = i;
      continue;
    }
    if (tones > 0 && !isLetterCode(c)) {
      n = flushTones(text, first, i, out, n);
      tones = 0;
    }
    out[n++] = c;
  }
  if (tones > 0) n = flushTones(text, first, text.length, out, n);
  return fromUnits(out, n);
}

/** `moveTones` of text with no combining mark, letter by letter. */
function moveTonesByString(text: string): string {
  let out = '';
  let tones = '';
  for (const ch of text) {
    const toned = TONED().get(ch);
    if (toned) {
      out += toned[0];
      tones += toned[1];
      continue;
    }
    if (tones !== '' && !isLetterCode(ch.charCodeAt(0))) {
      out += tones;
      tones = '';
    }
    out += ch;
  }
  return out + tones;
}

/** Writes the tone marks of the toned letters of `text` between `from` and `to` at `n`. */
function flushTones(text: string, from: number, to: number, out: Uint16Array, n: number): number {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < TONE_MARK.length && TONE_MARK[c] !== 0) out[n++] = TONE_MARK[c]!;
  }
  return n;
}

/** Latin letters, Vietnamese ones included; the odd symbol counted as a letter does no harm here. */
const isLetterCode = (c: number) =>
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7);

/** Letters NFC could not compose: decompose, and move the marks the long way. */
function slowSyllableKey(syllable: string): string {
  const decomposed = syllable.normalize('NFD');
  const tones = decomposed.match(TONE) ?? [];
  return decomposed.replace(TONE, '').normalize('NFC') + tones.join('');
}

/**
 * The letters without any diacritic, "đ" read as "d", lower case: what is left when every mark
 * is lost or misplaced.
 *
 * @example
 * skeleton('Điềm Mặc') // 'diem mac'
 */
export function skeleton(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  const nfc = text.normalize('NFC');
  const out = bareByUnit(nfc) ?? bareByString(nfc);
  return (hasMark(out) ? out.normalize('NFD').replace(MARK(), '') : out).toLowerCase();
}

/** Each letter of `nfc` as its bare form, unit by unit; undefined at a COMPLEX letter. */
function bareByUnit(nfc: string): string | undefined {
  const out = new Uint16Array(nfc.length);
  for (let i = 0; i < nfc.length; i++) {
    const c = nfc.charCodeAt(i);
    const bare = c < BARE_UNITS.length ? BARE_UNITS[c]! : 0;
    if (bare === COMPLEX) return undefined;
    out[i] = bare || c;
  }
  return fromUnits(out);
}

/** Each letter of `nfc` as its bare form, letter by letter. */
function bareByString(nfc: string): string {
  let out = '';
  for (const letter of nfc) out += BARE().get(letter) ?? letter;
  return out;
}

/**
 * Words of a text in spelling-key form, punctuation dropped.
 *
 * @example
 * words('Kiểm tra, rà soát (năm 2024)') // ['kiểm', 'tra', 'rà', 'soát', 'năm', '2024']
 */
export function words(text: string): string[] {
  return wordRuns(spellingKey(text));
}

/**
 * A text reduced to its words joined by single spaces, padded with a space at each end, so that
 * a phrase can be searched as whole words with `includes(' phrase ')`.
 *
 * @example
 * phraseKey('Cán bộ, công chức') // ' cán bộ công chức '
 */
export function phraseKey(text: string): string {
  return ` ${words(text).join(' ')} `;
}

/** Whether a letter is written in upper case (Vietnamese letters included). */
export function isUpper(letter: string): boolean {
  const cp = letter.codePointAt(0);
  return cp !== undefined && isUpperLetter(cp);
}
