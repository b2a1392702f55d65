import type { Path } from '../checks/types.js';
import { Decimal } from '../numbers/decimal.js';
import type { Supervision } from '../supervision/schema.js';
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
const AFTER_UNIT = new RegExp(`[^\\p{L}\\p{M}](?:${UNIT_WORDS.join('|')})\\s+$`, 'iu');

const LETTER = /^[\p{L}\p{M}]$/u;

/** Every Latin letter, by its skeleton letter: "d" → d, D, đ, Đ; "e" → e, é, ê, ề, ệ, E, É… */
const BY_BONE = new Map<string, string>();
for (let code = 0x41; code <= 0x1ef9; code++) {
  const letter = String.fromCodePoint(code);
  if (!/^\p{L}$/u.test(letter) || letter.normalize('NFC') !== letter) continue;
  const bone = skeleton(letter);
  if (!/^[a-z]$/.test(bone)) continue;
  BY_BONE.set(bone, (BY_BONE.get(bone) ?? '') + letter);
}

/** Longest name (in characters) looked for in every spelling; longer ones only as written. */
const MAX_LOOSE_NAME = 200;
/** Longest name looked for at all: V8 refuses a pattern of tens of thousands of characters. */
const MAX_NAME = 2000;
/** A pattern that never matches. */
const NOTHING = /(?!)/gu;

/** A name's finder: its words with any marks, any case, whole words. */
export interface NameFinder {
  name: string;
  pattern: RegExp;
  /** The name's spelling key, and which of its words start with a capital. */
  key: string;
  capitals: boolean[];
}

/**
 * A finder for every spelling of a name: each letter stands for itself with any diacritic or
 * none, in either case, so that "Điềm Mặc" finds "Diêm Mạc", "Điem Mặc", "ĐIỀM MẶC".
 *
 * @example
 * nameFinder('Điềm Mặc').pattern.test('xã Diêm Mạc') // true
 */
export function nameFinder(name: string): NameFinder {
  const nfc = name.normalize('NFC').trim();
  // A name longer than any real place name is looked for as written only: a class per letter
  // would make a pattern too large for the regex engine.
  const length = [...nfc].length;
  const loose = length <= MAX_LOOSE_NAME;
  let body = '';
  for (const ch of nfc) {
    const letters = loose ? BY_BONE.get(skeleton(ch)) : undefined;
    if (/\s/.test(ch)) body += '\\s+';
    else if (letters && /\p{L}/u.test(ch)) body += `[${letters}]`;
    // Under the `u` flag only syntax characters may be escaped ("\-" is an error), and "-"
    // outside a class needs no escape.
    else body += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  // No look-behind for word edges: it makes the scan many times slower; edges are tested after.
  return {
    name: nfc,
    pattern: length <= MAX_NAME ? new RegExp(body, 'gu') : new RegExp(NOTHING),
    key: spellingKey(nfc),
    capitals: nfc.split(/\s+/).map((w) => isUpper(w.charAt(0))),
  };
}

/**
 * Every place a text writes one of the names, in whatever spelling: words whose letters are the
 * name's once every diacritic is set aside, each starting with a capital as a name does. A
 * one-word name is only looked for after "xã", "huyện", "tỉnh"…, where it cannot be an ordinary
 * word.
 *
 * @example
 * spellingsOf(['Điềm Mặc'], 'UBND xã Diêm Mạc và xã Điềm Mặc').map((s) => [s.written, s.variant])
 * // [['Diêm Mạc', true], ['Điềm Mặc', false]]
 */
export function spellingsOf(names: readonly (string | NameFinder)[], text: string): Spelling[] {
  const nfc = text.normalize('NFC');
  const out: Spelling[] = [];
  for (const entry of names) {
    const { name, pattern, key, capitals } = typeof entry === 'string' ? nameFinder(entry) : entry;
    const single = capitals.length === 1;
    for (const m of nfc.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (LETTER.test(nfc.charAt(m.index - 1)) || LETTER.test(nfc.charAt(end))) continue;
      const words = m[0].split(/\s+/);
      if (words.some((w, i) => capitals[i] && !isUpper(w.charAt(0)))) continue;
      const from = Math.max(0, m.index - 16);
      if (single && !AFTER_UNIT.test((from === 0 ? ' ' : '') + nfc.slice(from, m.index))) continue;
      const written = words.join(' ');
      out.push({ name, written, start: m.index, variant: written !== name && spellingKey(written) !== key });
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

/** Fields that hold codes, not prose. */
const CODES = new Set([
  'id',
  'key',
  'kind',
  'framework',
  'category',
  'symbol',
  'number',
  'role',
  'authority',
  'status',
  'level',
  'type',
  'group',
  'unit',
]);

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
      if (CODES.has(key) || (stack.length === 0 && (key === 'body' || key === 'locality'))) continue;
      stack.push(key);
      walk(record[key]);
      stack.pop();
    }
  };
  walk(supervision);
  return out;
}
