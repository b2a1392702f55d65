import { describe, expect, it } from 'vitest';
import { FLAT_OUTLINE, supervision } from '../../../test/builders.js';
import { check } from '../../../test/check.js';
import { CataloguedDocument } from '../../catalogue/schema.js';
import { withFrameworks } from '../../frameworks/framework.js';
import { formatFinding } from '../../messages/index.js';
import type { SectionInput, SupervisionInput } from '../../supervision/schema.js';

type Cite = NonNullable<SectionInput['citations']>[number];

/** A supervision whose one section cites these documents, with these paragraphs around them. */
function citing(citations: Cite[], paragraphs: string[] = [], overrides: Partial<SupervisionInput> = {}) {
  return supervision([], {
    sections: [{ key: 'reform.procedures', title: 'Thủ tục hành chính', paragraphs, citations }],
    ...overrides,
  });
}

/** The citation findings, as [code, severity, sentence in Vietnamese]. */
function findings(input: SupervisionInput, options: Parameters<typeof check>[1] = {}) {
  return check(input, options)
    .filter((f) => f.code.startsWith('citation.'))
    .map((f) => [f.code, f.severity, formatFinding(f, 'vi')]);
}
const codes = (input: SupervisionInput, options: Parameters<typeof check>[1] = {}) =>
  findings(input, options).map(([code]) => code);

const at = (n: number) => ['sections', 0, 'citations', n];

describe('citation.number-reused', () => {
  it('reports one number of one body and year given to two documents', () => {
    const input = citing([
      'Kế hoạch số 10/KH-UBND ngày 11/01/2025 về cải cách hành chính năm 2025',
      'Kế hoạch số 10/KH-UBND ngày 10/01/2025 về theo dõi thi hành pháp luật năm 2025',
    ]);
    const [reused] = check(input).filter((f) => f.code === 'citation.number-reused');
    expect(reused?.severity).toBe('error');
    expect(reused?.paths).toEqual([at(0), at(1)]);
    expect(formatFinding(reused!, 'vi')).toBe(
      'Số 10/KH-UBND được dùng cho 2 văn bản khác nhau: ngày 11/01/2025 về cải cách hành chính năm 2025; ngày 10/01/2025 về theo dõi thi hành pháp luật năm 2025.',
    );
  });

  it('takes one document cited twice, once shortened, as one document', () => {
    const input = citing([
      'Kế hoạch số 55/KH-UBND ngày 05/04/2025 về Theo dõi thi hành pháp luật trong lĩnh vực trọng tâm liên ngành năm 2025 trên địa bàn xã',
      'Kế hoạch số 55/KH-UBND ngày 05/04/2025 về theo dõi tình hình thi hành pháp luật trong lĩnh vực trọng tâm, liên ngành năm 2025',
    ]);
    expect(codes(input)).toEqual([]);
  });

  it('reports one number and date with two unrelated subjects', () => {
    const input = citing([
      'Kế hoạch số 12/KH-UBND ngày 05/04/2025 về chuyển đổi số',
      'Kế hoạch số 12/KH-UBND ngày 05/04/2025 về phòng, chống tham nhũng, tiêu cực',
    ]);
    expect(codes(input)).toEqual(['citation.number-reused']);
  });

  it('lets each type, year and body number from 01, unless the body numbers all its documents in one run', () => {
    const input = citing([
      'Kế hoạch số 10/KH-UBND ngày 11/01/2025 về cải cách hành chính',
      'Báo cáo số 10/BC-UBND ngày 20/01/2025 về kết quả cải cách hành chính',
      'Kế hoạch số 10/KH-UBND ngày 11/01/2024 về cải cách hành chính năm 2024',
      { text: 'Kế hoạch số 10/KH-UBND ngày 12/01/2025 về kiểm soát TTHC', issuer: 'UBND huyện Định Hóa' },
    ]);
    expect(codes(input)).toEqual([]);
    const perBody = withFrameworks({ outlines: [FLAT_OUTLINE], documentNumbering: 'per-body' });
    expect(codes(input, { frameworks: perBody })).toEqual(['citation.number-reused']);
  });
});

describe('citation.number-order', () => {
  it('reports a number dated before a lower one, naming it', () => {
    const input = citing([
      'Kế hoạch số 01/KH-UBND ngày 05/01/2025',
      'Kế hoạch số 02/KH-UBND ngày 10/01/2025',
      'Kế hoạch số 03/KH-UBND ngày 08/01/2025',
      'Kế hoạch số 04/KH-UBND ngày 12/01/2025',
    ]);
    expect(findings(input)).toEqual([
      [
        'citation.number-order',
        'warning',
        'Số 03/KH-UBND đề ngày 08/01/2025, trước số nhỏ hơn 02/KH-UBND (ngày 10/01/2025): số văn bản không theo thứ tự ngày ban hành.',
      ],
    ]);
  });

  it('reports one stray number once, not every document after it', () => {
    const input = citing([
      'Kế hoạch số 05/KH-UBND ngày 10/10/2025',
      'Kế hoạch số 07/KH-UBND ngày 08/01/2025',
      'Kế hoạch số 08/KH-UBND ngày 10/01/2025',
      'Kế hoạch số 20/KH-UBND ngày 23/01/2025',
      'Kế hoạch số 82/KH-UBND ngày 17/6/2025',
    ]);
    const found = check(input).filter((f) => f.code === 'citation.number-order');
    expect(found.map((f) => [f.params.label, f.params.other, f.params.way])).toEqual([
      ['05/KH-UBND', '07/KH-UBND', 'after-higher'],
    ]);
    expect(found[0]?.paths).toEqual([at(0), at(1)]);
  });

  it("compares only documents of one body: the district's numbers are not the commune's", () => {
    const input = citing([
      'Kế hoạch số 05/KH-UBND ngày 10/01/2025',
      { text: 'Kế hoạch số 02/KH-UBND ngày 20/01/2025', issuer: 'UBND huyện Định Hóa' },
      'Kế hoạch số 65-KH/ĐU ngày 13/5/2025',
      'Kế hoạch số 10-KH/ĐU ngày 15/1/2025',
    ]);
    expect(codes(input)).toEqual([]);
  });
});

describe('citation.symbol-issuer', () => {
  it("reports a People's Committee symbol on a document said to be the People's Council's", () => {
    const input = citing(['Kế hoạch số 05/KH-UBND ngày 10/10/2025 của Hội đồng nhân dân xã Thử về giám sát']);
    expect(findings(input)).toContainEqual([
      'citation.symbol-issuer',
      'error',
      '05/KH-UBND mang ký hiệu của Ủy ban nhân dân, nhưng được nêu là văn bản của Hội đồng nhân dân xã Thử.',
    ]);
  });

  it("accepts a council's symbol on its standing committee's document, and a chair signing for the committee", () => {
    const input = citing([
      'Kế hoạch số 08/KH-HĐND ngày 10/9/2025 của Thường trực Hội đồng nhân dân xã Thử',
      'Kế hoạch số 38/KH-UBND ngày 08/3/2025 của Chủ tịch UBND tỉnh',
    ]);
    expect(codes(input)).toEqual([]);
  });
});

describe('citation.relation-order', () => {
  it('reports a decree said to amend a later one, with what the catalogue records', () => {
    const input = citing(['Nghị định 117/2013/NĐ-CP của Chính phủ về sửa đổi Nghị định số 130/2015/NĐ-CP']);
    expect(findings(input)).toEqual([
      [
        'citation.relation-order',
        'error',
        '117/2013/NĐ-CP (2013) được nêu là sửa đổi 130/2015/NĐ-CP (2015), văn bản ban hành sau nó. Theo danh mục văn bản, 117/2013/NĐ-CP sửa đổi 130/2005/NĐ-CP.',
      ],
    ]);
  });

  it('accepts a decree amending an earlier one', () => {
    expect(
      codes(citing(['Nghị định 117/2013/NĐ-CP của Chính phủ về sửa đổi Nghị định số 130/2005/NĐ-CP'])),
    ).toEqual([]);
  });

  it('dates the other document from where the supervision cites it in full', () => {
    const input = citing([
      'Kế hoạch số 20/KH-UBND ngày 05/3/2025 về triển khai thực hiện Nghị quyết số 23/NQ-HĐND',
      'Nghị quyết số 23/NQ-HĐND ngày 18/7/2025 về phát triển kinh tế',
    ]);
    expect(findings(input)).toEqual([
      [
        'citation.relation-order',
        'error',
        '20/KH-UBND (05/3/2025) được nêu là thực hiện 23/NQ-HĐND (18/7/2025), văn bản ban hành sau nó.',
      ],
    ]);
  });
});

describe('citation.impossible-date', () => {
  it('reports a date read from a citation that is not on the calendar', () => {
    expect(findings(citing(['Kế hoạch số 10/KH-UBND ngày 30/02/2025']))).toEqual([
      ['citation.impossible-date', 'error', '10/KH-UBND: ngày "30/02/2025" không có trên lịch.'],
    ]);
  });

  it('leaves a date field to date.impossible, so one fault is told once', () => {
    const input = citing([{ type: 'KH', number: '10', symbol: 'UBND', date: '30/02/2025' }]);
    const all = check(input).map((f) => f.code);
    expect(all).toContain('date.impossible');
    expect(all).not.toContain('citation.impossible-date');
  });

  it('reports a normative document dated outside the year in its number', () => {
    expect(findings(citing(['Nghị định số 33/2023/NĐ-CP ngày 10/6/2022 của Chính phủ']))).toContainEqual([
      'citation.impossible-date',
      'error',
      '33/2023/NĐ-CP mang năm 2023 trong số, nhưng đề ngày 10/6/2022.',
    ]);
  });
});

describe('citation.after-notice', () => {
  it('reports a cited document dated after the notice', () => {
    expect(findings(citing(['Kế hoạch số 90/KH-UBND ngày 05/11/2025 về chuyển đổi số']))).toEqual([
      [
        'citation.after-notice',
        'error',
        '90/KH-UBND đề ngày 05/11/2025, sau ngày của thông báo (30/10/2025).',
      ],
    ]);
  });

  it('compares with a draft notice by month only', () => {
    const draft = { documents: { conclusion: { date: '10/2025', place: 'Thử' } } };
    expect(codes(citing(['Kế hoạch số 90/KH-UBND ngày 29/10/2025'], [], draft))).toEqual([]);
    expect(codes(citing(['Kế hoạch số 90/KH-UBND ngày 03/11/2025'], [], draft))).toEqual([
      'citation.after-notice',
    ]);
  });
});

describe('citation.same-subject', () => {
  it('notes two numbers of one body and year on the same subject', () => {
    const input = citing([
      'Kế hoạch số 07/KH-UBND ngày 08/01/2025 về theo dõi thi hành pháp luật và quản lý công tác thi hành pháp luật về xử lý vi phạm hành chính năm 2025',
      'Kế hoạch số 09/KH-UBND ngày 10/01/2025 về theo dõi tình hình thi hành pháp luật và quản lý công tác thi hành pháp luật về xử lý vi phạm hành chính năm 2025',
      'Kế hoạch số 12/KH-UBND ngày 15/01/2025 về theo dõi thi hành pháp luật trong lĩnh vực trọng tâm năm 2025',
    ]);
    const found = check(input).filter((f) => f.code === 'citation.same-subject');
    expect(found.map((f) => [f.severity, f.params.label, f.params.other])).toEqual([
      ['info', '07/KH-UBND', '09/KH-UBND'],
    ]);
  });
});

describe('the national catalogue', () => {
  it('reports a national document cited with another date than its own', () => {
    expect(findings(citing(['Quyết định số 766/QĐ-TTg ngày 23/6/2021 của Thủ tướng Chính phủ']))).toEqual([
      [
        'citation.catalogue-date',
        'warning',
        '766/QĐ-TTg ban hành ngày 23/6/2022, nhưng được trích là ngày 23/6/2021.',
      ],
    ]);
  });

  it('raises nothing on a date the catalogue is not sure of', () => {
    expect(codes(citing(['Nghị định số 117/2013/NĐ-CP ngày 08/10/2013 của Chính phủ']))).toEqual([]);
  });

  it('reports a number the catalogue does not know, cited for a subject it knows under a nearby number', () => {
    const input = citing(
      ['Nghị định số 33/2024/NĐ-CP của Chính phủ'],
      ['Bố trí, sắp xếp cán bộ, công chức đúng quy định của Nghị định số 33/2024/NĐ-CP của Chính phủ.'],
    );
    const [found] = check(input).filter((f) => f.code === 'citation.catalogue-number');
    expect(found?.params.expected).toEqual(['33/2023/NĐ-CP']);
    expect(found?.paths).toEqual([at(0), ['sections', 0, 'paragraphs', 0]]);
  });

  it('leaves an unknown number alone when nothing says what it is cited for, or it is not a near miss', () => {
    expect(codes(citing(['Nghị định số 33/2024/NĐ-CP của Chính phủ'], ['Thực hiện chuyển đổi số.']))).toEqual(
      [],
    );
    expect(
      codes(
        citing(
          ['Nghị định số 92/2009/NĐ-CP của Chính phủ'],
          ['Bố trí cán bộ, công chức theo Nghị định số 92/2009/NĐ-CP.'],
        ),
      ),
    ).toEqual([]);
  });

  it('reports a national document cited for a subject the catalogue gives to another', () => {
    const [found] = check(
      citing(['Nghị định số 63/2024/NĐ-CP của Chính phủ về bố trí cán bộ, công chức cấp xã']),
    ).filter((f) => f.code === 'citation.catalogue-subject');
    expect(found?.params.expected).toBe('33/2023/NĐ-CP');
  });

  it('reports a law cited by a notice dated after it ceased to apply, naming its successor', () => {
    const law = 'Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13';
    const on = (date: string) => ({ legalBases: [law], documents: { conclusion: { date, place: 'Thử' } } });
    expect(findings(citing([], [], on('10/3/2026')))).toEqual([
      [
        'citation.expired',
        'warning',
        '87/2015/QH13 hết hiệu lực sau ngày 28/02/2026, nhưng thông báo đề ngày 10/3/2026; văn bản thay thế: 121/2025/QH15.',
      ],
    ]);
    expect(codes(citing([], [], on('30/10/2025')))).toEqual([]);
    expect(codes(citing([], [], on('02/2026')))).toEqual([]);
  });

  it("takes a province's own documents", () => {
    const resolution = CataloguedDocument.parse({
      type: 'NQ',
      number: '12',
      year: 2022,
      symbol: 'HĐND',
      date: '20/7/2022',
      issuer: 'HĐND tỉnh Thái Nguyên',
      subject: 'chức danh, số lượng người hoạt động không chuyên trách ở cấp xã',
      source: 'Công báo tỉnh Thái Nguyên',
    });
    const frameworks = withFrameworks({ outlines: [FLAT_OUTLINE], documents: [resolution] });
    const input = citing([
      { text: 'Nghị quyết số 12/2022/NQ-HĐND ngày 21/7/2022', issuer: 'HĐND tỉnh Thái Nguyên' },
    ]);
    expect(codes(input)).toEqual([]);
    expect(codes(input, { frameworks })).toEqual(['citation.catalogue-date']);
  });
});

describe('citation.text-differs', () => {
  it('reports structured fields that say otherwise than the written text', () => {
    const input = citing([
      {
        text: 'Kế hoạch số 10/KH-UBND ngày 11/01/2025',
        type: 'KH',
        number: '11',
        symbol: 'UBND',
        date: '11/01/2025',
      },
    ]);
    expect(findings(input)).toEqual([
      [
        'citation.text-differs',
        'warning',
        'Câu trích dẫn "Kế hoạch số 10/KH-UBND ngày 11/01/2025" khác các trường đã khai ở: số.',
      ],
    ]);
  });
});

describe('citation.unreadable', () => {
  it('keeps a citation it cannot read as written, with a note', () => {
    const input = citing(['Nghị quyết của Chính phủ về đẩy mạnh cải cách']);
    expect(findings(input)).toEqual([
      [
        'citation.unreadable',
        'info',
        'Không đọc được trích dẫn "Nghị quyết của Chính phủ về đẩy mạnh cải cách" (không có số và ký hiệu); trích dẫn được giữ nguyên như đã viết.',
      ],
    ]);
  });
});
