import type { SupervisionInput } from '@diemmac/core';
import { FIGURE_DESCRIPTORS } from '@diemmac/core/vocabulary';

/** The day the examples are checked on, so `explain` says the same thing every day. */
export const EXAMPLE_DAY = { year: 2024, month: 11, day: 20 } as const;

/** The conclusion notice of the examples: a draft of November 2024. */
const DRAFT_NOTICE = { number: null, date: '11/2024', place: 'Thanh Bình' };

/** A small supervision with nothing to find; each example changes it in one place. */
export function baseSupervision(): SupervisionInput {
  return {
    schemaVersion: 1,
    id: 'vi-du-2024',
    year: 2024,
    subject: 'Kết luận giám sát công tác cải cách hành chính năm 2024',
    framework: 'cchc-xa',
    body: { level: 'xa', kind: 'thuong-truc', name: 'Hội đồng nhân dân xã Thanh Bình' },
    locality: { unit: 'xa', name: 'Thanh Bình', province: 'Thái Nguyên' },
    supervised: ['Ủy ban nhân dân xã Thanh Bình'],
    documents: { conclusion: { ...DRAFT_NOTICE } },
    signature: { authority: 'TM.', body: 'ĐOÀN GIÁM SÁT', position: 'TRƯỞNG ĐOÀN', signer: 'Nguyễn Văn An' },
  };
}

/** The part of a supervision an example shows: top-level keys, laid over the base. */
export type Fragment = Partial<SupervisionInput>;

const figure = (block: Record<string, unknown>): Fragment => ({
  sections: [{ key: 'direction', title: 'Công tác chỉ đạo điều hành', figures: [block as never] }],
});

/** Citations (and paragraphs) of one section. */
const cited = (citations: unknown[], paragraphs: string[] = []): Fragment => ({
  sections: [
    { key: 'direction', title: 'Công tác chỉ đạo điều hành', paragraphs, citations: citations as never },
  ],
});

const PORTAL_6 = (scores: Record<string, string | number>, max: Record<string, number> = {}) =>
  Object.entries({ ckmb: 18, tdgq: 20, clgq: 12, tttt: 10, mdhl: 18, mdsh: 22 }).map(([key, m]) => ({
    key,
    score: scores[key] ?? m,
    max: max[key] ?? m,
  }));

/**
 * One faulty supervision per rule: the smallest change to the base that makes the rule
 * speak. `explain` runs the real check on it, so the sentence shown is the sentence a user
 * would get.
 */
const WRITTEN: Record<string, Fragment> = {
  'dossier.received-breakdown': figure({
    kind: 'dossiers',
    received: { total: 120, online: 80, direct: 30, carriedOver: 5 },
    resolved: { total: 115 },
    pending: { total: 5 },
  }),
  'dossier.resolved-breakdown': figure({
    kind: 'dossiers',
    received: { total: 120 },
    resolved: { total: 116, early: 60, onTime: 50, late: 5 },
    pending: { total: 4 },
    apologies: 5,
  }),
  'dossier.pending-breakdown': figure({
    kind: 'dossiers',
    received: { total: 120 },
    resolved: { total: 115 },
    pending: { total: 5, withinDeadline: 3, overdue: 1 },
  }),
  'dossier.balance': figure({
    kind: 'dossiers',
    received: { total: 120 },
    resolved: { total: 110 },
    pending: { total: 5 },
  }),
  'dossier.apologies': figure({
    kind: 'dossiers',
    received: { total: 120 },
    resolved: { total: 115, early: 60, onTime: 52, late: 3 },
    pending: { total: 5 },
    apologies: 1,
  }),
  'index766.score-over-max': figure({
    kind: 'index766',
    framework: 'portal-6',
    total: 101,
    components: PORTAL_6({ ckmb: 19 }),
  }),
  'index766.total': figure({
    kind: 'index766',
    framework: 'portal-6',
    total: '90.5',
    components: PORTAL_6({ ckmb: '17.6', tdgq: '19.4', mdsh: '15.3', clgq: '7.5' }),
  }),
  'index766.framework': figure({
    kind: 'index766',
    framework: 'portal-6',
    total: 98,
    components: PORTAL_6({ mdsh: 20 }, { mdsh: 20 }),
  }),
  'rate.mismatch': figure({ kind: 'digitisation', done: 3796, total: 3883, rate: '98,76' }),
  'rounding.mixed': {
    sections: [
      {
        key: 'direction',
        title: 'Công tác chỉ đạo điều hành',
        figures: [
          { kind: 'digitisation', done: 3796, total: 3883, rate: '97,76' },
          { kind: 'budget', revenue: { actual: '5.824.272.835', plan: '6.271.000.000', rate: '92,87' } },
        ],
      },
    ],
  },
  'budget.item-direction': figure({
    kind: 'budget',
    expenditure: {
      actual: '4.536.681.442',
      items: [{ label: 'Thuế giá trị gia tăng', category: 'vat', actual: '41.890.010' }],
    },
  }),
  'budget.items-exceed-total': figure({
    kind: 'budget',
    revenue: {
      actual: '100.000.000',
      items: [
        { label: 'Thu phí, lệ phí', category: 'fees-charges', actual: '60.000.000' },
        { label: 'Lệ phí môn bài', category: 'business-licence-fee', actual: '50.000.000' },
      ],
    },
  }),
  'budget.unknown-category': figure({
    kind: 'budget',
    revenue: {
      actual: '100.000.000',
      items: [{ label: 'Thu đóng góp', category: 'dong-gop', actual: '10.000.000' }],
    },
  }),
  'figure.breakdown-sum': figure({
    kind: 'count',
    label: 'Tuyên truyền viên pháp luật',
    value: '09',
    parts: [
      { label: 'Trình độ đại học', value: '06' },
      { label: 'Trình độ trung cấp', value: '02' },
    ],
  }),
  'figure.part-exceeds-whole': figure({
    kind: 'onlineServices',
    fullProcessDossiers: 68,
    processedOnline: 70,
  }),
  'staffing.over-quota': figure({ kind: 'staffing', quota: 20, present: 22 }),
  'staffing.group-size': figure({
    kind: 'staffing',
    quota: 20,
    present: 18,
    cadres: { total: '09' },
    civilServants: { total: '09' },
    qualifications: [{ group: 'civilServants', label: 'Trình độ đại học', count: '07', of: '10' }],
  }),
  'period.conflict': figure({
    kind: 'dossiers',
    period: { from: '15/12/2023', to: '31/10/2024' },
    statedPeriods: [{ from: '15/12/2023', to: '30/9/2024' }],
    received: { total: 120 },
    resolved: { total: 115 },
    pending: { total: 5 },
  }),
  'period.inverted': figure({
    kind: 'dossiers',
    period: { from: '31/10/2024', to: '15/12/2023' },
    received: { total: 120 },
    resolved: { total: 115 },
    pending: { total: 5 },
  }),
  'date.impossible': {
    documents: {
      plan: { number: '05', symbol: 'KH-HĐND', date: '30/02/2024' },
      conclusion: DRAFT_NOTICE,
    },
  },
  'number.stray-separator': figure({
    kind: 'index766',
    framework: 'portal-6',
    total: '93.3',
    components: PORTAL_6({ mdsh: '15.3.' }),
  }),
  'lifecycle.order': {
    documents: {
      plan: { number: '05', symbol: 'KH-HĐND', date: '10/10/2024' },
      delegationDecision: { number: '07', symbol: 'QĐ-HĐND', date: '05/10/2024' },
      conclusion: DRAFT_NOTICE,
    },
  },
  'lifecycle.report-late': {
    documents: {
      reports: [{ from: 'Ủy ban nhân dân xã Thanh Bình', due: '15/10/2024', received: '25/10/2024' }],
      conclusion: DRAFT_NOTICE,
    },
  },
  'recommendation.overdue': {
    recommendations: [
      {
        addressee: 'Lãnh đạo UBND xã',
        content: 'Mở sổ theo dõi tiếp nhận và trả kết quả theo đúng quy định.',
        deadline: '30/06/2024',
        status: 'in-progress',
      },
    ],
  },
  'outline.section': {
    sections: [
      { key: 'direction', number: '1.', title: 'Công tác chỉ đạo điều hành' },
      { key: 'reform', number: '3.', title: 'Cải cách hành chính' },
    ],
  },
  'amount.words': figure({
    kind: 'amount',
    label: 'Kinh phí cải cách hành chính',
    value: '120.000.000',
    inWords: 'Một trăm hai mươi lăm triệu đồng',
  }),
  'digitisation.exceeds-received': {
    sections: [
      {
        key: 'direction',
        title: 'Công tác chỉ đạo điều hành',
        figures: [
          {
            kind: 'dossiers',
            period: { from: '01/01/2024', to: '30/9/2024' },
            received: { total: 100 },
            resolved: { total: 95 },
            pending: { total: 5 },
          } as never,
          {
            kind: 'digitisation',
            period: { from: '01/01/2024', to: '30/9/2024' },
            done: 150,
            total: 150,
          } as never,
        ],
      },
    ],
  },
  'legal.replaced-term': {
    assessment: { strengths: [], limitations: ['Tỷ lệ hồ sơ mức độ 3, 4 chưa cao.'] },
  },
  'legal.district-abolished': {
    year: 2025,
    documents: { conclusion: { number: null, date: '11/2025', place: 'Thanh Bình' } },
    recipients: ['UBND huyện'],
  },
  'citation.number-reused': cited([
    'Kế hoạch số 10/KH-UBND ngày 11/01/2024 về cải cách hành chính năm 2024',
    'Kế hoạch số 10/KH-UBND ngày 10/01/2024 về theo dõi thi hành pháp luật năm 2024',
  ]),
  'citation.symbol-issuer': {
    documents: {
      plan: {
        number: '05',
        symbol: 'KH-UBND',
        date: '10/10/2024',
        issuer: 'Hội đồng nhân dân xã Thanh Bình',
      },
      conclusion: DRAFT_NOTICE,
    },
  },
  'citation.relation-order': cited([
    'Nghị định 117/2013/NĐ-CP của Chính phủ về sửa đổi Nghị định số 130/2015/NĐ-CP',
  ]),
  'citation.impossible-date': cited(['Kế hoạch số 12/KH-UBND ngày 30/02/2024 về chuyển đổi số năm 2024']),
  'citation.after-notice': cited(['Kế hoạch số 12/KH-UBND ngày 15/12/2024 về chuyển đổi số năm 2025']),
  'citation.number-order': cited([
    'Kế hoạch số 05/KH-UBND ngày 10/10/2024 về chuyển đổi số năm 2024',
    'Kế hoạch số 07/KH-UBND ngày 08/01/2024 về phòng, chống tham nhũng năm 2024',
  ]),
  'citation.catalogue-number': cited(
    ['Nghị định số 33/2024/NĐ-CP của Chính phủ'],
    [
      'Việc bố trí, sắp xếp cán bộ, công chức bảo đảm đúng quy định của Nghị định số 33/2024/NĐ-CP của Chính phủ.',
    ],
  ),
  'citation.catalogue-date': cited([
    'Nghị định số 33/2023/NĐ-CP ngày 15/6/2023 của Chính phủ quy định về cán bộ, công chức cấp xã',
  ]),
  'citation.catalogue-subject': cited([
    'Nghị định số 33/2023/NĐ-CP của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông',
  ]),
  'citation.expired': {
    legalBases: ['Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13'],
    documents: { conclusion: { number: null, date: '04/2026', place: 'Thanh Bình' } },
  },
  'citation.text-differs': cited([
    {
      text: 'Kế hoạch số 05/KH-UBND ngày 10/01/2024 về chuyển đổi số năm 2024',
      type: 'KH',
      number: '06',
      symbol: 'UBND',
      date: '10/01/2024',
      subject: 'chuyển đổi số năm 2024',
    },
  ]),
  'citation.same-subject': cited([
    'Kế hoạch số 07/KH-UBND ngày 08/01/2024 về theo dõi thi hành pháp luật và quản lý công tác thi hành pháp luật về xử lý vi phạm hành chính năm 2024',
    'Kế hoạch số 10/KH-UBND ngày 10/01/2024 về theo dõi tình hình thi hành pháp luật và quản lý công tác thi hành pháp luật về xử lý vi phạm hành chính năm 2024',
  ]),
  'citation.unreadable': cited(['Văn bản chỉ đạo của cấp trên']),
  'name.variant': cited([], ['UBND xã Thanh Binh đã ban hành kế hoạch cải cách hành chính năm 2024.']),
};

/**
 * Every rule's example: those written here, and those the core's figure descriptors carry
 * for the rules of their kind (a kind added to the core brings its example along).
 */
export const EXAMPLES: Record<string, Fragment> = {
  ...Object.fromEntries(
    Object.values(FIGURE_DESCRIPTORS).flatMap((d) =>
      Object.entries(d.examples ?? {}).map(([code, block]) => [code, figure({ ...block })]),
    ),
  ),
  ...WRITTEN,
};

/**
 * The base with an example laid over it.
 *
 * @example
 * withFragment(EXAMPLES['dossier.balance']!).sections?.[0]?.figures?.[0] // { kind: 'dossiers', … }
 */
export function withFragment(fragment: Fragment): SupervisionInput {
  const base = baseSupervision();
  return { ...base, ...fragment, documents: { ...base.documents, ...fragment.documents } };
}
