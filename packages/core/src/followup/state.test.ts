import { describe, expect, it } from 'vitest';
import { supervision } from '../../test/builders.js';
import { parseSupervision, type SupervisionInput } from '../index.js';
import { deadlineWords } from './messages.js';
import { FollowUp, type FollowUpInput } from './schema.js';
import { openRecommendations, recommendationState } from './state.js';

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
