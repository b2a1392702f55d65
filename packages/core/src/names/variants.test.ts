import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { supervision } from '../../test/builders.js';
import { check } from '../../test/check.js';
import { formatFinding } from '../messages/index.js';
import type { SupervisionInput } from '../supervision/schema.js';
import { skeleton } from './normalize.js';
import {
  markDifference,
  mayWriteAny,
  nameFinder,
  prepareText,
  spellingsIn,
  spellingsOf,
} from './variants.js';

describe('spellingsOf', () => {
  it('finds every spelling of a name, telling variants from the declared one', () => {
    const text = 'UBND xã Điềm Mặc; xã Diêm Mạc; xã Điem Mặc; XÃ ĐIỀM MẶC; xã Diềm Mặc';
    expect(spellingsOf(['Điềm Mặc'], text).map((s) => [s.written, s.variant])).toEqual([
      ['Điềm Mặc', false],
      ['Diêm Mạc', true],
      ['Điem Mặc', true],
      ['ĐIỀM MẶC', false],
      ['Diềm Mặc', true],
    ]);
  });

  it('never takes old tone placement for a variant', () => {
    expect(spellingsOf(['Định Hóa'], 'UBND huyện Định Hoá, huyện Định Hóa').every((s) => !s.variant)).toBe(
      true,
    );
  });

  it('reads decomposed text', () => {
    expect(spellingsOf(['Điềm Mặc'], 'xã Diêm Mặc'.normalize('NFD')).map((s) => s.written)).toEqual([
      'Diêm Mặc',
    ]);
  });

  it('looks only at whole words written with capitals, as names are', () => {
    expect(spellingsOf(['Điềm Mặc'], 'điềm mặc; ĐiềmMặc; XĐiềm Mặc')).toEqual([]);
  });

  it('looks for a one-word name only after xã, huyện, tỉnh…', () => {
    expect(spellingsOf(['Hàm'], 'Hàm số; xã Ham').map((s) => s.written)).toEqual(['Ham']);
  });

  it('builds one finder per name, reusable across texts', () => {
    const finder = nameFinder('Thái Nguyên');
    expect(spellingsOf([finder], 'tỉnh Thai Nguyen').map((s) => s.written)).toEqual(['Thai Nguyen']);
    expect(spellingsOf([finder], 'tỉnh Thái Nguyên').map((s) => s.variant)).toEqual([false]);
  });
});

describe('markDifference', () => {
  it('tells marks left out from marks that are wrong', () => {
    expect(markDifference('Điềm Mặc', 'Diêm Mặc')).toBe('missing');
    expect(markDifference('Điềm Mặc', 'Diem Mac')).toBe('missing');
    expect(markDifference('Điềm Mặc', 'Điềm Mác')).toBe('wrong');
    expect(markDifference('Định Hóa', 'Đinh Hoà')).toBe('wrong');
  });
});

/** A commune named Điềm Mặc, with these paragraphs in its one section. */
function commune(paragraphs: string[], overrides: Partial<SupervisionInput> = {}) {
  return supervision([], {
    body: { level: 'xa', kind: 'thuong-truc', name: 'Hội đồng nhân dân xã Điềm Mặc' },
    locality: { name: 'Điềm Mặc', district: 'Định Hóa', province: 'Thái Nguyên' },
    sections: [{ key: 'reform.procedures', title: 'Thủ tục hành chính', paragraphs }],
    ...overrides,
  });
}
const names = (input: SupervisionInput) => check(input).filter((f) => f.code === 'name.variant');

describe('name.variant', () => {
  it('reports each other spelling once, with every place it stands', () => {
    const input = commune(['UBND xã Diêm Mặc báo cáo.', 'Xã Diêm Mặc và xã Diêm Mặc.', 'xã Điem Mặc'], {
      closing: 'Trên đây là kết luận đối với xã Diêm Mặc./.',
    });
    const found = names(input);
    expect(found.map((f) => [f.severity, f.params.variant, f.params.count, f.paths])).toEqual([
      [
        'warning',
        'Diêm Mặc',
        4,
        [['sections', 0, 'paragraphs', 0], ['sections', 0, 'paragraphs', 1], ['closing']],
      ],
      ['warning', 'Điem Mặc', 1, [['sections', 0, 'paragraphs', 2]]],
    ]);
    expect(formatFinding(found[1]!, 'vi')).toBe(
      'Tên "Điềm Mặc" được viết thành "Điem Mặc" (thiếu dấu) ở 1 chỗ.',
    );
    expect(formatFinding(found[0]!, 'en')).toBe(
      '"Điềm Mặc" is written "Diêm Mặc" (marks missing) 4 times, in 3 places.',
    );
  });

  it('measures against the declared names: the district and province too, old tone placement allowed', () => {
    const input = commune(['UBND huyện Định Hoá; huyện Dinh Hoa; tỉnh Thai Nguyen; tỉnh Thái Nguyên']);
    expect(names(input).map((f) => [f.params.name, f.params.variant])).toEqual([
      ['Định Hóa', 'Dinh Hoa'],
      ['Thái Nguyên', 'Thai Nguyen'],
    ]);
  });

  it('finds nothing in a supervision that writes its names one way', () => {
    expect(names(commune(['UBND xã Điềm Mặc, huyện Định Hóa, tỉnh Thái Nguyên.']))).toEqual([]);
  });

  it('takes names with any punctuation: "Bà Rịa - Vũng Tàu" and its unmarked spelling', () => {
    const input = commune(['tỉnh Bà Rịa - Vũng Tàu; tỉnh Ba Ria - Vung Tau.'], {
      locality: { name: 'Điềm Mặc', province: 'Bà Rịa - Vũng Tàu' },
    });
    expect(names(input).map((f) => [f.params.name, f.params.variant])).toEqual([
      ['Bà Rịa - Vũng Tàu', 'Ba Ria - Vung Tau'],
    ]);
    for (const mark of [
      '(',
      ')',
      '.',
      '/',
      '+',
      '*',
      '?',
      '[',
      ']',
      '{',
      '}',
      '|',
      '^',
      '$',
      '\\',
      "'",
      '"',
      '-',
    ]) {
      expect(nameFinder(`Điềm ${mark} Mặc`).pattern.test(`xã Điềm ${mark} Mặc`), mark).toBe(true);
    }
  });

  it('finds a name longer than any place name as written, and a 50,000-character one without throwing', () => {
    const long = `Điềm ${'Mặc-'.repeat(250)}`;
    expect(nameFinder(long).pattern.test(`xã ${long}`)).toBe(true);
    expect(nameFinder(long).pattern.test(`xã ${long.replace('Điềm', 'Diem')}`)).toBe(false);
    const huge = `Điềm ${'Mặc-'.repeat(12_500)}`;
    expect(nameFinder(huge).pattern.test(`xã ${huge}`)).toBe(true);
    expect(names(commune([`xã ${huge}`], { locality: { name: huge, province: 'Thái Nguyên' } }))).toEqual([]);
  });
});

describe('bones', () => {
  it('give every letter to U+1EF9 its skeleton letter a to z, and leave everything else as it is', () => {
    // The table is built from the letters with marks only; this asks every code point, as it
    // once was built.
    const bone = (unit: string) => {
      const b = skeleton(unit);
      return /^\p{L}$/u.test(unit) && unit.normalize('NFC') === unit && /^[a-z]$/.test(b) ? b : unit;
    };
    for (let code = 0x20; code <= 0x1fff; code++) {
      const nfc = String.fromCharCode(code).normalize('NFC');
      const expected = [...nfc].map((u) => (u.charCodeAt(0) <= 0x1ef9 ? bone(u) : u)).join('');
      expect(prepareText(nfc).bones, `U+${code.toString(16)}`).toBe(expected);
    }
  });
});

describe('the scan of common text', () => {
  it('finds a one-word name the same whether or not the text also holds a rare character', () => {
    // Text of Latin and Vietnamese letters is scanned with small character classes; a text with
    // any other character takes the full Unicode ones. Both must see the same spellings.
    const piece = fc.constantFrom(
      'xã',
      'XÃ',
      'Xã',
      'phường',
      'THỊ TRẤN',
      'thị xã',
      'Tỉnh',
      'ấp',
      'Thanh',
      'THANH',
      'thanh',
      ' ',
      '  ',
      ',',
      '(',
      'ơ',
      'ǅ',
      'ſ',
      'K',
      '1',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join(' ');
        const rare = `${text} \u0915`;
        const found = (t: string) => spellingsOf(['Thanh'], t).map((x) => [x.start, x.written, x.variant]);
        expect(found(rare)).toEqual(found(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('mayWriteAny', () => {
  it('says no only for a text where the scan finds no spelling of any name', () => {
    // The name rule skips the scan for texts it says no to: it must never miss a spelling there.
    const names = ['Điềm Mặc', 'Định Hóa', 'Thanh', 'Hòa-An (2)', 'Ea H’leo'].map(nameFinder);
    const piece = fc.constantFrom(
      'xã',
      'Điềm',
      'DIEM',
      'Diêm',
      'điềm',
      'Mặc',
      'MAC',
      'Mạc',
      'mac',
      'Định',
      'Dinh',
      'Hóa',
      'Hoá',
      'HOA',
      'Thanh',
      'thành',
      'Hòa-An',
      'Hoa-an',
      '(2)',
      'Ea',
      'H’leo',
      'H\u0323',
      'e\u0301',
      ' ',
      '\u00a0',
      '\t',
      ',',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.boolean(), (pieces, joined) => {
        const text = pieces.join(joined ? ' ' : '').normalize('NFC');
        // The scan itself (spellingsIn), which spellingsOf skips for a text said no to.
        if (!mayWriteAny(names, text)) expect(spellingsIn(names, prepareText(text))).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('says yes where a name stands in any spelling', () => {
    const names = [nameFinder('Điềm Mặc')];
    expect(mayWriteAny(names, 'UBND xã Diêm Mạc')).toBe(true);
    expect(mayWriteAny(names, 'ĐIỀM  MẶC')).toBe(true);
    expect(mayWriteAny(names, 'Ủy ban nhân dân xã')).toBe(false);
  });
});
