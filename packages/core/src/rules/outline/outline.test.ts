import { describe, expect, it } from 'vitest';
import { supervision } from '../../../test/builders.js';
import { check, codes } from '../../../test/check.js';
import { withFrameworks } from '../../frameworks/framework.js';
import { CCHC_XA } from '../../frameworks/outline.js';
import { formatFinding } from '../../messages/index.js';
import type { SectionInput } from '../../supervision/schema.js';

/** An outline whose notices must report on direction and on the reform. */
const STRICT = {
  ...CCHC_XA,
  id: 'strict',
  sections: [
    { key: 'direction', title: 'Công tác chỉ đạo điều hành', titleEn: 'Direction', mandatory: true },
    { key: 'reform', title: 'Cải cách hành chính', titleEn: 'Administrative reform', mandatory: true },
    { key: 'emulation', title: 'Thi đua, khen thưởng', titleEn: 'Emulation' },
  ],
};
const strict = (sections: SectionInput[]) =>
  check(supervision([], { framework: 'strict', sections }), {
    frameworks: withFrameworks({ outlines: [STRICT] }),
  }).filter((f) => f.code === 'outline.section');

describe('outline.section', () => {
  it('says when a section the framework marks mandatory is absent, wherever the others stand', () => {
    const found = strict([{ key: 'emulation', number: '1.', title: 'Thi đua' }]);
    expect(found.map((f) => f.params.key)).toEqual(['direction', 'reform']);
    expect(formatFinding(found[0]!, 'vi')).toBe(
      'Thiếu mục bắt buộc "Công tác chỉ đạo điều hành" (direction) của khung đề cương.',
    );
  });

  it('takes mandatory sections in any order, nesting, number and title', () => {
    expect(
      strict([
        { key: 'emulation', number: 'A.', title: 'Khen thưởng' },
        {
          key: 'results',
          title: 'KẾT QUẢ',
          sections: [
            { key: 'reform', number: 'a)', title: 'CCHC' },
            { key: 'direction', number: 'b)', title: 'Lãnh đạo, chỉ đạo' },
          ],
        },
      ]),
    ).toEqual([]);
  });

  it("reports the notice's own numbering when it skips or repeats: 1, 2, 4 and a), a)", () => {
    const found = strict([
      { key: 'direction', number: '1.', title: 'Chỉ đạo' },
      { key: 'reform', number: '2.', title: 'Cải cách' },
      {
        key: 'emulation',
        number: '4.',
        title: 'Thi đua',
        sections: [
          { key: 'x', number: 'a)', title: 'X' },
          { key: 'y', number: 'a)', title: 'Y' },
        ],
      },
    ]);
    expect(found.map((f) => [f.params.after, f.params.number])).toEqual([
      ['2.', '4.'],
      ['a)', 'a)'],
    ]);
    expect(found[0]!.paths[0]).toEqual(['sections', 2, 'number']);
    expect(formatFinding(found[0]!, 'en')).toBe(
      'Section "4." follows section "2.": the numbering skips or repeats.',
    );
  });

  it('counts Vietnamese lists a), b), c), d), đ), e) and Roman numerals, and restarts at each level', () => {
    const letters = ['a)', 'b)', 'c)', 'd)', 'đ)', 'e)'].map((number, i) => ({
      key: `k${i}`,
      number,
      title: 'T',
    }));
    expect(
      strict([
        {
          key: 'direction',
          number: 'I.',
          title: 'Chỉ đạo',
          sections: [{ key: 'a', number: '1.', title: 'A' }],
        },
        {
          key: 'reform',
          number: 'II.',
          title: 'Cải cách',
          sections: [{ key: 'b', number: 'I.', title: 'B' }],
        },
        { key: 'emulation', number: 'III.', title: 'Thi đua', sections: letters },
        {
          key: 'z',
          number: 'IV',
          title: 'Z',
          sections: [
            { key: 'c', number: '4.1.', title: 'C' },
            { key: 'd', number: '4.2', title: 'D' },
          ],
        },
      ]),
    ).toEqual([]);
  });

  it('reads only whole marks, and counts the subsections of a lone subsection', () => {
    const found = strict([
      { key: 'direction', number: '1.', title: 'A' },
      // No marks: a doubled dot, a letter after digits, a Roman numeral with a letter, two letters.
      { key: 'reform', number: '2..3', title: 'B' },
      { key: 'x1', number: '1a', title: 'C' },
      { key: 'x2', number: 'IVa', title: 'D' },
      { key: 'x3', number: 'ab', title: 'E' },
      {
        key: 'x4',
        number: ' 7.2.) ',
        title: 'F',
        sections: [
          {
            key: 'x5',
            number: 'I',
            title: 'G',
            sections: [
              { key: 'x6', number: '3.1', title: 'H' },
              { key: 'x7', number: '3.3', title: 'I' },
              { key: 'x8', number: 'b)', title: 'J' },
              { key: 'x9', number: 'đ)', title: 'K' },
            ],
          },
        ],
      },
      { key: 'x10', number: '7.3', title: 'L' },
      { key: 'x11', number: '7.5.', title: 'M' },
    ]);
    expect(found.map((f) => [f.params.after, f.params.number, f.paths[0]])).toEqual([
      ['7.3', '7.5.', ['sections', 7, 'number']],
      ['3.1', '3.3', ['sections', 5, 'sections', 0, 'sections', 1, 'number']],
      // "b)" and "đ)": Vietnamese b, c, d, đ; Latin b and no đ, so not comparable as Latin.
      ['b)', 'đ)', ['sections', 5, 'sections', 0, 'sections', 3, 'number']],
    ]);
  });

  it('says nothing of section keys the framework does not know: the notice may have its own', () => {
    expect(codes(check(supervision([], { sections: [{ key: 'sports', title: 'Thể thao' }] })))).toEqual([]);
  });

  it('warns about an unknown framework', () => {
    expect(check(supervision([], { framework: 'nope' })).map((f) => f.params.problem)).toEqual([
      'unknown-framework',
    ]);
  });
});
