import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Figures, type RegisterRow, registerFor, toCsv } from '../../test/register.js';
import { formatRegisterIssue } from './messages.js';
import { createRegisterReader } from './read.js';

const PERIOD = { from: 20250101, to: 20250930 };

function recount(rows: readonly RegisterRow[], text = toCsv(rows)) {
  const reader = createRegisterReader({ period: PERIOD });
  reader.push(text);
  return reader.end();
}

const row = (over: Partial<RegisterRow>): RegisterRow => ({
  code: 'H-1',
  received: '15/03/2025',
  due: '20/03/2025',
  resolved: '18/03/2025',
  channel: 'Trực tuyến',
  status: '',
  ...over,
});

describe('the recount of a period', () => {
  it('counts each dossier where Biểu II.06a puts it', () => {
    const figures: Figures = {
      online: 3,
      direct: 2,
      postal: 1,
      carriedOver: 2,
      early: 2,
      onTime: 1,
      late: 1,
      withinDeadline: 1,
      overdue: 1,
      withdrawn: 1,
      suspended: 1,
    };
    const { recount: r, issues } = recount(registerFor(figures));
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r).toMatchObject({
      rows: 8,
      received: { total: 8, online: 3, direct: 2, postal: 1, carriedOver: 2 },
      resolved: { total: 4, early: 2, onTime: 1, late: 1 },
      pending: { total: 2, withinDeadline: 1, overdue: 1 },
      withdrawn: 1,
      suspended: 1,
    });
  });

  it('keeps the identities of the form: received = channels + carried over = resolved + pending + withdrawn + suspended', () => {
    const n = fc.nat({ max: 6 });
    fc.assert(
      fc.property(
        fc.tuple(n, n, n, n),
        fc.array(fc.nat({ max: 6 }), { minLength: 7, maxLength: 7 }),
        (arrive, out) => {
          const total = arrive.reduce((a, b) => a + b, 0);
          // Share the arrivals among the seven outcomes.
          const weights = out.map((w) => w + 1);
          const sum = weights.reduce((a, b) => a + b, 0);
          const shares = weights.map((w) => Math.floor((w * total) / sum));
          shares[0]! += total - shares.reduce((a, b) => a + b, 0);
          const [early, onTime, late, withinDeadline, overdue, withdrawn, suspended] = shares as number[];
          const f: Figures = {
            online: arrive[0],
            direct: arrive[1],
            postal: arrive[2],
            carriedOver: arrive[3],
            early: early!,
            onTime: onTime!,
            late: late!,
            withinDeadline: withinDeadline!,
            overdue: overdue!,
            withdrawn,
            suspended,
          };
          const r = recount(registerFor(f)).recount!;
          const { received, resolved, pending } = r;
          expect(received.total).toBe(
            received.online + received.direct + received.postal + received.carriedOver,
          );
          expect(received.total).toBe(resolved.total + pending.total + r.withdrawn + r.suspended);
          expect(resolved).toEqual({ total: early! + onTime! + late!, early, onTime, late });
          expect(pending).toEqual({ total: withinDeadline! + overdue!, withinDeadline, overdue });
        },
      ),
      { numRuns: 50 },
    );
  });

  it('gives the same figures for the same register saved with semicolons or cut into small chunks', () => {
    const rows = registerFor({
      online: 5,
      direct: 1,
      postal: 0,
      carriedOver: 2,
      early: 3,
      onTime: 2,
      late: 1,
      withinDeadline: 1,
      overdue: 1,
    });
    const whole = recount(rows).recount;
    expect(recount(rows, toCsv(rows, ';')).recount).toEqual(whole);
    const reader = createRegisterReader({ period: PERIOD });
    const text = toCsv(rows);
    for (let i = 0; i < text.length; i += 7) reader.push(text.slice(i, i + 7));
    expect(reader.end().recount).toEqual(whole);
    // As bytes, cut inside characters (the CLI's way).
    const bytes = new TextEncoder().encode(text);
    const byBytes = createRegisterReader({ period: PERIOD });
    for (let i = 0; i < bytes.length; i += 5) byBytes.pushBytes(bytes.subarray(i, i + 5));
    expect(byBytes.end().recount).toEqual(whole);
  });
});

describe('what the recount says about a faulty register', () => {
  it('refuses to count without a required column, and names the headers it would accept', () => {
    const reader = createRegisterReader({ period: PERIOD });
    reader.push('Mã hồ sơ,Ngày tiếp nhận,Ngày có kết quả\nH1,15/03/2025,18/03/2025\n');
    const { recount: r, issues } = reader.end();
    expect(r).toBeUndefined();
    expect(issues.map((i) => [i.code, i.column])).toEqual([['register.missing-column', 'due']]);
    expect(formatRegisterIssue(issues[0]!, 'vi')).toBe(
      'Sổ theo dõi thiếu cột "Ngày hẹn trả": cần một cột có tiêu đề "Ngày hẹn trả" hoặc "Ngày hẹn trả kết quả" hoặc "Hẹn trả kết quả" hoặc "Hạn xử lý". Không đếm được hồ sơ nào.',
    );
  });

  it('says which columns it did not read', () => {
    const { issues } = recount([row({})]);
    const unread = issues.find((i) => i.code === 'register.unread-columns');
    expect(unread?.names).toEqual(['STT', 'Tên thủ tục']);
  });

  it('reports unreadable and impossible dates with their rows, and leaves those dossiers out', () => {
    const { recount: r, issues } = recount([
      row({ code: 'A' }),
      row({ code: 'B', received: '32/13/2025' }),
      row({ code: 'C', due: '31/02/2025' }),
      row({ code: 'D', received: '' }),
    ]);
    expect(r?.received.total).toBe(2);
    expect(r?.outside.notCounted).toBe(2);
    const unreadable = issues.find((i) => i.code === 'register.date-unreadable' && i.column === 'received');
    expect(unreadable).toMatchObject({ rows: [3, 5], count: 2, value: '32/13/2025' });
    const impossible = issues.find((i) => i.code === 'register.date-impossible');
    expect(impossible).toMatchObject({ rows: [4], column: 'due' });
    expect(formatRegisterIssue(impossible!, 'en')).toBe(
      '1 dates of the "due date" column do not exist (row 4; e.g. "31/02/2025"). Those dossiers are not counted.',
    );
  });

  it('counts a duplicated dossier code once and names both rows', () => {
    const { recount: r, issues } = recount([
      row({ code: 'H-7' }),
      row({ code: 'H-8' }),
      row({ code: 'H-7' }),
    ]);
    expect(r?.received.total).toBe(2);
    const dup = issues.find((i) => i.code === 'register.duplicate-code');
    expect(dup).toMatchObject({ rows: [4], firstRows: [2], value: 'H-7', count: 1 });
    expect(formatRegisterIssue(dup!, 'vi')).toContain('mã "H-7" đã có ở dòng 2');
  });

  it('knows a code again with spaces around it or written in quotes', () => {
    const text = toCsv([row({ code: 'Đ-7' }), row({ code: ' Đ-7 ' }), row({ code: 'Đ-8' })]).replace(
      '\r\n3,Đ-8,',
      '\r\n3,"Đ-7",',
    );
    const { recount: r, issues } = recount([], text);
    expect(r?.received.total).toBe(1);
    expect(issues.find((i) => i.code === 'register.duplicate-code')).toMatchObject({
      rows: [3, 4],
      firstRows: [2, 2],
      value: 'Đ-7',
    });
  });

  it('reports a due date or a result before the dossier was received', () => {
    const { issues } = recount([
      row({ code: 'A', due: '10/03/2025' }),
      row({ code: 'B', resolved: '14/03/2025', due: '20/03/2025' }),
    ]);
    expect(issues.find((i) => i.code === 'register.due-before-received')?.rows).toEqual([2]);
    expect(issues.find((i) => i.code === 'register.resolved-before-received')?.rows).toEqual([3]);
  });

  it('says how many rows fall outside the period instead of skipping them silently', () => {
    const { recount: r, issues } = recount([
      row({ code: 'A' }),
      row({ code: 'B', received: '02/10/2025', resolved: '' }),
      row({ code: 'C', received: '10/12/2024', resolved: '20/12/2024' }),
    ]);
    expect(r?.outside).toEqual({ receivedAfter: 1, resolvedBefore: 1, notCounted: 0 });
    expect(issues.find((i) => i.code === 'register.received-after-period')?.rows).toEqual([3]);
    expect(issues.find((i) => i.code === 'register.resolved-before-period')?.rows).toEqual([4]);
  });

  it('counts a dossier of an unknown channel in the total but in no channel, and says so', () => {
    const { recount: r, issues } = recount([row({ code: 'A', channel: 'Zalo' }), row({ code: 'B' })]);
    expect(r?.received).toMatchObject({ total: 2, online: 1 });
    expect(issues.find((i) => i.code === 'register.unknown-channel')).toMatchObject({
      value: 'Zalo',
      rows: [2],
    });
  });

  it('leaves out a row whose unquoted comma shifts its columns, and says so', () => {
    const text = toCsv([row({ code: 'A' }), row({ code: 'B' })]).replace(
      'B,Chứng thực bản sao từ bản chính',
      'B,Chứng thực bản sao, bản chính',
    );
    const { recount: r, issues } = recount([], text);
    expect(r?.received.total).toBe(1);
    expect(issues.find((i) => i.code === 'register.row-too-wide')).toMatchObject({
      rows: [3],
      names: ['8', '9'],
    });
  });

  it('lists at most ten rows of an issue but counts them all', () => {
    const rows = Array.from({ length: 25 }, (_, i) => row({ code: `X${i}`, due: '01/03/2025' }));
    const due = recount(rows).issues.find((i) => i.code === 'register.due-before-received')!;
    expect(due.count).toBe(25);
    expect(due.rows).toHaveLength(10);
    expect(formatRegisterIssue(due, 'vi')).toBe(
      '25 hồ sơ có ngày hẹn trả trước ngày tiếp nhận (dòng 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …).',
    );
  });
});
