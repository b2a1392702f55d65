import { describe, expect, it } from 'vitest';
import { dossiers, supervision } from '../../test/builders.js';
import { FollowUp } from '../followup/schema.js';
import { parseSupervision, type Supervision, type SupervisionInput } from '../index.js';
import { Decimal } from '../numbers/decimal.js';
import type { Severity } from '../shared/types.js';
import { SUMMARY_WORDING } from './messages.js';
import { spreadOf } from './spread.js';
import { type SummaryItem, summarise } from './summarise.js';

// Three communes. An Khánh was supervised twice (2024, issued; 2025, a draft), Bình Thuận and
// Đồng Hỷ once in 2025. Findings are given as a checker would have returned them.

type Figure = NonNullable<SupervisionInput['sections']>[number]['figures'];

const index766 = (total: string, ckmb: string, tdgq: string) => ({
  kind: 'index766' as const,
  framework: 'portal-6',
  total,
  components: [
    { key: 'ckmb', label: 'Công khai, minh bạch', score: ckmb, max: 18 },
    { key: 'tdgq', label: 'Tiến độ, kết quả giải quyết', score: tdgq, max: 20 },
  ],
});

function commune(
  name: string,
  year: number,
  figures: Figure,
  over: Partial<SupervisionInput> = {},
): Supervision {
  const input = supervision(figures, {
    id: `${name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd')
      .toLowerCase()
      .replace(/ /g, '-')}-${year}`,
    year,
    body: { level: 'xa', kind: 'thuong-truc', name: `Hội đồng nhân dân xã ${name}` },
    locality: { name },
    ...over,
  });
  const r = parseSupervision(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const issued = (date: string) => ({ documents: { conclusion: { number: '05', date, place: 'Xã' } } });
const found = (...codes: [string, Severity][]) => codes.map(([code, severity]) => ({ code, severity }));

const anKhanh2024: SummaryItem = {
  supervision: commune(
    'An Khánh',
    2024,
    // Only the late count is written: the rest of the resolved dossiers were on time.
    [index766('87,81', '16,5', '18'), dossiers({ resolved: { total: 200, late: 10 } })],
    {
      ...issued('10/11/2024'),
      recommendations: [
        { addressee: 'UBND xã', content: 'Xin lỗi người dân', deadline: '31/12/2024' },
        { addressee: 'UBND xã', content: 'Niêm yết thủ tục', status: 'done' },
      ],
    },
  ),
  findings: found(['dossier.balance', 'error'], ['index766.total', 'warning']),
};
const anKhanh2025: SummaryItem = {
  supervision: commune('An Khánh', 2025, [index766('90,5', '17', '19,5'), dossiers()], {
    recommendations: [{ addressee: 'UBND xã', content: 'Số hóa hồ sơ' }],
  }),
  findings: found(['dossier.balance', 'error']),
};
const binhThuan: SummaryItem = {
  supervision: commune(
    'Bình Thuận',
    2025,
    [
      index766('95,42', '17,8', '19,6'),
      dossiers({ resolved: { total: '1.230', early: 845, onTime: 380, late: '05' } }),
    ],
    {
      ...issued('20/10/2025'),
      recommendations: [{ addressee: 'UBND xã', content: 'Báo cáo', status: 'done' }],
    },
  ),
  findings: [],
};
const dongHy: SummaryItem = {
  supervision: commune(
    'Đồng Hỷ',
    2025,
    [
      index766('88', '15', '17'),
      dossiers({ resolved: { total: 3, early: 0, onTime: 2, late: 1 } }),
      // Neither early, on time nor late: it cannot say how many were on time.
      dossiers({ resolved: { total: 50 } }),
    ],
    {
      ...issued('15/10/2025'),
      recommendations: [
        {
          addressee: 'UBND xã',
          content: 'Giải quyết hồ sơ quá hạn',
          deadline: '31/12/2025',
          status: 'in-progress',
        },
      ],
    },
  ),
  findings: found(['dossier.balance', 'error'], ['rate.rounding', 'info']),
  followUps: [FollowUp.parse({ recommendation: 0, entries: [{ date: '01/05/2026', status: 'done' }] })],
};

const ALL = [dongHy, anKhanh2025, binhThuan, anKhanh2024];
const mid2025 = { year: 2025, month: 6, day: 30 };

describe('summarise', () => {
  const s = summarise(ALL, { asOf: mid2025 });

  it('lists every commune once, in Vietnamese alphabetical order, with its supervisions', () => {
    expect(s.supervisions).toBe(4);
    expect(s.communes.map((c) => [c.commune, c.supervisions])).toEqual([
      ['An Khánh', 2],
      ['Bình Thuận', 1],
      ['Đồng Hỷ', 1],
    ]);
  });

  it('counts findings by commune and severity, and in all', () => {
    expect(s.findings).toEqual({ error: 3, warning: 1, info: 1 });
    expect(s.communes.map((c) => c.findings)).toEqual([
      { error: 2, warning: 1, info: 0 },
      { error: 0, warning: 0, info: 0 },
      { error: 1, warning: 0, info: 1 },
    ]);
  });

  it('counts findings by rule, most serious and most frequent first, with the communes they came from', () => {
    expect(s.rules).toEqual([
      {
        code: 'dossier.balance',
        severity: 'error',
        count: 3,
        supervisions: 3,
        byCommune: [
          { commune: 'An Khánh', count: 2 },
          { commune: 'Đồng Hỷ', count: 1 },
        ],
      },
      {
        code: 'index766.total',
        severity: 'warning',
        count: 1,
        supervisions: 1,
        byCommune: [{ commune: 'An Khánh', count: 1 }],
      },
      {
        code: 'rate.rounding',
        severity: 'info',
        count: 1,
        supervisions: 1,
        byCommune: [{ commune: 'Đồng Hỷ', count: 1 }],
      },
    ]);
  });

  it('pools the dossiers of a commune into one exact on-time rate, rounded as declared', () => {
    expect(s.rounding).toEqual({ precision: 2, mode: 'half-up' });
    const [anKhanh, binh, dong] = s.communes;
    // 2024: 200 resolved, 10 late (190 on time); 2025: 95 resolved, 60 early + 33 on time.
    expect(anKhanh!.onTime).toMatchObject({ resolved: 295n, onTime: 283n, late: 12n, blocks: 2 });
    expect(anKhanh!.onTime.rate!.toFixed(2)).toBe('95.93');
    expect(binh!.onTime).toMatchObject({ resolved: 1230n, onTime: 1225n, late: 5n });
    expect(binh!.onTime.rate!.toFixed(2)).toBe('99.59');
    // 2 of 3: exact is 66.666…, shown half up as 66,67 (truncation would give 66,66).
    expect(dong!.onTime.exact!.toSignificantDigits(8).toString()).toBe('66.666667');
    expect(dong!.onTime.rate!.toFixed(2)).toBe('66.67');
    expect(dong!.onTime).toMatchObject({ resolved: 3n, blocks: 1, notBrokenDown: 1 });
  });

  it('rounds the on-time rate as the caller declares', () => {
    const t = summarise(ALL, { asOf: mid2025, rounding: { precision: 1, mode: 'truncate' } });
    expect(t.communes.map((c) => c.onTime.rate?.toFixed(1))).toEqual(['95.9', '99.5', '66.6']);
  });

  it('has no on-time rate for a commune that resolved nothing', () => {
    const none = {
      ...binhThuan,
      supervision: commune('Bình Thuận', 2025, [dossiers({ resolved: { total: 0, late: 0 } })]),
    };
    const [c] = summarise([none], { asOf: mid2025 }).communes;
    expect(c!.onTime.exact).toBeUndefined();
    expect(c!.onTime.rate).toBeUndefined();
  });

  it('spreads the 766 total and each component: lowest and highest as written, the exact median', () => {
    const [portal] = s.index766;
    expect(portal!.framework).toBe('portal-6');
    expect(portal!.supervisions).toBe(4);
    // 87,81 · 88 · 90,5 · 95,42: the median of four is the mean of the middle two.
    expect(portal!.total.count).toBe(4);
    expect(portal!.total.min).toMatchObject({ commune: 'An Khánh', supervision: 'an-khanh-2024' });
    expect(portal!.total.min.value.written).toBe('87,81');
    expect(portal!.total.median.toString()).toBe('89.25');
    expect(portal!.total.max.value.written).toBe('95,42');
    expect(portal!.total.max.commune).toBe('Bình Thuận');
    const ckmb = portal!.components.find((c) => c.key === 'ckmb')!;
    expect(ckmb.label).toBe('Công khai, minh bạch');
    expect(ckmb.max!.toString()).toBe('18');
    // 15 · 16,5 · 17 · 17,8
    expect([
      ckmb.spread.min.value.written,
      ckmb.spread.median.toString(),
      ckmb.spread.max.value.written,
    ]).toEqual(['15', '16.75', '17,8']);
  });

  it('gives each commune the 766 total of its latest supervision', () => {
    expect(s.communes.map((c) => [c.index766?.total.value.written, c.index766?.year])).toEqual([
      ['90,5', 2025],
      ['95,42', 2025],
      ['88', 2025],
    ]);
  });

  it('counts open and overdue recommendations per commune as of the day asked', () => {
    // An Khánh: 2024's first recommendation is past its deadline, 2025's has none.
    expect(s.communes.map((c) => c.recommendations)).toEqual([
      { open: 2, overdue: 1 },
      { open: 0, overdue: 0 },
      { open: 1, overdue: 0 },
    ]);
    // A follow-up recorded done on 01/05/2026 closes Đồng Hỷ's from then on.
    const later = summarise(ALL, { asOf: { year: 2026, month: 5, day: 1 } });
    expect(later.communes.map((c) => c.recommendations.open)).toEqual([2, 0, 0]);
  });

  it('keeps only the year, body and status asked for, and says what could be chosen', () => {
    expect(s.available).toEqual({
      years: [2025, 2024],
      bodies: [
        'Hội đồng nhân dân xã An Khánh',
        'Hội đồng nhân dân xã Bình Thuận',
        'Hội đồng nhân dân xã Đồng Hỷ',
      ],
      statuses: ['closed', 'draft', 'issued'],
    });
    const y2025 = summarise(ALL, { asOf: mid2025, filters: { year: 2025 } });
    expect(y2025.supervisions).toBe(3);
    expect(y2025.index766[0]!.total.median.toString()).toBe('90.5');
    expect(y2025.communes[0]!.onTime.rate!.toFixed(2)).toBe('97.89');

    const body = summarise(ALL, { asOf: mid2025, filters: { body: 'Hội đồng nhân dân xã An Khánh' } });
    expect(body.communes.map((c) => c.commune)).toEqual(['An Khánh']);

    const drafts = summarise(ALL, { asOf: mid2025, filters: { status: 'draft' } });
    expect(drafts.communes.map((c) => [c.commune, c.supervisions])).toEqual([['An Khánh', 1]]);
    const closed = summarise(ALL, { asOf: mid2025, filters: { status: 'closed' } });
    expect(closed.communes.map((c) => c.commune)).toEqual(['Bình Thuận']);
    // Đồng Hỷ's recommendation was done on 01/05/2026: closed from then on.
    const closedLater = summarise(ALL, {
      asOf: { year: 2026, month: 5, day: 2 },
      filters: { status: 'closed' },
    });
    expect(closedLater.communes.map((c) => c.commune)).toEqual(['Bình Thuận', 'Đồng Hỷ']);
  });

  it('summarises nothing into empty views', () => {
    const empty = summarise([], { asOf: mid2025 });
    expect(empty).toMatchObject({ supervisions: 0, communes: [], rules: [], index766: [] });
    expect(empty.findings).toEqual({ error: 0, warning: 0, info: 0 });
  });
});

describe('SUMMARY_WORDING', () => {
  it('words every heading in both languages, Vietnamese composed (NFC)', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const text of Object.values(SUMMARY_WORDING[lang].columns)) {
        expect(text.length).toBeGreaterThan(0);
        expect(text).toBe(text.normalize('NFC'));
      }
    }
    expect(Object.keys(SUMMARY_WORDING.vi.columns)).toEqual(Object.keys(SUMMARY_WORDING.en.columns));
    expect(SUMMARY_WORDING.vi.rounding(2, 'half-up')).toBe('Tỷ lệ lấy 2 chữ số thập phân, làm tròn nửa lên.');
  });
});

describe('spreadOf', () => {
  it('names the commune first in Vietnamese order when several share the lowest or highest figure', () => {
    const sample = (commune: string, value: string) => ({
      commune,
      supervision: commune,
      value: { written: value, value: new Decimal(value), scale: 0, notes: [] },
    });
    const tied = [sample('Yên Lạc', '17'), sample('Đại Từ', '17'), sample('Bá Thước', '17')];
    const s = spreadOf(tied)!;
    expect([s.min.commune, s.max.commune]).toEqual(['Bá Thước', 'Bá Thước']);
    expect(spreadOf([...tied].reverse())!.max.commune).toBe('Bá Thước');
  });
});
