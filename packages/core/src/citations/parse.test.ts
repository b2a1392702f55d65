import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersAsPattern } from '../../test/unicode.js';
import { commonCharacters } from '../shared/common-text.js';
import {
  cleanCitation,
  findCitations,
  mayNameNumbered,
  parseCitation,
  parseCitationUnsafe,
  relationsOf,
  segmentAt,
  subjectAt,
} from './parse.js';

const read = (text: string) => {
  const r = parseCitation(text);
  if (!r.ok) throw new Error(`"${text}" did not read: ${r.reason}`);
  return r.citation;
};
const day = (d: number, m: number, y: number, written: string) => ({ year: y, month: m, day: d, written });

describe('parseCitation', () => {
  it('reads an administrative citation: type, number, symbol, date and subject', () => {
    expect(read('Kế hoạch số 10/KH-UBND ngày 11/01/2024 về cải cách hành chính năm 2024')).toEqual({
      type: 'KH',
      number: '10',
      symbol: 'UBND',
      date: day(11, 1, 2024, '11/01/2024'),
      subject: 'cải cách hành chính năm 2024',
    });
  });

  it('reads the seed\'s "số :" with an en dash and spaces inside the symbol', () => {
    const c = read(
      'Nghị quyết số : 03/NQ – HĐND ngày 20/7/2023 của Hội đồng nhân dân xã Điềm Mặc về Chương trình giám sát',
    );
    expect(c).toMatchObject({
      type: 'NQ',
      number: '03',
      symbol: 'HĐND',
      date: day(20, 7, 2023, '20/7/2023'),
    });
    expect(c.issuer).toBe('Hội đồng nhân dân xã Điềm Mặc');
    expect(c.subject).toBe('Chương trình giám sát');
  });

  it('reads a space before the slash, a comma before "ngày" and a lower-case type', () => {
    expect(read('Kế hoạch số 43 /KH-UBND ngày 18/03/2024 về tự kiểm tra công vụ')).toMatchObject({
      number: '43',
      symbol: 'UBND',
    });
    expect(read('Kế hoạch số 17/KH-UBND, ngày 17/01/2024 về công tác phổ biến')).toMatchObject({
      date: day(17, 1, 2024, '17/01/2024'),
      subject: 'công tác phổ biến',
    });
    expect(read('báo cáo số 47/BC-UBND ngày 16/4/2024 báo cáo kết quả rà soát').type).toBe('BC');
  });

  it('keeps the number as written, leading zero included, and reads one- or two-digit days and months', () => {
    expect(read('Kế hoạch số 05/KH-UBND ngày 8/3/2024').number).toBe('05');
    expect(read('Kế hoạch số 05/KH-UBND ngày 8/3/2024').date).toEqual(day(8, 3, 2024, '8/3/2024'));
    expect(read('Kế hoạch số 05/KH-UBND ngày 08/03/2024').date).toEqual(day(8, 3, 2024, '08/03/2024'));
  });

  it('reads a date written out in words', () => {
    expect(read('Nghị định số 33/2023/NĐ-CP ngày 10 tháng 6 năm 2023 của Chính phủ').date).toEqual(
      day(10, 6, 2023, '10 tháng 6 năm 2023'),
    );
  });

  it('reads the year inside the number of a legal normative document, with or without "số"', () => {
    expect(read('Nghị định 130/2005/NĐ-CP')).toEqual({ type: 'NĐ', number: '130', year: 2005, symbol: 'CP' });
    expect(read('Nghị quyết số 12/2022/NQ-HĐND ngày 20/7/2022')).toMatchObject({
      number: '12',
      year: 2022,
      symbol: 'HĐND',
    });
  });

  it('reads Party numbering, with a hyphen before the type', () => {
    expect(read('Quyết định số 65-QĐ/ĐU ngày 13/5/2024 về kiện toàn Ban Chỉ đạo')).toMatchObject({
      type: 'QĐ',
      number: '65',
      symbol: 'ĐU',
      party: true,
    });
    expect(read('Kế hoạch số 04-KH/BCĐ ngày 04/3/2024').symbol).toBe('BCĐ');
  });

  it('takes a law by its name, and a law with its number after the name', () => {
    expect(read('Luật Thực hiện dân chủ ở cơ sở')).toEqual({
      type: 'Luật',
      title: 'Thực hiện dân chủ ở cơ sở',
    });
    expect(read('Luật Quản lý, sử dụng tài sản công').title).toBe('Quản lý, sử dụng tài sản công');
    expect(read('Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13')).toEqual({
      type: 'Luật',
      title: 'Hoạt động giám sát của Quốc hội và Hội đồng nhân dân',
      number: '87',
      year: 2015,
      symbol: 'QH13',
    });
  });

  it('stops the issuer where a known body and its place end, so a verb starts the subject', () => {
    expect(
      read('Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số'),
    ).toMatchObject({
      issuer: 'Thủ tướng Chính phủ',
      subject: 'phê duyệt Bộ chỉ số',
    });
    expect(
      read('Kế hoạch số 285/KH-UBND ngày 25/12/2023 của UBND huyện Định Hoá về kiểm soát TTHC').issuer,
    ).toBe('UBND huyện Định Hoá');
    expect(read('Kế hoạch số 38/KH-UBND ngày 08/3/2024 của Chủ tịch UBND tỉnh').issuer).toBe(
      'Chủ tịch UBND tỉnh',
    );
  });

  it('reads an official letter, whose symbol carries the drafting unit instead of a type', () => {
    expect(read('Công văn số 123/UBND-VP ngày 1/2/2024')).toMatchObject({
      type: 'CV',
      symbol: 'UBND',
      unit: 'VP',
    });
  });

  it('reads what the subject amends or implements', () => {
    expect(
      read('Nghị định 117/2013/NĐ-CP của Chính phủ về sửa đổi Nghị định số 130/2015/NĐ-CP').relations,
    ).toEqual([{ kind: 'amends', target: 'Nghị định số 130/2015/NĐ-CP' }]);
    expect(
      read(
        'Kế hoạch số 108/KH-UBND ngày 05/9/2024 về triển khai thực hiện Nghị quyết số 23/NQ-HĐND ngày 18/07/2024 của Hội đồng nhân dân huyện',
      ).relations,
    ).toEqual([
      { kind: 'implements', target: 'Nghị quyết số 23/NQ-HĐND ngày 18/07/2024 của Hội đồng nhân dân huyện' },
    ]);
  });

  it('says why it cannot read a citation, rather than guessing', () => {
    expect(parseCitation('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseCitation('Nghị quyết của Chính phủ')).toEqual({ ok: false, reason: 'no-number' });
    expect(parseCitation('Thực hiện Kế hoạch số 10/KH-UBND')).toEqual({ ok: false, reason: 'no-type' });
    expect(parseCitation('Kế hoạch số 10/KH-UBND ngày mười tháng Giêng')).toEqual({
      ok: false,
      reason: 'bad-date',
    });
    expect(parseCitation('Nghị định số 33/2023')).toEqual({ ok: false, reason: 'bad-symbol' });
  });

  it('reads an impossible date as written, for the checks to report', () => {
    expect(read('Kế hoạch số 10/KH-UBND ngày 31/02/2024').date).toEqual(day(31, 2, 2024, '31/02/2024'));
  });

  it('never throws, whatever the text', () => {
    const pieces = fc.constantFrom(
      'Kế hoạch',
      'Nghị định',
      'Luật',
      ' số ',
      ' số: ',
      '10',
      '/',
      '-',
      '–',
      'KH',
      'UBND',
      '2024',
      ' ngày ',
      ' của ',
      ' về ',
      'tháng',
      'năm',
      ', ',
      'Đ',
      '\u0301',
      ' ',
    );
    const texts = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.array(pieces, { maxLength: 24 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const r = parseCitation(text);
        expect(typeof r.ok).toBe('boolean');
        findCitations(text);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseCitationUnsafe', () => {
  it('throws a CitationReadFailure that says why', () => {
    expect(() => parseCitationUnsafe('Nghị quyết của Chính phủ')).toThrow(
      'Cannot read the citation "Nghị quyết của Chính phủ": no-number',
    );
  });
});

describe('findCitations', () => {
  it('finds numbered documents inside prose, with their dates and known issuers', () => {
    const found = findCitations(
      'Thực hiện Kế hoạch số 285/KH-UBND ngày 25/12/2023 của UBND huyện Định Hoá, UBND xã ban hành Kế hoạch số 08/KH-UBND ngày 10/01/2024 về kiểm soát TTHC',
    );
    expect(found.map((f) => f.text)).toEqual([
      'Kế hoạch số 285/KH-UBND ngày 25/12/2023 của UBND huyện Định Hoá',
      'Kế hoạch số 08/KH-UBND ngày 10/01/2024',
    ]);
  });

  it('passes over a type named without a number', () => {
    expect(
      findCitations('triển khai Nghị quyết của Chính phủ và Nghị quyết số 43-NQ/TW').map((f) => f.text),
    ).toEqual(['Nghị quyết số 43-NQ/TW']);
  });
});

describe('mayNameNumbered', () => {
  // /\d\s*[/-]\s*[\p{L}\d]|số\s*:?\s*\d/u, read with the small class of the common ranges when the
  // text has nothing beyond them (shared/common-text.ts).
  const FULL = /\d\s*[/-]\s*[\p{L}\d]|số\s*:?\s*\d/u;

  it('answers as the Unicode pattern after a number and a slash, for every character of the common ranges', () => {
    for (const ch of commonCharacters()) {
      const t = `xx 12/${ch}`;
      expect(mayNameNumbered(t), t).toBe(FULL.test(t));
    }
    expect(mayNameNumbered('Nghị định số 61/2018/NĐ-CP')).toBe(true);
    expect(mayNameNumbered('năm 2024, có 12 người')).toBe(false);
  });

  it('answers as the Unicode pattern on any text, beyond the common ranges too', () => {
    const pieces = ['12', '/', '-', ' ', 'số', ':', 'NĐ', 'ữ', 'Ω', 'ǅ', '٣', 'क', '\u0301', '𝒜', 'a'];
    answersAsPattern(mayNameNumbered, FULL, pieces, { maxLength: 30, maxPieces: 12 });
  });
});

describe('relationsOf', () => {
  it('takes the verb nearest before each document, not across a semicolon', () => {
    expect(relationsOf('thay thế Nghị định số 61/2018/NĐ-CP')).toEqual([
      { kind: 'replaces', target: 'Nghị định số 61/2018/NĐ-CP' },
    ]);
    expect(relationsOf('sửa đổi quy chế; Nghị định số 61/2018/NĐ-CP')).toEqual([]);
    expect(relationsOf('cải cách hành chính năm 2024')).toEqual([]);
  });
});

describe('findCitations on common text', () => {
  it('finds the same citations whether or not the text also holds a rare character', () => {
    // Text of Latin and Vietnamese letters is scanned with small character classes; a text with
    // any other character takes the full Unicode ones.
    const piece = fc.constantFrom(
      'Kế hoạch',
      'số',
      '10/KH-UBND',
      'Nghị định',
      '130/2005/NĐ-CP',
      'ngày 11/01/2024',
      'Luật',
      'sửa đổi',
      'QĐ',
      '5',
      'x',
      'ǅ',
      '²',
      '½',
      '(',
      ',',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.constantFrom(' ', ''), (pieces, between) => {
        const text = pieces.join(between);
        const spans = (t: string) => findCitations(t).map((c) => [c.start, c.text]);
        expect(spans(`${text} \u0915`)).toEqual(spans(text));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('segmentAt', () => {
  it('reads a symbol segment as /^\\s*([/-])\\s*([A-Za-zĐđ0-9]+)(?![\\p{L}\\p{M}])/u does', () => {
    const unit = fc.constantFrom(
      '/',
      '-',
      ' ',
      'KH',
      'UBND',
      'Đ',
      'đ',
      '2024',
      '5',
      'á',
      'ê',
      'b',
      '\u0301',
      'X',
      '\u00a0',
      '𝒜',
      ',',
    );
    const pattern = /^\s*([/-])\s*([A-Za-zĐđ0-9]+)(?![\p{L}\p{M}])/u;
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 8 }), fc.nat(3), (units, at) => {
        const s = units.join('');
        const m = pattern.exec(s.slice(at));
        const got = segmentAt(s, at);
        expect(got).toEqual(m ? { sep: m[1], text: m[2], end: at + m[0].length } : undefined);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('cleanCitation and subjectAt', () => {
  // Written by hand for speed: each must still read every text as the patterns it replaced.
  const unit = fc.constantFrom(
    ' ',
    '  ',
    '\t',
    '\n',
    '\u00a0',
    '\u2028',
    '\ufeff',
    '–',
    '—',
    '\u2212',
    '-',
    ';',
    ',',
    '.',
    ':',
    'về',
    'Về',
    'VỀ',
    've\u0300',
    'Kế hoạch',
    '10/KH',
    'ề',
    'x',
  );
  const byPatterns = (text: string) =>
    text
      .normalize('NFC')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\s;,.:]+$/, '');

  it('cleans a text as NFC, one dash, single spaces and no trailing punctuation do', () => {
    expect(cleanCitation(' Kế hoạch\u00a0 số 10/KH–UBND; ')).toBe('Kế hoạch số 10/KH-UBND');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 10 }), (units) => {
        const text = units.join('');
        expect(cleanCitation(text)).toBe(byPatterns(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('takes the subject of a cleaned text as /^,?\\s*/ and /^về\\s+/iu dropped do', () => {
    expect(subjectAt('Kế hoạch số 10, Về cải cách', 14)).toBe('cải cách');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 10 }), fc.nat(12), (units, at) => {
        const s = cleanCitation(units.join(''));
        const expected = s
          .slice(at)
          .replace(/^,?\s*/, '')
          .replace(/^về\s+/iu, '')
          .trim();
        expect(subjectAt(s, at)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
