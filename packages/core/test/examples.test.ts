import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSupervision, type Finding, formatFinding, parseSupervisionText } from '../src/index.js';

function load(name: string) {
  const text = readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8');
  const r = parseSupervisionText(text);
  if (!r.ok) throw new Error(`${name} does not parse: ${JSON.stringify(r)}`);
  return r;
}

// The notice's own month, so that nothing depends on the day the tests run.
const NOW = { year: 2024, month: 11, day: 20 };
const DOSSIERS = ['sections', 1, 'sections', 1, 'sections', 1, 'figures', 0];
const isFigureFinding = (f: Finding) => !f.code.startsWith('citation.') && !f.code.startsWith('name.');

describe('the Điềm Mặc 2024 notice (shared/seed, FACTS.md)', () => {
  const seed = load('diem-mac-2024.yaml');
  const findings = checkSupervision(seed.value, { now: NOW });
  const figureFindings = findings.filter(isFigureFinding);

  it('yields exactly the figure faults FACTS.md lists, and nothing where a figure holds', () => {
    expect(figureFindings.map((f) => [f.severity, f.code])).toEqual([
      ['error', 'dossier.resolved-breakdown'],
      ['error', 'dossier.balance'],
      ['info', 'digitisation.exceeds-received'],
      ['error', 'rate.mismatch'],
      ['warning', 'rounding.mixed'],
      ['warning', 'budget.item-direction'],
      ['warning', 'period.conflict'],
      ['warning', 'period.conflict'],
      ['info', 'number.stray-separator'],
      ['info', 'legal.replaced-term'],
      ['info', 'legal.replaced-term'],
    ]);
  });

  it('notes "mức độ 3, 4", replaced by "một phần" and "toàn trình" under Decree 42/2022/NĐ-CP', () => {
    const [term] = figureFindings.filter((f) => f.code === 'legal.replaced-term');
    expect(term!.paths[0]).toEqual(['assessment', 'limitations', 5]);
    expect(formatFinding(term!, 'vi')).toBe(
      '"mức độ 3, 4" là thuật ngữ đã được thay bằng "một phần", "toàn trình" từ ngày 01/8/2022 (Nghị định 42/2022/NĐ-CP).',
    );
  });

  it('never takes 2.173 of 2.175 dossiers for 100%, whatever the rounding', () => {
    const rate = figureFindings.find((f) => f.code === 'rate.mismatch')!;
    expect(formatFinding(rate, 'vi')).toBe(
      'Tỷ lệ hồ sơ xử lý trực tuyến một phần, toàn trình: 2.173/2.175 = 99,908%, nhưng văn bản ghi 100% (100% hay 0% chỉ ghi khi đúng tuyệt đối, dù làm tròn thế nào).',
    );
  });

  it('notes 3.883 dossiers digitised against 2.175 received over the same months', () => {
    const digitised = figureFindings.find((f) => f.code === 'digitisation.exceeds-received')!;
    expect([digitised.reported?.written, digitised.computed?.written]).toEqual(['3883', '2175']);
  });

  it('says the dossier counts and their digitisation are cut at two dates, naming both', () => {
    const [, across] = figureFindings.filter((f) => f.code === 'period.conflict');
    expect(formatFinding(across!, 'vi')).toBe(
      'Số liệu hồ sơ thủ tục hành chính và Số hóa hồ sơ cùng một nhóm nhưng tính đến hai kỳ khác nhau: 15/12/2023 – 31/10/2024; 15/12/2023 – 30/10/2024.',
    );
  });

  it('shows both numbers of each dossier fault and suggests resolved = 2169', () => {
    const [resolved, balance] = figureFindings;
    expect(formatFinding(resolved!, 'vi')).toBe(
      'Số hồ sơ đã giải quyết ghi 2.170, nhưng trước hạn 1.362 + đúng hạn 806 + quá hạn 1 = 2.169. ' +
        'Gợi ý: nếu số hồ sơ đã giải quyết là 2.169 thì các số liệu đều khớp.',
    );
    expect(formatFinding(balance!, 'en')).toBe(
      '2,175 dossiers received, but resolved 2,170 + pending 6 = 2,176. Suggestion: with dossiers resolved at 2,169 the figures agree.',
    );
    expect(resolved!.suggestion?.path).toEqual([...DOSSIERS, 'resolved', 'total']);
  });

  it('says which rates were truncated and which were rounded', () => {
    const mixed = figureFindings.find((f) => f.code === 'rounding.mixed')!;
    expect(mixed.params['by:truncate']).toEqual([
      'revenue',
      'Thuế giá trị gia tăng',
      'Thuế thu nhập cá nhân',
      'Thuế sử dụng đất phi nông nghiệp',
      'Thu phí lệ phí',
    ]);
    expect(mixed.params['by:half-up/half-even']).toEqual(['digitisation', 'Thu tiền sử dụng đất']);
  });

  it('reads "15.3./22" as 15.3 with a note, and keeps "48,70" with its two decimals', () => {
    const stray = figureFindings.find((f) => f.code === 'number.stray-separator')!;
    expect(formatFinding(stray, 'vi')).toBe('Số "15.3." có dấu thừa ở cuối; đã đọc là 15,3.');
    const budget = seed.value.sections[1]!.sections[1]!.sections[4]!.figures[0]!;
    if (budget.kind !== 'budget') throw new Error('budget block expected');
    const vat = budget.expenditure!.items[0]!.rate!;
    expect([vat.written, vat.scale, vat.value.toString()]).toEqual(['48,70', 2, '48.7']);
  });

  it('points each finding at its line in the file', () => {
    const lines = figureFindings.map((f) => seed.locate(f.paths[0]!)?.line);
    expect(lines.every((l) => typeof l === 'number' && l > 0)).toBe(true);
  });
});

describe('the clean Thanh Bình 2025 example', () => {
  it('yields no finding at all, even long after its deadlines', () => {
    const clean = load('thanh-binh-2025.yaml');
    expect(checkSupervision(clean.value, { now: { year: 2026, month: 11, day: 27 } })).toEqual([]);
  });
});

describe('a clean notice in its own layout', () => {
  it('gets no finding when the clean example is re-ordered, re-nested and renumbered', () => {
    const model = load('thanh-binh-2025.yaml').value;
    const [direction, results] = model.sections;
    const [reform, democracy] = results!.sections;
    // Democracy first and lifted to the top, reform with its areas in reverse, direction last.
    const own = {
      ...model,
      sections: [
        { ...democracy!, number: '1.', title: 'Về thực hiện dân chủ' },
        {
          ...reform!,
          number: '2.',
          sections: [...reform!.sections].reverse().map((s, i) => ({ ...s, number: `2.${i + 1}.` })),
        },
        { ...direction!, number: '3.', title: 'Về lãnh đạo, chỉ đạo' },
      ],
    };
    expect(checkSupervision(own, { now: { year: 2026, month: 11, day: 27 } })).toEqual([]);
  });
});
