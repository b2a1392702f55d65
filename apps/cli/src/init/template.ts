import type { OutlineFramework, OutlineNode } from '@diemmac/core';

export interface TemplateOptions {
  commune?: string | undefined;
  province?: string | undefined;
  year: number;
  /** Month of the draft conclusion notice. */
  month: number;
  framework: OutlineFramework;
  schemaUrl: string;
}

/** Kebab-case without diacritics: "Thanh Bình" → "thanh-binh". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The id of a new supervision, and the name of its file: "thanh-binh-2025". */
export function supervisionId(commune: string | undefined, year: number): string {
  return `${(commune && slug(commune)) || 'giam-sat'}-${year}`;
}

// Law 87/2015/QH13 governed supervision until 28/02/2026; Law 121/2025/QH15 from 01/03/2026.
const supervisionLaw = (year: number) =>
  year >= 2026
    ? 'Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 121/2025/QH15'
    : 'Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** Commented examples of figure blocks, shown under the section they usually belong to. */
const FIGURE_HINTS: Record<string, string[]> = {
  'reform.procedures': [
    '# Ví dụ số liệu hồ sơ thủ tục hành chính (bỏ dấu # để dùng):',
    '# figures:',
    '#   - kind: dossiers',
    "#     period: { from: '15/12/2024', to: '31/10/2025' }",
    '#     received: { total: 2175, online: 2173, directOrPostal: 2, carriedOver: 0 }',
    '#     resolved: { total: 2169, early: 1362, onTime: 806, late: 1 }',
    '#     pending: { total: 6, withinDeadline: 6, overdue: 0 }',
    '#     apologies: 1   # số văn bản xin lỗi, bằng số hồ sơ trả quá hạn',
  ],
  'reform.public-finance': [
    '# Ví dụ số liệu ngân sách (ghi số tiền, tỷ lệ đúng như văn bản, kể cả dấu chấm, dấu phẩy):',
    '# figures:',
    '#   - kind: budget',
    "#     period: { label: 9 tháng năm 2025, from: '01/01/2025', to: '30/9/2025' }",
    "#     revenue: { actual: '5.824.272.835', plan: '6.271.000.000', rate: '92,88' }",
  ],
  'reform.e-government': [
    '# Ví dụ số liệu số hóa hồ sơ:',
    '# figures:',
    "#   - { kind: digitisation, done: 3796, total: 3883, rate: '97,76' }",
  ],
};

/**
 * A new supervision file: every required field filled (placeholders in parentheses),
 * every section of the outline framework, Vietnamese comments saying what goes where, and
 * the schema line editors use for completion. It passes `diemmac check` with no error.
 *
 * @example
 * initTemplate({ commune: 'Thanh Bình', year: 2025, month: 11, framework: CCHC_XA, schemaUrl })
 * // '# yaml-language-server: $schema=https://unpkg.com/diemmac@0.1.0/dist/supervision.schema.json\n…'
 */
export function initTemplate(options: TemplateOptions): string {
  const { year, framework } = options;
  const commune = options.commune ?? '(tên xã)';
  const province = options.province ?? '(tên tỉnh)';
  const id = supervisionId(options.commune, year);
  const q = (s: string) => JSON.stringify(s);
  const lines = [
    `# yaml-language-server: $schema=${options.schemaUrl}`,
    `# Cuộc giám sát chuyên đề của HĐND xã ${commune} năm ${year}: bản nháp do "diemmac init" tạo.`,
    '# Điền dần từng mục (các chỗ trong ngoặc đơn), rồi chạy "diemmac check <tệp này>" sau mỗi lần sửa.',
    '# Số liệu ghi đúng như văn bản, kể cả dấu chấm và dấu phẩy: "5.824.272.835", "92,87".',
    '# Ngày ghi dạng ngày/tháng/năm: "20/7/2025".',
    '',
    'schemaVersion: 1',
    '# Mã cuộc giám sát: chữ thường không dấu, nối bằng gạch ngang.',
    `id: ${id}`,
    `year: ${year}`,
    '# Nội dung giám sát, như dòng trích yếu của Thông báo kết luận.',
    `subject: ${q(`Kết luận giám sát công tác cải cách hành chính năm ${year}`)}`,
    `# Khung đề cương: ${framework.name} (phiên bản ${framework.version}).`,
    `framework: ${framework.id}`,
    '',
    '# Cơ quan giám sát, ghi như ngày ban hành văn bản.',
    'body:',
    '  level: xa          # xa (xã, phường), huyen, tinh',
    '  kind: thuong-truc  # hdnd, thuong-truc (Thường trực HĐND), ban, doan (Đoàn giám sát)',
    `  name: ${q(`Hội đồng nhân dân xã ${commune}`)}`,
    `  shortName: ${q(`HĐND xã ${commune}`)}`,
    '',
    '# Đơn vị hành chính. Từ 01/7/2025 không còn cấp huyện: chỉ ghi huyện cho văn bản trước ngày đó.',
    'locality:',
    '  unit: xa  # xa, phuong, thi-tran, dac-khu',
    `  name: ${q(commune)}`,
    `  province: ${q(province)}`,
    '',
    '# Các cơ quan, đơn vị chịu sự giám sát.',
    'supervised:',
    `  - ${q(`Ủy ban nhân dân xã ${commune}`)}`,
    '',
    '# Căn cứ pháp lý. Văn bản từ 01/3/2026 căn cứ Luật số 121/2025/QH15 (thay Luật số 87/2015/QH13).',
    'legalBases:',
    `  - ${q(supervisionLaw(year))}`,
    '',
    '# Các đoạn "Thực hiện…", "Căn cứ…" ở đầu Thông báo.',
    'preamble: []',
    '',
    '# Văn bản của từng bước giám sát. Bỏ dấu # và điền khi đã có.',
    'documents:',
    '  # programme: { number: "12", symbol: NQ-HĐND, date: "15/7/2024", subject: Chương trình giám sát năm 2025 }',
    '  # plan: { number: "08", symbol: KH-HĐND, date: "10/9/2025" }',
    '  # delegationDecision: { number: "09", symbol: QĐ-HĐND, date: "15/9/2025" }',
    '  # contentNotice: { number: "10", symbol: TB-HĐND, date: "16/9/2025" }',
    '  reports: []  # báo cáo của đơn vị: - { from: Ủy ban nhân dân xã, due: "30/9/2025", received: "28/9/2025" }',
    '  conclusion:',
    '    number: null  # để trống (null) khi còn là dự thảo',
    '    symbol: TB-HĐND',
    `    date: ${q(`${options.month}/${year}`)}  # dự thảo: chỉ tháng/năm; khi ký: ngày/tháng/năm`,
    `    place: ${q(commune)}`,
    '',
    '# Thành viên Đoàn giám sát: - { name: Nguyễn Văn An, role: truong-doan, title: Phó Chủ tịch HĐND xã }',
    '# role: truong-doan, pho-doan, thanh-vien, thu-ky',
    'delegation: []',
    '',
    '# Kết quả giám sát theo khung đề cương. Mỗi mục: các đoạn văn (paragraphs), văn bản được dẫn',
    '# (citations) và số liệu (figures). Xóa những mục không giám sát.',
    'sections:',
    ...framework.sections.flatMap((node, i) => section(node, `${ROMAN[i] ?? i + 1}.`, 1)),
    '',
    '# Kiến nghị của Đoàn giám sát; status: pending, in-progress, done, partly-done, not-done, unsatisfactory',
    '# - { addressee: Lãnh đạo UBND xã, content: "…", deadline: "31/12/2025", status: pending }',
    'recommendations: []',
    '',
    'recipients:',
    `  - ${q('TT HĐND xã;')}`,
    `  - ${q('Lãnh đạo UBND xã;')}`,
    `  - ${q('Lưu: VT.')}`,
    '',
    '# Khối chữ ký (Nghị định 30/2020/NĐ-CP): authority là TM., KT., Q., TL. hoặc TUQ.',
    'signature:',
    '  authority: TM.',
    '  body: ĐOÀN GIÁM SÁT',
    '  position: TRƯỞNG ĐOÀN',
    `  signer: ${q('(họ và tên người ký)')}`,
    '',
  ];
  return lines.join('\n');
}

function section(node: OutlineNode, number: string, depth: number): string[] {
  const pad = '  '.repeat(depth);
  const lines = [
    `${pad}- key: ${node.key}`,
    `${pad}  number: ${JSON.stringify(number)}`,
    `${pad}  title: ${JSON.stringify(node.title)}`,
  ];
  const hint = FIGURE_HINTS[node.key];
  if (hint) lines.push(...hint.map((h) => `${pad}  ${h}`));
  if (node.children?.length) {
    lines.push(`${pad}  sections:`);
    node.children.forEach((child, i) => {
      const childNumber = depth === 1 ? `${i + 1}.` : `${number}${i + 1}.`;
      lines.push(...section(child, childNumber, depth + 2));
    });
  } else {
    lines.push(`${pad}  paragraphs: []`);
  }
  return lines;
}
