import { newMemo, type RowCells, StringCells } from './cells.js';
import { CodeSet } from './codes.js';
import { BLANK, type DayNumber, IMPOSSIBLE, UNREADABLE } from './dates.js';
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
export const ROWS_SHOWN = 10;

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
// Meanings of channel and status cells as small integers (0: none of them), for the memos.
const CHANNELS: readonly (Channel | undefined)[] = [undefined, 'online', 'direct', 'postal'];
const ONLINE = 1;
const DIRECT = 2;
const POSTAL = 3;
const WITHDRAWN = 1;
const SUSPENDED = 2;

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
  const channelOf = valueMap<Channel>(mapping.channels);
  const statusOf = valueMap<Status>(mapping.statuses);
  const channelMeaning = (cell: string) => CHANNELS.indexOf(channelOf.get(registerKey(cell)));
  const statusMeaning = (cell: string) => {
    const status = statusOf.get(registerKey(cell));
    return status === 'withdrawn' ? WITHDRAWN : status === 'suspended' ? SUSPENDED : 0;
  };
  const channelMemo = newMemo();
  const statusMemo = newMemo();
  const issues = new Map<string, RegisterIssue>();
  // Codes seen, by a 64-bit fingerprint in flat arrays: keeping the code strings themselves
  // would cost hundreds of MB for a province's register.
  const seen = new CodeSet();
  const print = new Uint32Array(2);
  const strings = new StringCells();
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
    extra?: Partial<RegisterIssue>,
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

  // The columns read, by index (-1: absent), set by the header.
  let codeAt = -1;
  let receivedAt = -1;
  let dueAt = -1;
  let resolvedAt = -1;
  let channelAt = -1;
  let statusAt = -1;

  const date = (cells: RowCells, column: number, field: RegisterField, row: number): DayNumber => {
    const day = cells.day(column);
    if (day === UNREADABLE)
      note(
        'register.date-unreadable',
        row,
        { column: field, value: cells.text(column) },
        `unreadable:${field}`,
      );
    if (day === IMPOSSIBLE)
      note(
        'register.date-impossible',
        row,
        { column: field, value: cells.text(column) },
        `impossible:${field}`,
      );
    return day;
  };

  /** Counts one data row, read through `cells`; see `row`. */
  const count = (cells: RowCells, row: number, cellCount: number): void => {
    if (!usable) return;
    r.rows++;
    if (cellCount > width) {
      note('register.row-too-wide', row, { names: [String(width), String(cellCount)] });
      r.outside.notCounted++;
      return;
    }
    if (!cells.fingerprint(codeAt, print)) note('register.blank-code', row);
    else {
      const first = seen.firstRow(print[0]!, print[1]!, row);
      if (first !== 0) {
        const value = cells.text(codeAt).trim();
        const issue = note('register.duplicate-code', row, { value, firstRows: [] });
        if (issue.firstRows!.length < ROWS_SHOWN) issue.firstRows!.push(first);
        r.outside.notCounted++;
        return;
      }
    }
    const received = date(cells, receivedAt, 'received', row);
    const due = date(cells, dueAt, 'due', row);
    const resolved = date(cells, resolvedAt, 'resolved', row);
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
    else if (channelAt >= 0) {
      const channel = cells.classify(channelAt, channelMemo, channelMeaning);
      if (channel === ONLINE) r.received.online++;
      else if (channel === DIRECT) r.received.direct++;
      else if (channel === POSTAL) r.received.postal++;
      else {
        const cell = cells.text(channelAt);
        note('register.unknown-channel', row, { value: cell }, `channel:${registerKey(cell)}`);
      }
    }

    const status = statusAt < 0 ? 0 : cells.classify(statusAt, statusMemo, statusMeaning);
    if (status === WITHDRAWN) {
      r.withdrawn++;
      return;
    }
    if (resolved !== BLANK && resolved <= to) {
      r.resolved.total++;
      if (due <= BLANK) note('register.no-due-date', row, undefined, 'no-due');
      else if (resolved < due) r.resolved.early++;
      else if (resolved === due) r.resolved.onTime++;
      else r.resolved.late++;
      return;
    }
    if (status === SUSPENDED) {
      r.suspended++;
      return;
    }
    r.pending.total++;
    if (due <= BLANK) note('register.no-due-date', row, undefined, 'no-due');
    else if (due >= to) r.pending.withinDeadline++;
    else r.pending.overdue++;
  };

  return {
    /**
     * Maps the header's cells to fields; returns the column indexes to read. `row` is where the
     * header stands (1 in a CSV; a spreadsheet may have title lines above it).
     */
    header(cells: readonly string[], row = 1): number[] {
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
            row,
            { column: field, names: mapping.columns[field] },
            `missing:${field}`,
          );
        }
      }
      const read = new Set(Object.values(columnOf));
      const unread = cells.filter((c, i) => !read.has(i) && c.trim() !== '');
      if (unread.length > 0) note('register.unread-columns', row, { names: unread });
      codeAt = columnOf.code ?? -1;
      receivedAt = columnOf.received ?? -1;
      dueAt = columnOf.due ?? -1;
      resolvedAt = columnOf.resolved ?? -1;
      channelAt = columnOf.channel ?? -1;
      statusAt = columnOf.status ?? -1;
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
      strings.cells = cells;
      count(strings, row, cellCount);
    },

    /** Counts one data row read in place by a scanner (the CSV bytes), without strings per cell. */
    rowCells(cells: RowCells, row: number, cellCount = width): void {
      count(cells, row, cellCount);
    },

    /** The figures and what was noticed about the register, in the order first met. */
    result(): { recount: DossierRecount | undefined; issues: RegisterIssue[] } {
      return { recount: usable ? r : undefined, issues: [...issues.values()] };
    },

    /** The dossier codes seen, to check a later part of the same register against (see `mergeRecounts`). */
    codes(): CodeSet {
      return seen;
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
