import type { OutlineFramework, OutlineNode, SectionInput, SupervisionInput } from '@diemmac/core';

/** What the guided start asks: who supervises whom, on what, over which period, by which plan. */
export interface StartForm {
  framework: string;
  bodyKind: 'hdnd' | 'thuong-truc' | 'ban' | 'doan';
  unit: 'xa' | 'phuong' | 'dac-khu';
  commune: string;
  province: string;
  subject: string;
  year: string;
  periodFrom: string;
  periodTo: string;
  planNumber: string;
  planSymbol: string;
  planDate: string;
  members: { name: string; role: 'truong-doan' | 'pho-doan' | 'thanh-vien' | 'thu-ky'; title: string }[];
}

const UNIT_WORD = { xa: 'xã', phuong: 'phường', 'dac-khu': 'đặc khu' } as const;

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

/** The outline's headings as empty sections, numbered as notices number them: I., 1., 2.1. */
function sectionsOf(
  nodes: readonly OutlineNode[],
  parent: string | undefined,
  depth: number,
): SectionInput[] {
  const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  return nodes.map((node, i) => {
    const number = depth === 0 ? `${ROMAN[i] ?? i + 1}.` : depth === 1 ? `${i + 1}.` : `${parent}${i + 1}.`;
    return {
      key: node.key,
      number,
      title: node.title,
      ...(node.children?.length ? { sections: sectionsOf(node.children, number, depth + 1) } : {}),
    };
  });
}

/**
 * A new supervision document from the guided start and an outline framework: every section
 * of the outline, the plan as the first document, the delegation, a preamble naming the
 * plan and the period, and a draft conclusion notice (no number, month and year only).
 *
 * @example
 * startDocument(form, CCHC_XA, { year: 2025, month: 11 }).sections[1].sections[1].number // '2.'
 */
export function startDocument(
  form: StartForm,
  framework: OutlineFramework,
  today: { year: number; month: number },
): SupervisionInput {
  const commune = form.commune.trim();
  const unitWord = UNIT_WORD[form.unit];
  const council = `Hội đồng nhân dân ${unitWord} ${commune}`;
  const bodyName =
    form.bodyKind === 'thuong-truc'
      ? `Thường trực ${council}`
      : form.bodyKind === 'doan'
        ? `Đoàn giám sát của ${council}`
        : form.bodyKind === 'ban'
          ? `Ban của ${council}`
          : council;
  const year = Number(form.year);
  const planText = form.planNumber.trim()
    ? `Kế hoạch số ${form.planNumber.trim()}/${form.planSymbol.trim()} ngày ${form.planDate.trim()}`
    : 'Kế hoạch giám sát';
  const period =
    form.periodFrom.trim() && form.periodTo.trim()
      ? `, thời kỳ giám sát từ ngày ${form.periodFrom.trim()} đến ngày ${form.periodTo.trim()}`
      : '';
  const members = form.members.filter((m) => m.name.trim());
  const head = members.find((m) => m.role === 'truong-doan') ?? members[0];
  const month = year === today.year ? today.month : 12;
  return {
    schemaVersion: 1,
    id: `${slug(commune) || 'giam-sat'}-${year}-${slug(form.subject).split('-').slice(0, 4).join('-')}`.replace(
      /-+$/,
      '',
    ),
    year,
    subject: form.subject.trim(),
    framework: framework.id,
    body: {
      level: 'xa',
      kind: form.bodyKind,
      name: bodyName,
      shortName: `HĐND ${unitWord} ${commune}`,
    },
    locality: { unit: form.unit, name: commune, province: form.province.trim() },
    supervised: [`Ủy ban nhân dân ${unitWord} ${commune}`],
    legalBases: [
      year >= 2026
        ? 'Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 121/2025/QH15'
        : 'Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13',
    ],
    preamble: [
      `Thực hiện ${planText} của ${bodyName} về giám sát ${lowerFirst(form.subject.trim())}${period}.`,
    ],
    documents: {
      ...(form.planNumber.trim() || form.planDate.trim()
        ? {
            plan: {
              ...(form.planNumber.trim() ? { number: form.planNumber.trim() } : {}),
              ...(form.planSymbol.trim() ? { symbol: form.planSymbol.trim() } : {}),
              ...(form.planDate.trim() ? { date: form.planDate.trim() } : {}),
            },
          }
        : {}),
      reports: [],
      conclusion: { number: null, symbol: 'TB-HĐND', date: `${month}/${year}`, place: commune },
    },
    delegation: members.map((m) => ({
      name: m.name.trim(),
      role: m.role,
      ...(m.title.trim() ? { title: m.title.trim() } : {}),
    })),
    sections: sectionsOf(framework.sections, undefined, 0),
    recommendations: [],
    recipients: ['TT HĐND xã;', 'Lãnh đạo UBND xã;', 'Lưu: VT.'],
    signature: {
      authority: 'TM.',
      body: 'ĐOÀN GIÁM SÁT',
      position: 'TRƯỞNG ĐOÀN',
      ...(head?.title.trim() ? { title: head.title.trim().toUpperCase() } : {}),
      signer: head?.name.trim() || '(họ và tên người ký)',
    },
  };
}

const lowerFirst = (s: string) => (s ? s[0]!.toLowerCase() + s.slice(1) : s);
