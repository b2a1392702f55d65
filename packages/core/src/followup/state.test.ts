import { describe, expect, it } from 'vitest';
import { supervision } from '../../test/builders.js';
import { parseSupervision, type SupervisionInput } from '../index.js';
import { deadlinePartWords, deadlineWords, entryWords, takenUpWords } from './messages.js';
import { FollowUp, type FollowUpInput } from './schema.js';
import {
  followedRecommendations,
  openRecommendations,
  recommendationState,
  summarizeFollowUp,
} from './state.js';

// A supervision whose only part that matters here is its recommendations.
const minimal = (recommendations: SupervisionInput['recommendations']) =>
  supervision([], { id: 'xa-a-2024', year: 2024, subject: 'Kết quả cải cách hành chính', recommendations });

const followUp = (input: FollowUpInput) => FollowUp.parse(input);

describe('recommendationState', () => {
  const rec = {
    addressee: 'UBND xã',
    content: 'Rà soát hồ sơ quá hạn',
    deadline: '31/12/2024',
    status: 'pending' as const,
  };
  const parsed = (() => {
    const r = parseSupervision(minimal([rec]));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value.recommendations[0]!;
  })();

  it('is overdue once the deadline has passed and the work is not done, counted in days', () => {
    expect(recommendationState(parsed, undefined, { year: 2025, month: 1, day: 12 })).toMatchObject({
      status: 'pending',
      daysToDeadline: -12,
      open: true,
      overdue: true,
    });
    expect(recommendationState(parsed, undefined, { year: 2024, month: 12, day: 31 })).toMatchObject({
      daysToDeadline: 0,
      overdue: false,
    });
  });

  it('takes the latest entry known on the day asked, never a later one', () => {
    const history = followUp({
      recommendation: 0,
      entries: [
        { date: '10/12/2024', status: 'in-progress', recordedBy: 'Văn phòng HĐND' },
        {
          date: '20/01/2025',
          status: 'done',
          responses: ['Báo cáo số 15/BC-UBND ngày 18/01/2025 của UBND xã A'],
        },
      ],
    });
    expect(recommendationState(parsed, history, { year: 2025, month: 1, day: 5 })).toMatchObject({
      status: 'in-progress',
      overdue: true,
    });
    const after = recommendationState(parsed, history, { year: 2025, month: 1, day: 25 });
    expect(after).toMatchObject({ status: 'done', open: false, overdue: false });
    expect(after.latest?.responses).toHaveLength(1);
  });

  it('keeps a recommendation that was not satisfactorily done open', () => {
    const history = followUp({
      recommendation: 0,
      entries: [{ date: '02/01/2025', status: 'unsatisfactory' }],
    });
    expect(recommendationState(parsed, history, { year: 2025, month: 1, day: 5 })).toMatchObject({
      open: true,
      overdue: true,
    });
  });
});

describe('openRecommendations', () => {
  const r = parseSupervision(
    minimal([
      { addressee: 'UBND xã', content: 'Một', deadline: '31/03/2025' },
      { addressee: 'Công chức Văn phòng - Thống kê', content: 'Hai', deadline: '31/01/2025' },
      { addressee: 'UBND xã', content: 'Ba' },
      { addressee: 'UBND xã', content: 'Bốn', deadline: '15/01/2025' },
    ]),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const done = followUp({ recommendation: 3, entries: [{ date: '10/01/2025', status: 'done' }] });

  it('lists what is not done, most overdue first, without a deadline last', () => {
    const list = openRecommendations([{ supervision: r.value, followUps: [done] }], {
      asOf: { year: 2025, month: 2, day: 10 },
    });
    expect(list.map((o) => [o.content, o.daysToDeadline, o.overdue])).toEqual([
      ['Hai', -10, true],
      ['Một', 49, false],
      ['Ba', undefined, false],
    ]);
    expect(list[0]!.supervision).toEqual({
      id: 'xa-a-2024',
      subject: 'Kết quả cải cách hành chính',
      commune: 'Thử',
      year: 2024,
    });
  });

  it('filters by addressee, ignoring case', () => {
    const list = openRecommendations([{ supervision: r.value }], {
      asOf: { year: 2025, month: 2, day: 10 },
      addressee: 'văn phòng',
    });
    expect(list.map((o) => o.index)).toEqual([1]);
  });
});

describe('deadlineWords', () => {
  it('says days left or past in each language', () => {
    expect(deadlineWords({ daysToDeadline: -12, open: true }, 'vi')).toBe('quá hạn 12 ngày');
    expect(deadlineWords({ daysToDeadline: 1, open: true }, 'en')).toBe('1 day left');
    expect(deadlineWords({ daysToDeadline: 0, open: true }, 'vi')).toBe('đến hạn hôm nay');
    expect(deadlineWords({ daysToDeadline: undefined, open: true }, 'en')).toBe('no deadline');
  });
});

describe('recommendationState with parts that have their own deadlines', () => {
  const r = parseSupervision(
    minimal([
      {
        addressee: 'UBND xã',
        content: 'Nâng cao chất lượng số hóa',
        deadline: '30/06/2025',
        parts: [
          { number: 'a)', content: 'Rà soát hồ sơ tồn', deadline: '31/01/2025' },
          { number: 'b)', content: 'Số hóa kết quả giải quyết', deadline: '31/03/2025' },
        ],
      },
    ]),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const rec = r.value.recommendations[0]!;
  const feb10 = { year: 2025, month: 2, day: 10 };

  it("counts from the nearest open part's deadline, and says which part", () => {
    const state = recommendationState(rec, undefined, feb10);
    expect(state).toMatchObject({ daysToDeadline: -10, overdue: true, deadlinePart: 0 });
    expect(deadlinePartWords(state, 'vi')).toBe('phần a)');
    expect(state.parts.map((p) => [p.number, p.overdue])).toEqual([
      ['a)', true],
      ['b)', false],
    ]);
  });

  it('moves on to the next deadline once a part is done (named with or without its bracket)', () => {
    const history = followUp({
      recommendation: 0,
      entries: [{ date: '05/02/2025', status: 'done', part: 'a', responses: ['Báo cáo số 3/BC-UBND'] }],
    });
    const state = recommendationState(rec, history, feb10);
    expect(state).toMatchObject({
      status: 'partly-done',
      daysToDeadline: 49,
      overdue: false,
      deadlinePart: 1,
    });
    expect(state.latest?.part).toBe('a');
  });

  it('is done when every part is done, or when the whole is recorded done', () => {
    const parts = followUp({
      recommendation: 0,
      entries: [
        { date: '05/02/2025', status: 'done', part: 'a)' },
        { date: '06/02/2025', status: 'done', part: 'B.' },
      ],
    });
    expect(recommendationState(rec, parts, feb10)).toMatchObject({ status: 'done', open: false });
    const whole = followUp({ recommendation: 0, entries: [{ date: '01/02/2025', status: 'done' }] });
    const state = recommendationState(rec, whole, feb10);
    expect(state.open).toBe(false);
    expect(state.parts.every((p) => !p.open)).toBe(true);
  });
});

describe('followedRecommendations and summarizeFollowUp', () => {
  const r = parseSupervision(
    minimal([
      { addressee: 'UBND xã', content: 'Một', deadline: '31/01/2025' },
      { addressee: 'UBND xã', content: 'Hai', deadline: '31/03/2025', number: '2.' },
      { addressee: 'UBND xã', content: 'Ba', deadline: '15/01/2025' },
    ]),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const items = [
    {
      supervision: r.value,
      followUps: [
        followUp({ recommendation: 2, entries: [{ date: '10/01/2025', status: 'done' }] }),
        followUp({ recommendation: 0, takenUpBy: { supervision: 'xa-a-2025', recommendation: 1 } }),
      ],
    },
  ];
  const rows = followedRecommendations(items, { asOf: { year: 2025, month: 2, day: 10 } });

  it('lists done recommendations too, after the open ones, keeping the giám sát lại link', () => {
    expect(rows.map((o) => [o.content, o.open, o.number])).toEqual([
      ['Một', true, undefined],
      ['Hai', true, '2.'],
      ['Ba', false, undefined],
    ]);
    expect(takenUpWords(rows[0]!.takenUpBy, 'vi')).toBe('giám sát lại: xa-a-2025, kiến nghị thứ 2');
    expect(takenUpWords(rows[0]!.takenUpBy, 'en')).toBe('taken up by: xa-a-2025, recommendation no. 2');
  });

  it('counts done, open and overdue for the summary line', () => {
    expect(summarizeFollowUp(rows)).toEqual({ total: 3, done: 1, open: 2, overdue: 1 });
  });
});

describe('entryWords', () => {
  it('writes the latest response in one line, its documents and who recorded it', () => {
    const entry = followUp({
      recommendation: 0,
      entries: [
        {
          date: '20/01/2025',
          status: 'done',
          part: 'b)',
          note: 'Đã số hóa 1.204 hồ sơ',
          responses: ['Báo cáo số 15/BC-UBND ngày 18/01/2025 của UBND xã A'],
          recordedBy: 'Văn phòng HĐND',
        },
      ],
    }).entries[0];
    expect(entryWords(entry, 'vi')).toBe(
      '20/01/2025, phần b): hoàn thành. Đã số hóa 1.204 hồ sơ. Văn bản: Báo cáo số 15/BC-UBND ngày 18/01/2025 của UBND xã A. Ghi nhận: Văn phòng HĐND.',
    );
    expect(entryWords(entry, 'en')).toContain('20/01/2025, part b): done.');
    expect(entryWords(undefined, 'vi')).toBe('');
  });
});
