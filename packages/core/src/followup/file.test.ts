import { describe, expect, it } from 'vitest';
import { supervision } from '../../test/builders.js';
import { formatIssue, parseSupervision } from '../index.js';
import { followUpMismatches, parseFollowUpFile } from './file.js';

describe('parseFollowUpFile', () => {
  it('reads a follow-up file beside its supervision', () => {
    const r = parseFollowUpFile({
      supervision: 'diem-mac-2024.yaml',
      followUps: [
        {
          recommendation: 0,
          entries: [
            { date: '20/01/2025', status: 'done', responses: ['Báo cáo số 15/BC-UBND ngày 18/01/2025'] },
          ],
        },
      ],
    });
    expect(r.ok && r.value).toMatchObject({ schemaVersion: 1, supervision: 'diem-mac-2024.yaml' });
    expect(r.ok && r.value.followUps[0]!.entries[0]!.date).toMatchObject({ year: 2025, month: 1, day: 20 });
  });

  it('names the field of a mistake, in Vietnamese and English', () => {
    const r = parseFollowUpFile({
      supervision: 'x',
      followUps: [{ recommendation: 0, entries: [{ date: '20/01/2025', status: 'finished' }] }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]!.path).toEqual(['followUps', 0, 'entries', 0, 'status']);
    expect(formatIssue(r.issues[0]!, 'vi')).toContain('giá trị không hợp lệ');
    expect(formatIssue(r.issues[0]!, 'vi')).toContain('"finished"');
  });

  it('refuses the same recommendation followed twice', () => {
    const r = parseFollowUpFile({
      supervision: 'x',
      followUps: [{ recommendation: 1 }, { recommendation: 1 }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toMatchObject([
      { code: 'followup.duplicate', path: ['followUps', 1, 'recommendation'] },
    ]);
    expect(formatIssue(r.issues[0]!, 'vi')).toBe(
      'followUps[1].recommendation: kiến nghị số 1 đã được theo dõi ở followUps[0]; mỗi kiến nghị chỉ ghi một lần, các bước nối tiếp trong "entries".',
    );
    expect(formatIssue(r.issues[0]!, 'en')).toContain('is already followed in followUps[0]');
  });
});

describe('followUpMismatches', () => {
  const s = parseSupervision(
    supervision([], {
      id: 'xa-a-2024',
      recommendations: [
        { addressee: 'UBND xã', content: 'Một', parts: [{ number: 'a)', content: 'Phần a' }] },
        { addressee: 'UBND xã', content: 'Hai' },
      ],
    }),
  );
  if (!s.ok) throw new Error(JSON.stringify(s.issues));

  it('finds a recommendation the notice does not have, and a part a recommendation does not have', () => {
    const file = parseFollowUpFile({
      supervision: 'xa-a-2024',
      followUps: [
        { recommendation: 0, entries: [{ date: '01/02/2025', status: 'done', part: 'A)' }] },
        { recommendation: 1, entries: [{ date: '01/02/2025', status: 'done', part: 'c)' }] },
        { recommendation: 2 },
      ],
    });
    if (!file.ok) throw new Error(JSON.stringify(file.issues));
    const issues = followUpMismatches(file.value, s.value);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['followup.no-part', ['followUps', 1, 'entries', 0, 'part']],
      ['followup.no-recommendation', ['followUps', 2, 'recommendation']],
    ]);
    expect(formatIssue(issues[1]!, 'vi')).toBe(
      'followUps[2].recommendation: cuộc giám sát "xa-a-2024" chỉ có 2 kiến nghị (số từ 0 đến 1), nhận được 2.',
    );
    expect(formatIssue(issues[0]!, 'en')).toBe(
      'followUps[1].entries[0].part: recommendation 1 has no part "c)"; it has no parts.',
    );
  });
});
