import { BLANK, type DayNumber, IMPOSSIBLE, readRegisterDate, UNREADABLE } from './dates.js';
import {
  DEFAULT_REGISTER_MAPPING,
  REGISTER_FIELDS,
  REQUIRED_REGISTER_FIELDS,
  type RegisterField,
  type RegisterMapping,
  registerKey,
} from './mapping.js';

/** The dossier figures of a period, recounted from the register row by row. */
export interface DossierRecount {
  period: { from: DayNumber; to: DayNumber };
  /** Data rows read (the header excluded). */
  rows: number;
  /** Whether the register had a channel and a status column (else those figures are unknown). */
  read: { channel: boolean; status: boolean };
  received: { total: number; online: number; direct: number; postal: number; carriedOver: number };
  resolved: { total: number; early: number; onTime: number; late: number };
  pending: { total: number; withinDeadline: number; overdue: number };
  withdrawn: number;
  suspended: number;
  /** Rows read but outside the period's figures, and rows that could not be counted. */
  outside: { resolvedBefore: number; receivedAfter: number; notCounted: number };
}

export type RegisterIssueCode =
  | 'register.missing-column'
  | 'register.unread-columns'
  | 'register.date-unreadable'
  | 'register.date-impossible'
  | 'register.duplicate-code'
  | 'register.blank-code'
  | 'register.row-too-wide'
  | 'register.due-before-received'
  | 'register.resolved-before-received'
  | 'register.no-due-date'
  | 'register.unknown-channel'
  | 'register.received-after-period'
  | 'register.resolved-before-period';

/**
 * Something about the register itself, with the rows it concerns. Rows are spreadsheet row
 * numbers (the header is row 1); `count` is how many rows in all, `rows` the first few.
 */
export interface RegisterIssue {
  code: RegisterIssueCode;
  severity: 'error' | 'warning' | 'info';
  count: number;
  rows: number[];
  /** The register field or header concerned. */
  column?: string | undefined;
  /** The first offending cell, as written. */
  value?: string | undefined;
  /** Headers the mapping would have accepted, or headers that were not read. */
  names?: string[] | undefined;
  /** For duplicated codes: the row where each listed row's code was first seen. */
  firstRows?: number[] | undefined;
}

export interface RecountOptions {
  period: { from: DayNumber; to: DayNumber };
  mapping?: RegisterMapping | undefined;
}

/** How many rows an issue lists before it only counts. */
const ROWS_SHOWN = 10;

const SEVERITY: Record<RegisterIssueCode, RegisterIssue['severity']> = {
  'register.missing-column': 'error',
  'register.unread-columns': 'info',
  'register.date-unreadable': 'warning',
  'register.date-impossible': 'warning',
  'register.duplicate-code': 'warning',
  'register.blank-code': 'warning',
  'register.row-too-wide': 'warning',
  'register.due-before-received': 'warning',
  'register.resolved-before-received': 'warning',
  'register.no-due-date': 'warning',
  'register.unknown-channel': 'warning',
  'register.received-after-period': 'info',
  'register.resolved-before-period': 'info',
};

type Channel = 'online' | 'direct' | 'postal';
type Status = 'withdrawn' | 'suspended';

/**
 * A recount in progress: give it the header, then every row, then ask for the result.
 * Memory is bounded by the number of distinct dossier codes (kept to find duplicates) and
 * the few rows each issue lists; counts are integers far below 2^53, exact as numbers.
 *
 * @example
 * const recount = createRecount({ period: { from: 20240101, to: 20240930 } });
 * recount.header(['Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả']);
 * recount.row(['H1', '02/01/2024', '05/01/2024', '04/01/2024'], 2);
 * recount.result().recount.resolved.early // 1
 */
export function createRecount(options: RecountOptions) {
  const mapping = options.mapping ?? DEFAULT_REGISTER_MAPPING;
  const { from, to } = options.period;
  const channels = lookup(valueMap<Channel>(mapping.channels));
  const statuses = lookup(valueMap<Status>(mapping.statuses));
  const issues = new Map<string, RegisterIssue>();
  // Codes seen, by a 53-bit fingerprint: keeping the code strings themselves would keep alive the
  // megabyte chunks they were sliced from (V8 slices share their parent), hundreds of MB for a
  // province's register. Two different codes share a fingerprint with odds below 1 in 10^4 for
  // a million rows.
  const seen = new Map<number, number>();
  const columnOf: Partial<Record<RegisterField, number>> = {};
  let usable = false;
  let width = 0;
  const r: DossierRecount = {
    period: { from, to },
    rows: 0,
    read: { channel: false, status: false },
    received: { total: 0, online: 0, direct: 0, postal: 0, carriedOver: 0 },
    resolved: { total: 0, early: 0, onTime: 0, late: 0 },
    pending: { total: 0, withinDeadline: 0, overdue: 0 },
    withdrawn: 0,
    suspended: 0,
    outside: { resolvedBefore: 0, receivedAfter: 0, notCounted: 0 },
  };

  const note = (
    code: RegisterIssueCode,
    row: number,
    extra: Partial<RegisterIssue> = {},
    key = code as string,
  ): RegisterIssue => {
    let issue = issues.get(key);
    if (!issue) {
      issue = { code, severity: SEVERITY[code], count: 0, rows: [], ...extra };
      issues.set(key, issue);
    }
    issue.count++;
    if (issue.rows.length < ROWS_SHOWN) issue.rows.push(row);
    return issue;
  };

  const date = (cells: readonly string[], field: RegisterField, row: number): DayNumber => {
    const cell = cells[columnOf[field]!] ?? '';
    const day = readRegisterDate(cell);
    if (day === UNREADABLE)
      note('register.date-unreadable', row, { column: field, value: cell }, `unreadable:${field}`);
    if (day === IMPOSSIBLE)
      note('register.date-impossible', row, { column: field, value: cell }, `impossible:${field}`);
    return day;
  };

  return {
    /** Maps the header's cells to fields; returns the column indexes to read. */
    header(cells: readonly string[]): number[] {
      width = cells.length;
      const keys = cells.map(registerKey);
      for (const field of REGISTER_FIELDS) {
        for (const name of mapping.columns[field]) {
          const i = keys.indexOf(registerKey(name));
          if (i >= 0) {
            columnOf[field] = i;
            break;
          }
        }
      }
      for (const field of REQUIRED_REGISTER_FIELDS) {
        if (columnOf[field] === undefined) {
          note(
            'register.missing-column',
            1,
            { column: field, names: mapping.columns[field] },
            `missing:${field}`,
          );
        }
      }
      const read = new Set(Object.values(columnOf));
      const unread = cells.filter((c, i) => !read.has(i) && c.trim() !== '');
      if (unread.length > 0) note('register.unread-columns', 1, { names: unread });
      usable = REQUIRED_REGISTER_FIELDS.every((f) => columnOf[f] !== undefined);
      r.read = { channel: columnOf.channel !== undefined, status: columnOf.status !== undefined };
      return [...read];
    },

    /**
     * Counts one data row; `cells` are indexed like the header; `cellCount` is how many cells
     * the row has, when known. A row wider than the header has a separator in an unquoted cell,
     * so its columns are shifted: it is reported, not counted. A shorter one lacks trailing cells.
     */
    row(cells: readonly string[], row: number, cellCount = width): void {
      if (!usable) return;
      r.rows++;
      if (cellCount > width) {
        note('register.row-too-wide', row, { names: [String(width), String(cellCount)] });
        r.outside.notCounted++;
        return;
      }
      const code = (cells[columnOf.code!] ?? '').trim();
      if (code === '') note('register.blank-code', row);
      else {
        const key = fingerprint(code);
        const first = seen.get(key);
        if (first !== undefined) {
          const issue = note('register.duplicate-code', row, { value: code, firstRows: [] });
          if (issue.firstRows!.length < ROWS_SHOWN) issue.firstRows!.push(first);
          r.outside.notCounted++;
          return;
        }
        seen.set(key, row);
      }
      const received = date(cells, 'received', row);
      const due = date(cells, 'due', row);
      const resolved = date(cells, 'resolved', row);
      if (received <= BLANK || resolved < BLANK) {
        if (received === BLANK)
          note('register.date-unreadable', row, { column: 'received', value: '' }, 'unreadable:received');
        r.outside.notCounted++;
        return;
      }
      if (received > to) {
        note('register.received-after-period', row);
        r.outside.receivedAfter++;
        return;
      }
      if (resolved !== BLANK && resolved < from) {
        note('register.resolved-before-period', row);
        r.outside.resolvedBefore++;
        return;
      }
      if (due > BLANK && due < received) note('register.due-before-received', row);
      if (resolved !== BLANK && resolved < received) note('register.resolved-before-received', row);

      r.received.total++;
      if (received < from) r.received.carriedOver++;
      else if (columnOf.channel !== undefined) {
        const cell = cells[columnOf.channel] ?? '';
        const channel = channels(cell);
        if (channel) r.received[channel]++;
        else note('register.unknown-channel', row, { value: cell }, `channel:${registerKey(cell)}`);
      }

      const status = columnOf.status === undefined ? undefined : statuses(cells[columnOf.status] ?? '');
      if (status === 'withdrawn') {
        r.withdrawn++;
        return;
      }
      if (resolved !== BLANK && resolved <= to) {
        r.resolved.total++;
        if (due <= BLANK) note('register.no-due-date', row, {}, 'no-due');
        else if (resolved < due) r.resolved.early++;
        else if (resolved === due) r.resolved.onTime++;
        else r.resolved.late++;
        return;
      }
      if (status === 'suspended') {
        r.suspended++;
        return;
      }
      r.pending.total++;
      if (due <= BLANK) note('register.no-due-date', row, {}, 'no-due');
      else if (due >= to) r.pending.withinDeadline++;
      else r.pending.overdue++;
    },

    /** The figures and what was noticed about the register, in the order first met. */
    result(): { recount: DossierRecount | undefined; issues: RegisterIssue[] } {
      return { recount: usable ? r : undefined, issues: [...issues.values()] };
    },
  };
}

export type Recount = ReturnType<typeof createRecount>;

function valueMap<K extends string>(values: Record<K, string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [kind, names] of Object.entries(values) as [K, string[]][]) {
    for (const name of names) {
      map.set(name, kind);
      map.set(registerKey(name), kind);
    }
  }
  return map;
}

/** Two FNV-1a hashes of a text folded into one 53-bit integer (exact in a double). */
function fingerprint(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/**
 * A cell's meaning, remembered per distinct cell text: a register has a handful of channel
 * and status values repeated a million times, so each is normalised once.
 */
function lookup<K extends string>(values: Map<string, K>): (cell: string) => K | undefined {
  const seen = new Map<string, K | null>();
  return (cell) => {
    let kind = seen.get(cell);
    if (kind === undefined) {
      kind = values.get(registerKey(cell)) ?? null;
      if (seen.size < 1000) seen.set(cell, kind);
    }
    return kind ?? undefined;
  };
}
