import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { supervision } from '../../test/builders.js';
import { check } from '../../test/check.js';
import { isUpper, skeleton } from './normalize.js';
import { nameFinder, spellingsOf } from './variants.js';

// Names are typed by people: any printable punctuation may stand in one ("Bà Rịa - Vũng Tàu",
// "Xã (cũ) A/B"), and a careless paste may make one 50,000 characters long. The scan builds no
// regular expression from a name, so none of these can make a check throw (issue 9, item 1).

const PUNCTUATION = [...`()./+*?[]{}|^$\\'"-!#%&,:;<=>@_\`~`];

/**
 * What the scan promises for a name of two words or more, written the slow and obvious way: a
 * regular expression in which each letter of the name is any letter of the same skeleton, each
 * white space `\s+` and every other character itself, escaped; then whole words only, each word
 * that the name capitalises capitalised.
 */
function reference(name: string, text: string): { written: string; start: number }[] {
  const nfc = name.normalize('NFC').trim();
  let body = '';
  for (const ch of nfc) {
    if (/\s/.test(ch)) body += '\\s+';
    else if (/\p{L}/u.test(ch) && /^[a-z]$/.test(skeleton(ch))) body += `[${letterClass(skeleton(ch))}]`;
    else body += ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  }
  const capitals = nfc.split(/\s+/).map((w) => isUpper(w.charAt(0)));
  const t = text.normalize('NFC');
  const found: { written: string; start: number }[] = [];
  for (const m of t.matchAll(new RegExp(body, 'gu'))) {
    const end = m.index + m[0].length;
    if (/[\p{L}\p{M}]/u.test(t.charAt(m.index - 1)) || /[\p{L}\p{M}]/u.test(t.charAt(end))) continue;
    const words = m[0].split(/\s+/);
    if (words.some((w, i) => capitals[i] && !isUpper(w.charAt(0)))) continue;
    found.push({ written: words.join(' '), start: m.index });
  }
  return found;
}
const CLASSES = new Map<string, string>();
for (let code = 0x41; code <= 0x1ef9; code++) {
  const letter = String.fromCodePoint(code);
  const bone = skeleton(letter);
  if (/^\p{L}$/u.test(letter) && letter.normalize('NFC') === letter && /^[a-z]$/.test(bone)) {
    CLASSES.set(bone, (CLASSES.get(bone) ?? '') + letter);
  }
}
const letterClass = (bone: string) => CLASSES.get(bone)!;

const VIETNAMESE = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ',
];
const letter = fc.constantFrom(...VIETNAMESE, ...VIETNAMESE.map((l) => l.toUpperCase()));
// Two letters at least: a name of one-letter words ("A A") repeated around itself ("A A A") has
// no single place, and both the scan and the reference rightly find none.
const word = fc
  .tuple(letter, letter, fc.array(fc.oneof(letter, fc.constantFrom(...PUNCTUATION)), { maxLength: 4 }))
  .map(([head, second, tail]) => [head.toUpperCase(), second, ...tail].join(''));
const name = fc.array(word, { minLength: 2, maxLength: 3 }).map((ws) => ws.join(' '));

describe('the name scan', () => {
  it('finds a name written with any punctuation exactly where a regular expression of it would', () => {
    const filler = fc.array(fc.oneof(word, fc.constantFrom('xã', 'tỉnh', ' ', ', ', '  ')), { maxLength: 8 });
    fc.assert(
      fc.property(name, filler, filler, (n, before, after) => {
        // The name itself, a variant without marks, one in capitals, and words around them.
        const text = `${before.join(' ')} xã ${n}; ${after.join(' ')} ${skeleton(n)} ${n.toUpperCase()}`;
        const scanned = spellingsOf([n], text).map((s) => ({ written: s.written, start: s.start }));
        expect(scanned).toEqual(reference(n, text));
        expect(scanned.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('takes every printable punctuation mark in a name', () => {
    for (const mark of PUNCTUATION) {
      const n = `Bà Rịa ${mark} Vũng Tàu`;
      const found = spellingsOf([n], `tỉnh Bà Rịa ${mark} Vũng Tàu và tỉnh Ba Ria ${mark} Vung Tau`);
      expect(
        found.map((s) => [s.written, s.variant]),
        mark,
      ).toEqual([
        [n, false],
        [`Ba Ria ${mark} Vung Tau`, true],
      ]);
      expect(nameFinder(n).pattern.test(n), mark).toBe(true);
    }
  });

  it('takes a name of 50,000 characters without throwing', () => {
    const long = `Tân ${'Phú'.repeat(16_667)}`;
    expect(long.length).toBeGreaterThan(50_000);
    expect(spellingsOf([long], `xã ${long} và xã Tan ${'Phu'.repeat(16_667)}`).map((s) => s.variant)).toEqual(
      [false, true],
    );
    expect(() => nameFinder(long).pattern).not.toThrow();
  });

  it('lets a supervision name its province "Bà Rịa - Vũng Tàu" and still find its variants', () => {
    const input = supervision([], {
      locality: { name: 'Long Điền', district: 'Đất Đỏ (cũ)', province: 'Bà Rịa - Vũng Tàu' },
      closing: 'Gửi UBND tỉnh Ba Ria - Vung Tau và huyện Đất Đỏ (cũ).',
    });
    const found = check(input).filter((f) => f.code === 'name.variant');
    expect(found.map((f) => [f.params.name, f.params.variant])).toEqual([
      ['Bà Rịa - Vũng Tàu', 'Ba Ria - Vung Tau'],
    ]);
  });

  it('checks a supervision whose district is 50,000 characters long', () => {
    const district = `Định ${'Hóa'.repeat(16_667)}`;
    const input = supervision([], {
      locality: { name: 'Điềm Mặc', district, province: 'Thái Nguyên' },
      closing: `UBND huyện ${district}.`,
    });
    expect(check(input).filter((f) => f.code === 'name.variant')).toEqual([]);
  });
});
