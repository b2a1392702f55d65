import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CitationEntry, citationsOf } from '../src/citations/collect.js';
import { checkSupervision, type Finding, formatFinding, parseSupervisionText } from '../src/index.js';

function load(name: string) {
  const text = readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8');
  const r = parseSupervisionText(text);
  if (!r.ok) throw new Error(`${name} does not parse: ${JSON.stringify(r)}`);
  return r.value;
}

const NOW = { year: 2024, month: 11, day: 20 };
const ours = (f: Finding) => f.code.startsWith('citation.') || f.code.startsWith('name.');

describe('the citations and names of the Điềm Mặc 2024 notice (FACTS.md, "Cited documents" and "Names")', () => {
  const seed = load('diem-mac-2024.yaml');
  const findings = checkSupervision(seed, { now: NOW }).filter(ours);

  it('holds every citation in structured form, its written text kept beside it', () => {
    const all = citationsOf(seed);
    expect(all.length).toBeGreaterThanOrEqual(40);
    const unstructured = all.filter(
      (e: CitationEntry) => e.source !== 'notice' && e.source !== 'lifecycle' && !e.citation,
    );
    expect(unstructured).toEqual([]);
    expect(all.filter((e) => e.differs.length > 0)).toEqual([]);
  });

  it('yields exactly the faults FACTS.md lists, the 33/2024 mis-citation, and nothing else', () => {
    expect(findings.map((f) => [f.severity, f.code, formatFinding(f, 'vi')])).toEqual([
      [
        'error',
        'citation.number-reused',
        'Số 10/KH-UBND được dùng cho 2 văn bản khác nhau: ngày 11/01/2024 về cải cách hành chính năm 2024; ngày 10/01/2024 về theo dõi tình hình thi hành pháp luật và quản lý công tác thi hành pháp luật về xử lý vi phạm hành chính năm 2024.',
      ],
      [
        'error',
        'citation.symbol-issuer',
        '05/KH-UBND mang ký hiệu của Ủy ban nhân dân, nhưng được nêu là văn bản của Hội đồng nhân dân xã Điềm Mặc.',
      ],
      [
        'error',
        'citation.relation-order',
        '117/2013/NĐ-CP (2013) được nêu là sửa đổi 130/2015/NĐ-CP (2015), văn bản ban hành sau nó. Theo danh mục văn bản, 117/2013/NĐ-CP sửa đổi 130/2005/NĐ-CP.',
      ],
      [
        'warning',
        'citation.number-order',
        'Số 05/KH-UBND đề ngày 10/10/2024, sau số lớn hơn 07/KH-UBND (ngày 08/01/2024): số văn bản không theo thứ tự ngày ban hành.',
      ],
      [
        'warning',
        'citation.number-order',
        'Số 19/KH-UBND đề ngày 12/01/2024, trước số nhỏ hơn 17/KH-UBND (ngày 17/01/2024): số văn bản không theo thứ tự ngày ban hành.',
      ],
      [
        'warning',
        'citation.number-order',
        'Số 47/BC-UBND đề ngày 16/4/2024, trước số nhỏ hơn 38/BC-UBND (ngày 29/4/2024): số văn bản không theo thứ tự ngày ban hành.',
      ],
      [
        'warning',
        'citation.catalogue-number',
        '33/2024/NĐ-CP không có trong danh mục văn bản; nội dung được trích (quy định về cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố) là của 33/2023/NĐ-CP.',
      ],
      [
        'info',
        'citation.same-subject',
        '07/KH-UBND (ngày 08/01/2024) và 10/KH-UBND (ngày 10/01/2024) cùng nội dung: "theo dõi thi hành pháp luật và quản lý công tác thi hành pháp luật về xử lý vi phạm hành chính năm 2024" và "theo dõi tình hình thi hành pháp luật và quản lý công tác thi hành pháp luật về xử lý vi phạm hành chính năm 2024".',
      ],
      ['warning', 'name.variant', expect.stringContaining('"Điem Mặc" (thiếu dấu) ở 4 chỗ')],
      ['warning', 'name.variant', expect.stringContaining('"Diêm Mặc" (thiếu dấu) 13 lần, ở 12 chỗ')],
      ['warning', 'name.variant', expect.stringContaining('"Diềm Mặc" (thiếu dấu) ở 4 chỗ')],
      ['warning', 'name.variant', expect.stringContaining('"Diêm Mạc" (thiếu dấu) ở 5 chỗ')],
    ]);
  });

  it("names the two places of the reused number and the plan said to be the council's", () => {
    const reused = findings.find((f) => f.code === 'citation.number-reused')!;
    expect(reused.paths).toEqual([
      ['sections', 0, 'citations', 0],
      ['sections', 1, 'sections', 1, 'sections', 0, 'citations', 7],
    ]);
    expect(findings.find((f) => f.code === 'citation.symbol-issuer')!.paths).toEqual([
      ['documents', 'plan', 'citation'],
    ]);
  });

  it('points the 33/2024 finding at the citation and at the paragraph that says what it is cited for', () => {
    const decree = findings.find((f) => f.code === 'citation.catalogue-number')!;
    const civilService = ['sections', 1, 'sections', 1, 'sections', 3];
    expect(decree.paths).toEqual([
      [...civilService, 'citations', 0],
      [...civilService, 'paragraphs', 0],
    ]);
    expect(decree.params.expected).toEqual(['33/2023/NĐ-CP']);
  });

  it('reports every misspelling of Điềm Mặc with all its places, and never "Định Hoá" for "Định Hóa"', () => {
    const names = findings.filter((f) => f.code === 'name.variant');
    expect(names.map((f) => [f.params.name, f.params.variant, f.params.places])).toEqual([
      ['Điềm Mặc', 'Điem Mặc', 4],
      ['Điềm Mặc', 'Diêm Mặc', 12],
      ['Điềm Mặc', 'Diềm Mặc', 4],
      ['Điềm Mặc', 'Diêm Mạc', 5],
    ]);
    expect(names.find((f) => f.params.variant === 'Diêm Mạc')!.paths).toContainEqual([
      'sections',
      1,
      'sections',
      3,
      'paragraphs',
      0,
    ]);
  });

  it('words every finding in English too', () => {
    for (const f of findings) expect(formatFinding(f, 'en')).not.toMatch(/undefined|\bcitation\.|\bname\./);
  });
});

describe('the clean Thanh Bình 2025 example', () => {
  it('has no citation or name fault', () => {
    const clean = load('thanh-binh-2025.yaml');
    expect(checkSupervision(clean, { now: { year: 2026, month: 11, day: 27 } }).filter(ours)).toEqual([]);
  });
});
