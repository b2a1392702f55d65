/** Builders of dossier registers for the recount's tests: rows as objects, then CSV text. */
import { readFileSync } from 'node:fs';
import { figuresOf } from '../src/adapters/index.js';
import { parseSupervisionText } from '../src/index.js';

/** The clean example's dossier block and its path. */
export function cleanExampleDossiers() {
  const text = readFileSync(new URL('../../../examples/thanh-binh-2025.yaml', import.meta.url), 'utf8');
  const parsed = parseSupervisionText(text);
  if (!parsed.ok) throw new Error('the clean example must parse');
  const [entry] = figuresOf(parsed.value, 'dossiers');
  if (!entry) throw new Error('the clean example has a dossier block');
  return entry;
}

export interface RegisterRow {
  code: string;
  received: string;
  due: string;
  resolved: string;
  channel: string;
  status: string;
}

export const HEADER = [
  'STT',
  'Mã hồ sơ',
  'Tên thủ tục',
  'Ngày tiếp nhận',
  'Ngày hẹn trả',
  'Ngày có kết quả',
  'Hình thức nộp',
  'Trạng thái',
];

/** CSV text of a register, quoting what needs quoting. */
export function toCsv(rows: readonly RegisterRow[], delimiter = ','): string {
  const q = (cell: string) => (/[",;\t\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const lines = [HEADER.map(q).join(delimiter)];
  rows.forEach((r, i) => {
    lines.push(
      [
        String(i + 1),
        r.code,
        'Chứng thực bản sao từ bản chính',
        r.received,
        r.due,
        r.resolved,
        r.channel,
        r.status,
      ]
        .map(q)
        .join(delimiter),
    );
  });
  return `${lines.join('\r\n')}\r\n`;
}

export interface Figures {
  online: number;
  direct: number;
  postal: number;
  carriedOver: number;
  early: number;
  onTime: number;
  late: number;
  withinDeadline: number;
  overdue: number;
  withdrawn?: number;
  suspended?: number;
}

/**
 * A register whose recount over 01/01/2025–30/09/2025 gives exactly `f`: rows received in
 * the period by channel and carried over from 2024, then given outcomes in turn.
 */
export function registerFor(f: Figures): RegisterRow[] {
  const arrivals: [string, string][] = [];
  const push = (n: number, received: string, channel: string) => {
    for (let i = 0; i < n; i++) arrivals.push([received, channel]);
  };
  push(f.online, '15/03/2025 08:15', 'Trực tuyến');
  push(f.direct, '15/03/2025', 'Trực tiếp');
  push(f.postal, '2025-03-15', 'Bưu chính công ích');
  push(f.carriedOver, '20/12/2024', 'Trực tiếp');
  const outcomes: [due: string, resolved: string, status: string][] = [];
  const give = (n: number, o: [string, string, string]) => {
    for (let i = 0; i < n; i++) outcomes.push(o);
  };
  give(f.early, ['20/03/2025', '18/03/2025', 'Đã trả kết quả']);
  give(f.onTime, ['20/03/2025', '20/03/2025', 'Đã trả kết quả']);
  give(f.late, ['20/03/2025', '25/03/2025', 'Đã trả kết quả']);
  give(f.withinDeadline, ['05/10/2025', '', 'Đang xử lý']);
  give(f.overdue, ['20/09/2025', '03/10/2025', 'Đang xử lý']);
  give(f.withdrawn ?? 0, ['20/03/2025', '', 'Rút hồ sơ']);
  give(f.suspended ?? 0, ['20/03/2025', '', 'Tạm dừng']);
  if (outcomes.length !== arrivals.length)
    throw new Error('registerFor: arrivals and outcomes differ in number');
  return arrivals.map(([received, channel], i) => {
    const [due, resolved, status] = outcomes[i]!;
    return {
      code: `000.00.12.H10-${String(i + 1).padStart(6, '0')}`,
      received,
      due,
      resolved,
      channel,
      status,
    };
  });
}
