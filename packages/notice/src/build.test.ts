import { formatFinding, RULES } from '@diemmac/core';
import { describe, expect, it } from 'vitest';
import { example, supervision } from '../test/fixtures.js';
import { buildNotice } from './build.js';
import type { Block, HeaderBlock, HeadingBlock, SignOffBlock, TableBlock } from './tree.js';

const ofType = <T extends Block['type']>(blocks: readonly Block[], type: T) =>
  blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);
const header = (blocks: readonly Block[]) => ofType(blocks, 'header')[0] as HeaderBlock;
const headings = (blocks: readonly Block[]) =>
  ofType(blocks, 'heading').map((h: HeadingBlock) => (h.number ? `${h.number} ${h.text}` : h.text));
const tables = (blocks: readonly Block[]) => ofType(blocks, 'table') as TableBlock[];

describe('buildNotice: the header (Decree 30/2020, Appendix I)', () => {
  it('puts the issuing body in capitals on the left, the national title and motto on the right', () => {
    const h = header(
      buildNotice(
        supervision([], {
          body: {
            level: 'xa',
            kind: 'hdnd',
            name: 'Hội đồng nhân dân xã Điềm Mặc',
            parent: 'Huyện Định Hóa',
          },
        }),
      ).blocks,
    );
    expect(h.issuer).toEqual({ parent: 'HUYỆN ĐỊNH HÓA', name: 'HỘI ĐỒNG NHÂN DÂN XÃ ĐIỀM MẶC' });
    expect(h.nation).toEqual({
      title: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
    });
  });

  it('writes a number below 10 with a leading zero, and the date with the place', () => {
    const h = header(buildNotice(supervision()).blocks);
    expect(h.number).toBe('Số: 05/TB-HĐND');
    expect(h.placeDate).toBe('Thử, ngày 30 tháng 10 năm 2025');
  });

  it('keeps the number and the day blank in a draft', () => {
    const h = header(buildNotice(example('diem-mac-2024.yaml').model).blocks);
    expect(h.number).toBe('Số:      /TB-HĐND');
    expect(h.placeDate).toBe('Điềm Mặc, ngày      tháng 11 năm 2024');
  });

  it('writes text in NFC even when the input is decomposed', () => {
    const name = 'Hội đồng nhân dân xã Điềm Mặc'.normalize('NFD');
    const h = header(buildNotice(supervision([], { body: { level: 'xa', kind: 'hdnd', name } })).blocks);
    expect(h.issuer.name).toBe('HỘI ĐỒNG NHÂN DÂN XÃ ĐIỀM MẶC'.normalize('NFC'));
  });
});

describe('buildNotice: the body', () => {
  const { model, findings } = example('diem-mac-2024.yaml');
  const doc = buildNotice(model, { findings });

  it('numbers the parts I to IV and keeps the source numbering of the sections', () => {
    const h = headings(doc.blocks);
    expect(h.filter((t) => /^(I|II|III|IV)\. [A-ZĐ]/.test(t) && t === t.toLocaleUpperCase('vi'))).toEqual([
      'I. ĐÁNH GIÁ VIỆC THỰC HIỆN KẾ HOẠCH GIÁM SÁT',
      'II. ĐÁNH GIÁ KẾT QUẢ GIÁM SÁT',
      'I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH',
      'II. KẾT QUẢ THỰC HIỆN',
      'III. ĐÁNH GIÁ CHUNG',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(h).toContain('2.2. Cải cách thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông');
  });

  it('sets the budget as a table with the rates as written ("48,70", "62,5", "137")', () => {
    const budget = tables(doc.blocks).find((t) => t.columns[0]?.title === 'Khoản');
    expect(budget?.rows.map((r) => r.cells)).toContainEqual([
      'Tổng thu ngân sách',
      '5.824.272.835',
      '6.271.000.000',
      '92,87',
    ]);
    expect(budget?.rows.map((r) => r.cells[3])).toEqual(
      expect.arrayContaining(['48,70', '132,72', '311,84', '62,93', '98,92', '62,5', '137']),
    );
  });

  it('writes scores with a decimal comma, reading "15.3." as 15,3', () => {
    const index = tables(doc.blocks).find((t) => t.columns[0]?.title === 'Thành phần');
    expect(index?.rows.map((r) => r.cells)).toContainEqual(['Số hóa hồ sơ', '15,3', '22']);
    expect(index?.rows.at(-1)?.cells[1]).toBe('87,81');
  });

  it('groups the recommendations by addressee, in the order of the source', () => {
    const h = headings(doc.blocks);
    expect(h).toContain('1. Đối với Lãnh đạo UBND xã');
    expect(h).toContain('2. Đối với Công chức chuyên môn');
    const items = ofType(doc.blocks, 'list').flatMap((l) =>
      l.items.map((i) => i.map((r) => r.text).join('')),
    );
    for (const r of model.recommendations) expect(items).toContain(r.content);
  });

  it('ends with the recipients and the signature block', () => {
    const foot = ofType(doc.blocks, 'signOff')[0] as SignOffBlock;
    expect(foot.recipients.items).toEqual(model.recipients);
    expect(foot.signature).toEqual({
      authority: 'TM. ĐOÀN GIÁM SÁT',
      position: 'TRƯỞNG ĐOÀN',
      title: 'PHÓ CHỦ TỊCH HĐND',
      signer: 'Phùng Văn Đại',
    });
  });

  it('writes sums of money in words when asked', () => {
    const text = (d: ReturnType<typeof buildNotice>) =>
      ofType(d.blocks, 'paragraph').map((p) => p.runs.map((r) => r.text).join(''));
    expect(text(doc).some((t) => t.includes('Bằng chữ'))).toBe(false);
    expect(text(buildNotice(model, { amountsInWords: true }))).toContain(
      'Tổng thu ngân sách: 5.824.272.835 đồng (Bằng chữ: Năm tỷ tám trăm hai mươi tư triệu hai trăm bảy mươi hai nghìn tám trăm ba mươi lăm đồng).',
    );
  });

  it('prints the words a notice wrote beside an amount as written, even a wrong sum the checks report', () => {
    const withWords = supervision([
      {
        kind: 'amount',
        label: 'Kinh phí',
        value: '120.000.000',
        inWords: 'Bằng chữ: Một trăm hai mươi lăm triệu đồng',
      },
    ]);
    const items = ofType(buildNotice(withWords).blocks, 'list').flatMap((l) =>
      l.items.map((i) => i.map((r) => r.text).join('')),
    );
    expect(items).toContain('Kinh phí: 120.000.000 đồng (Bằng chữ: Một trăm hai mươi lăm triệu đồng).');
  });

  it('has no annex unless asked', () => {
    expect(ofType(doc.blocks, 'title').map((t) => t.text)).toEqual(['THÔNG BÁO']);
  });
});

describe('buildNotice: the annex "Kiểm tra số liệu"', () => {
  const { model, findings } = example('diem-mac-2024.yaml');
  const doc = buildNotice(model, { findings, annex: true });
  const [faults, rates, passed] = tables(doc.blocks).slice(-3) as [TableBlock, TableBlock, TableBlock];

  it('lists every finding with its rule, wording, figures, difference and verdict', () => {
    expect(faults.rows).toHaveLength(findings.length);
    for (const [i, f] of findings.entries()) {
      const cells = faults.rows[i]?.cells ?? [];
      expect(cells[1]).toContain(`(${f.code})`);
      expect(cells[2]).toContain(formatFinding({ ...f, suggestion: undefined }, 'vi'));
    }
    expect(faults.rows[0]?.cells).toEqual([
      '1',
      'Số hồ sơ đã giải quyết bằng trước hạn + đúng hạn + quá hạn\n(dossier.resolved-breakdown)',
      expect.stringContaining('Gợi ý: nếu Mục 2.2., Hồ sơ thủ tục hành chính: đã giải quyết là 2.169'),
      '2.170',
      '2.169',
      '+1',
      'Lỗi',
    ]);
    expect(faults.rows[1]?.cells.slice(3)).toEqual(['2.175', '2.176', '-1', 'Lỗi']);
  });

  it('recomputes every written rate and names the rounding that reproduces it', () => {
    const revenue = rates.rows.find((r) => r.cells[1]?.startsWith('Tổng thu ngân sách'));
    expect(revenue?.cells.slice(2)).toEqual([
      '5.824.272.835',
      '6.271.000.000',
      '92,87%',
      '92,8763%',
      '-0,0063%',
      'Đạt (cắt bỏ)',
    ]);
    const landFees = rates.rows.find((r) => r.cells[1]?.startsWith('Thu tiền sử dụng đất'));
    expect(landFees?.cells.slice(4)).toEqual([
      '137%',
      '136,9975%',
      '+0,0025%',
      'Đạt (làm tròn, làm tròn chẵn)',
    ]);
  });

  it('lists every rule that ran and found nothing as passed', () => {
    const found = new Set(findings.map((f) => f.code));
    const expected = RULES.map((r) => r.code).filter((c) => !found.has(c));
    expect(passed.rows.map((r) => /\(([^)]+)\)$/.exec(r.cells[1] ?? '')?.[1])).toEqual(expected);
    expect(new Set(passed.rows.map((r) => r.cells[2]))).toEqual(new Set(['Đạt']));
  });

  it('says which notice it goes with', () => {
    const title = ofType(doc.blocks, 'title').at(-1);
    expect(title?.note).toBe(
      '(Kèm theo Thông báo số      /TB-HĐND ngày      tháng 11 năm 2024 của Hội đồng nhân dân xã Điềm Mặc)',
    );
  });

  it('refuses to build an annex without findings', () => {
    expect(() => buildNotice(model, { annex: true })).toThrow(/findings/);
  });

  it("words a pack's rule as the pack does, among the rules that ran under it", () => {
    const wording = {
      vi: {
        'tn.staffing.under-quota': { title: 'Biên chế đạt 90%', text: () => 'Biên chế hiện có: 8 trên 10.' },
      },
    };
    const finding = { ...findings[0]!, code: 'tn.staffing.under-quota', paths: [], suggestion: undefined };
    const withPack = buildNotice(model, {
      findings: [finding],
      annex: true,
      checkedRules: ['dossier.balance', 'tn.staffing.under-quota'],
      wording,
    });
    const all = tables(withPack.blocks);
    const rows = all.find((t) => t.rows[0]?.cells[1]?.includes('(tn.staffing.under-quota)'));
    const passedUnderPack = all.at(-1);
    expect(rows?.rows[0]?.cells.slice(1, 3)).toEqual([
      'Biên chế đạt 90%\n(tn.staffing.under-quota)',
      'Biên chế hiện có: 8 trên 10.',
    ]);
    expect(passedUnderPack?.rows.map((r) => r.cells[1])).toEqual([
      expect.stringContaining('(dossier.balance)'),
    ]);
    expect(JSON.stringify(withPack.blocks)).not.toContain('không có trong danh mục');
  });
});

describe('buildNotice: the frame of real notices', () => {
  const texts = (doc: ReturnType<typeof buildNotice>) =>
    doc.blocks.flatMap((b) =>
      b.type === 'paragraph'
        ? [b.runs.map((r) => r.text).join('')]
        : b.type === 'list'
          ? b.items.map((i) => i.map((r) => r.text).join(''))
          : b.type === 'heading'
            ? [b.number ? `${b.number} ${b.text}`.trim() : b.text]
            : [],
    );

  it('invents nothing the data lacks: no province, supervised body, section title or closing line', () => {
    const model = supervision([{ kind: 'count', label: 'Máy scan', value: '02', unit: 'cái' }], {
      locality: { name: 'Thử' },
      supervised: [],
      sections: [
        { key: 'direction', paragraphs: ['Đoạn không tiêu đề.'] },
        {
          key: 'reform',
          number: '2.',
          paragraphs: ['Đoạn có số, không tên.'],
          figures: [{ kind: 'count', label: 'Máy scan', value: '02', unit: 'cái' }],
          citations: ['Kế hoạch số 05/KH-UBND ngày 10/10/2024'],
        },
      ],
    });
    const doc = buildNotice(model);
    const all = texts(doc);
    expect(headings(doc.blocks).map((h) => h.trim())).toEqual(['I. ĐÁNH GIÁ KẾT QUẢ GIÁM SÁT', '2.']);
    expect(all.some((t) => t.startsWith('Trên đây là'))).toBe(false);
    expect(all.some((t) => t.includes('Văn bản liên quan'))).toBe(false);
    expect(all).toContain('Máy scan: 02 cái.');
  });

  it('models the two-line header and names the body in full, never "của THƯỜNG TRỰC"', () => {
    const model = supervision([], {
      body: { level: 'xa', kind: 'thuong-truc', parent: 'Hội đồng nhân dân xã Thử', name: 'Thường trực' },
    });
    const doc = buildNotice(model, { findings: [], annex: true });
    expect(header(doc.blocks).issuer).toEqual({ parent: 'HỘI ĐỒNG NHÂN DÂN XÃ THỬ', name: 'THƯỜNG TRỰC' });
    expect(ofType(doc.blocks, 'title').at(-1)?.note).toMatch(/của Thường trực Hội đồng nhân dân xã Thử\)$/);
  });

  it("keeps figures and dates of the body as written, and pads only the notice's own date line", () => {
    const model = supervision(
      [
        { kind: 'count', label: 'Đường truyền', value: '03' },
        {
          kind: 'ratio',
          label: 'Hồ sơ đúng hạn',
          part: 7,
          whole: 8,
          rate: '87,5',
          period: { from: '1/1/2025', to: '30/9/2025' },
        },
      ],
      { documents: { conclusion: { number: '5', date: '3/2/2025', place: 'Thử' } } },
    );
    const doc = buildNotice(model);
    const all = texts(doc);
    expect(all).toContain('Đường truyền: 03.');
    expect(all.find((t) => t.startsWith('Hồ sơ đúng hạn'))).toContain('1/1/2025');
    expect(all.find((t) => t.startsWith('Hồ sơ đúng hạn'))).toContain('30/9/2025');
    expect(header(doc.blocks).placeDate).toBe('Thử, ngày 03 tháng 02 năm 2025');
  });

  it("keeps the recommendations' own numbering and titles, and a deadline on one part", () => {
    const model = supervision([], {
      recommendations: [
        {
          number: '4.1.',
          title: 'Đối với Chủ tịch UBND xã',
          addressee: 'Chủ tịch UBND xã',
          content: 'Chỉ đạo bộ phận một cửa:',
          parts: [
            { number: 'a)', content: 'Trang bị máy quét', deadline: '30/11/2025' },
            { number: 'b)', content: 'Niêm yết thủ tục' },
          ],
        },
      ],
    });
    const doc = buildNotice(model);
    expect(headings(doc.blocks)).toContain('4.1. Đối với Chủ tịch UBND xã');
    const all = texts(doc);
    expect(all).toContain('a) Trang bị máy quét (thời hạn: 30/11/2025)');
    expect(all).toContain('b) Niêm yết thủ tục');
  });
});
