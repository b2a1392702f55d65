import { CCHC_XA, checkSupervision, parseSupervision } from '@diemmac/core';
import { describe, expect, it } from 'vitest';
import { type StartForm, startDocument } from './start.js';

const form: StartForm = {
  framework: 'cchc-xa',
  bodyKind: 'doan',
  unit: 'xa',
  commune: 'Thanh Bình',
  province: 'Thái Nguyên',
  subject: 'Kết quả thực hiện công tác cải cách hành chính năm 2025',
  year: '2025',
  periodFrom: '01/01/2025',
  periodTo: '30/9/2025',
  planNumber: '08',
  planSymbol: 'KH-HĐND',
  planDate: '10/9/2025',
  members: [
    { name: 'Nguyễn Văn An', role: 'truong-doan', title: 'Phó Chủ tịch HĐND xã' },
    { name: '', role: 'thanh-vien', title: '' },
  ],
};

describe('startDocument', () => {
  it("gives a document the core accepts, with no error finding, laid out on the framework's outline", () => {
    const document = startDocument(form, CCHC_XA, { year: 2025, month: 11 });
    const parsed = parseSupervision(document);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    if (!parsed.ok) return;
    const errors = checkSupervision(parsed.value, { now: { year: 2025, month: 11, day: 20 } }).filter(
      (f) => f.severity === 'error',
    );
    expect(errors).toEqual([]);
    const procedures = parsed.value.sections[1]!.sections[1]!.sections[1]!;
    expect([procedures.number, procedures.key]).toEqual(['2.2.', 'reform.procedures']);
    expect(parsed.value.sections.map((s) => s.number)).toEqual(['I.', 'II.']);
  });

  it('names the plan, the period and the delegation, and leaves the notice a draft', () => {
    const document = startDocument(form, CCHC_XA, { year: 2025, month: 11 });
    expect(document.preamble?.[0]).toContain('Kế hoạch số 08/KH-HĐND ngày 10/9/2025');
    expect(document.preamble?.[0]).toContain('từ ngày 01/01/2025 đến ngày 30/9/2025');
    expect(document.delegation).toEqual([
      { name: 'Nguyễn Văn An', role: 'truong-doan', title: 'Phó Chủ tịch HĐND xã' },
    ]);
    expect(document.signature.signer).toBe('Nguyễn Văn An');
    expect(document.documents.conclusion).toMatchObject({ number: null, date: '11/2025' });
    expect(document.id).toBe('thanh-binh-2025-ket-qua-thuc-hien');
  });
});
