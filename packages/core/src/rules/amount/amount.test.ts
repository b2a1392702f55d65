import { describe, expect, it } from 'vitest';
import { supervision } from '../../../test/builders.js';
import { check } from '../../../test/check.js';
import { formatFinding } from '../../messages/index.js';

const words = (input: Parameters<typeof check>[0]) => check(input).filter((f) => f.code === 'amount.words');
const paragraph = (text: string) =>
  supervision([], { sections: [{ key: 'reform.procedures', title: 'Thủ tục', paragraphs: [text] }] });

describe('amount.words', () => {
  it('reports an amount whose words say another sum', () => {
    const found = words(paragraph('Kinh phí 120.000.000 đồng (Một trăm hai mươi lăm triệu đồng) đã cấp.'));
    expect(found).toHaveLength(1);
    expect(found[0]!.paths).toEqual([['sections', 0, 'paragraphs', 0]]);
    expect(formatFinding(found[0]!, 'vi')).toBe(
      'Số tiền ghi 120.000.000 đồng nhưng bằng chữ "Một trăm hai mươi lăm triệu đồng" là 125.000.000 đồng.',
    );
  });

  it('accepts words that say the same sum, with or without "Bằng chữ:"', () => {
    expect(words(paragraph('Kinh phí 120.000.000 đồng (Một trăm hai mươi triệu đồng).'))).toEqual([]);
    expect(
      words(
        paragraph(
          'Tổng 5.824.272.835 đồng (Bằng chữ: Năm tỷ tám trăm hai mươi tư triệu hai trăm bảy mươi hai nghìn tám trăm ba mươi lăm đồng).',
        ),
      ),
    ).toEqual([]);
  });

  it('leaves a bracket that is not an amount alone', () => {
    expect(words(paragraph('Kinh phí 120.000.000 đồng (trong đó ngân sách xã 20.000.000 đồng).'))).toEqual(
      [],
    );
  });

  it('checks the inWords field of an amount and of a budget side', () => {
    const found = words(
      supervision([
        {
          kind: 'amount',
          label: 'Kinh phí',
          value: '120.000.000',
          inWords: 'Một trăm hai mươi lăm triệu đồng',
        },
        { kind: 'amount', label: 'Hỗ trợ', value: '5.000.000', inWords: 'Năm triệu đồng' },
        {
          kind: 'budget',
          revenue: { actual: '1.001.000', inWords: 'Một triệu không trăm mười nghìn đồng', items: [] },
        },
      ]),
    );
    expect(found.map((f) => [f.paths[0]!.slice(-2), f.computed?.value])).toEqual([
      [[0, 'inWords'], '125000000'],
      [['revenue', 'inWords'], '1010000'],
    ]);
  });

  it('reads fields and prose in the order they stand, and a text with a replaced term for both rules', () => {
    const section = (key: string, paragraphs: string[], figures: Parameters<typeof supervision>[0] = []) => ({
      key,
      title: 'Mục',
      paragraphs,
      figures,
    });
    const found = check(
      supervision([], {
        documents: { conclusion: { date: '30/10/2025', place: 'Thử: 9.000.000 đồng (Mười triệu đồng)' } },
        sections: [
          section('a', ['Hồ sơ mức độ 4 có 5.000.000 đồng (Sáu triệu đồng).']),
          section(
            'b',
            ['Kinh phí 7.000.000 đồng (Bảy triệu đồng), 8.000.000 đồng (Chín triệu đồng).'],
            [{ kind: 'amount', label: 'Kinh phí', value: '120.000.000', inWords: 'Một trăm triệu đồng' }],
          ),
          section('c', ['Dịch vụ công mức độ 3, 4.', 'Không có số tiền nào.']),
        ],
      }),
    ).filter((f) => f.code === 'amount.words' || f.code === 'legal.replaced-term');
    expect(found.map((f) => [f.code, f.paths[0]!.join('.'), f.params.written ?? f.params.term])).toEqual([
      ['amount.words', 'documents.conclusion.place', '9.000.000'],
      ['amount.words', 'sections.0.paragraphs.0', '5.000.000'],
      ['amount.words', 'sections.1.paragraphs.0', '8.000.000'],
      ['amount.words', 'sections.1.figures.0.inWords', '120.000.000'],
      ['legal.replaced-term', 'sections.0.paragraphs.0', 'mức độ 4'],
      ['legal.replaced-term', 'sections.2.paragraphs.0', 'mức độ 3, 4'],
    ]);
  });
});
