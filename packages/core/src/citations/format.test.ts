import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citationLabel, citationText, formatCitation, numberSymbol } from './format.js';
import { parseCitation } from './parse.js';
import type { Citation, RelationKind } from './schema.js';

describe('numberSymbol', () => {
  it('writes each numbering style the way Decree 30/2020 and the Party write it', () => {
    expect(numberSymbol({ type: 'KH', number: '10', symbol: 'UBND' })).toBe('10/KH-UBND');
    expect(numberSymbol({ type: 'NĐ', number: '33', year: 2023, symbol: 'CP' })).toBe('33/2023/NĐ-CP');
    expect(numberSymbol({ type: 'QĐ', number: '65', symbol: 'ĐU', party: true })).toBe('65-QĐ/ĐU');
    expect(numberSymbol({ type: 'Luật', number: '87', year: 2015, symbol: 'QH13' })).toBe('87/2015/QH13');
    expect(numberSymbol({ type: 'CV', number: '123', symbol: 'UBND', unit: 'VP' })).toBe('123/UBND-VP');
    expect(numberSymbol({ type: 'Luật', title: 'Thực hiện dân chủ ở cơ sở' })).toBeUndefined();
  });
});

describe('citationLabel and citationText', () => {
  it('label a document by number and symbol, or a law by its name', () => {
    expect(citationLabel({ type: 'Luật', title: 'Thực hiện dân chủ ở cơ sở' })).toBe(
      'Luật Thực hiện dân chủ ở cơ sở',
    );
    expect(citationLabel({ type: 'KH', number: '05', symbol: 'UBND' })).toBe('05/KH-UBND');
  });

  it('keep the words the notice wrote, and write out a citation given only as fields', () => {
    expect(citationText('Nghị định 130/2005/NĐ-CP')).toBe('Nghị định 130/2005/NĐ-CP');
    expect(citationText({ text: 'Nghị định 130/2005/NĐ-CP', type: 'NĐ' })).toBe('Nghị định 130/2005/NĐ-CP');
    expect(citationText({ type: 'NĐ', number: '33', year: 2023, symbol: 'CP' })).toBe(
      'Nghị định số 33/2023/NĐ-CP',
    );
  });
});

// Generated citations stay inside the grammar's words: a subject or a name that itself contains
// "ngày 12/…" or "số 5/…" is prose the grammar cannot tell from a clause.
const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
const numberText = fc
  .tuple(fc.integer({ min: 1, max: 999 }), fc.boolean())
  .map(([n, pad]) => (pad && n < 10 ? `0${n}` : `${n}`));
const date = fc
  .tuple(
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1990, max: 2099 }),
    pick('short', 'padded', 'long'),
  )
  .map(([day, month, year, style]) => {
    const two = (n: number) => String(n).padStart(2, '0');
    const written =
      style === 'long'
        ? `${day} tháng ${month} năm ${year}`
        : style === 'padded'
          ? `${two(day)}/${two(month)}/${year}`
          : `${day}/${month}/${year}`;
    return { year, month, day, written };
  });
const issuer = pick(
  'UBND huyện Định Hoá',
  'Chủ tịch UBND tỉnh',
  'Thủ tướng Chính phủ',
  'HĐND tỉnh Thái Nguyên',
  'Hội đồng nhân dân xã Điềm Mặc',
  'Chính phủ',
  'Ban Chấp hành Trung ương Đảng',
  'UBND xã',
  'Hội đồng nhân dân huyện',
  'Sở Nội vụ tỉnh Thái Nguyên',
);
const word = pick(
  'cải cách',
  'hành chính',
  'Chương trình',
  'giám sát',
  'của',
  'về',
  'việc',
  'kiểm tra,',
  'công vụ;',
  'Thái Nguyên',
  'dân chủ ở cơ sở',
  'năm',
  'thực hiện',
);
const phrase = fc
  .array(word, { minLength: 1, maxLength: 8 })
  .map((ws) => ws.join(' ').replace(/[,;]$/, '') || 'giám sát');

const administrative = fc.record({
  type: pick('NQ', 'QĐ', 'CT', 'QC', 'TB', 'HD', 'CTr', 'KH', 'BC', 'TTr', 'KL'),
  number: numberText,
  symbol: pick('UBND', 'HĐND', 'TTHĐND', 'VP', 'BCĐ', 'SNV'),
});
const normative = fc.record({
  type: pick('NĐ', 'TT', 'QĐ', 'NQ', 'TTLT'),
  number: numberText,
  year: fc.integer({ min: 1990, max: 2099 }),
  symbol: pick('CP', 'UBND', 'HĐND', 'BTC-BNV', 'VPCP'),
});
const party = fc.record({
  type: pick('NQ', 'QĐ', 'CT', 'KL', 'KH', 'BC', 'QC', 'TB'),
  number: numberText,
  symbol: pick('ĐU', 'TW', 'TU', 'HU', 'BCĐ'),
  party: fc.constant(true),
});
const law = fc
  .tuple(
    pick('Luật', 'Bộ luật', 'Pháp lệnh'),
    phrase,
    fc.option(
      fc.tuple(numberText, fc.integer({ min: 1990, max: 2099 }), pick('QH13', 'QH14', 'QH15', 'UBTVQH15')),
      {
        nil: undefined,
      },
    ),
  )
  .map(
    ([type, title, numbered]): Citation =>
      numbered
        ? { type, title, number: numbered[0], year: numbered[1], symbol: numbered[2] }
        : { type, title },
  );
const letter = fc.record({
  type: fc.constant('CV'),
  number: numberText,
  symbol: pick('UBND', 'VP', 'SNV'),
  unit: pick('VP', 'TP', 'KT'),
});

const numbered: fc.Arbitrary<Citation> = fc.oneof(administrative, normative, party, letter);
const target = fc
  .tuple(
    numbered,
    fc.option(date, { nil: undefined }),
    fc.option(pick('Chính phủ', 'UBND huyện Định Hoá', 'Hội đồng nhân dân xã Điềm Mặc'), { nil: undefined }),
  )
  .map(([c, d, by]): Citation => ({ ...c, ...(d ? { date: d } : {}), ...(by ? { issuer: by } : {}) }));
const VERB: Record<RelationKind, string> = {
  amends: 'sửa đổi, bổ sung',
  replaces: 'thay thế',
  implements: 'triển khai thực hiện',
};
const aboutWithRelation = fc
  .tuple(pick<RelationKind>('amends', 'replaces', 'implements'), target)
  .map(([kind, t]) => ({
    subject: `${VERB[kind]} ${formatCitation(t)}`,
    relations: [{ kind, target: formatCitation(t) }],
  }));
const about = fc.oneof(
  phrase.map((subject) => ({ subject })),
  aboutWithRelation,
);

const citation: fc.Arbitrary<Citation> = fc.oneof(
  fc
    .tuple(
      numbered,
      fc.option(date, { nil: undefined }),
      fc.option(issuer, { nil: undefined }),
      fc.option(about, { nil: undefined }),
    )
    .map(([c, d, by, a]) => ({
      ...c,
      ...(d ? { date: d } : {}),
      ...(by ? { issuer: by } : {}),
      ...(a ?? {}),
    })),
  fc.tuple(law, fc.option(date, { nil: undefined })).map(([c, d]) => ({ ...c, ...(d ? { date: d } : {}) })),
);

describe('formatCitation', () => {
  it('writes the first citation of a document in full: type, number and symbol, date, issuer, subject', () => {
    expect(
      formatCitation({
        type: 'KH',
        number: '285',
        symbol: 'UBND',
        date: { year: 2023, month: 12, day: 25, written: '25/12/2023' },
        issuer: 'UBND huyện Định Hoá',
        subject: 'kiểm soát thủ tục hành chính',
      }),
    ).toBe('Kế hoạch số 285/KH-UBND ngày 25/12/2023 của UBND huyện Định Hoá về kiểm soát thủ tục hành chính');
  });

  it('is read back into the same citation: parse(format(c)) = c', () => {
    fc.assert(
      fc.property(citation, (c) => {
        expect(parseCitation(formatCitation(c))).toEqual({ ok: true, citation: c });
      }),
      { numRuns: 2000 },
    );
  });
});
