import {
  amountInWords,
  type BudgetBlock,
  type CivilDate,
  type CountBlock,
  type DossierBlock,
  type FigureBlock,
  formatDateShort,
  formatDecimal,
  formatInteger,
  formatPercent,
  type Index766Block,
  type Period,
  type Reported,
  type StaffingBlock,
} from '@diemmac/core';
import { describedFields, FIGURE_DESCRIPTORS, type WrittenForm } from '@diemmac/core/vocabulary';
import type { Block, ListBlock, ParagraphBlock, Run, TableBlock, TableRow } from './tree.js';
import { FIGURES } from './wording.js';

/** How the figures are written. */
export interface FigureOptions {
  /** Write sums of money in words too ("Bằng chữ: …"). */
  readonly amountsInWords: boolean;
}

/**
 * The issuing body named in full, as a sentence names it: the two-line header of Decree 30
 * puts the parent body ("HĐND xã Điềm Mặc") over "Thường trực" or "Đoàn giám sát", and the
 * body is then "Thường trực HĐND xã Điềm Mặc", never "Thường trực" alone.
 */
export function bodyFullName(body: { name: string; parent?: string | undefined }): string {
  const name = body.name.normalize('NFC').trim();
  const parent = body.parent?.normalize('NFC').trim();
  if (!parent || name.toLocaleLowerCase('vi').includes(parent.toLocaleLowerCase('vi'))) return name;
  return `${name} ${parent}`;
}

// A figure is printed as the body of the notice wrote it ("03", "5.824.272.835", "48,70")
// when it was written the Vietnamese way; otherwise (2175 typed plainly, "87.81" with a
// decimal point) it is written the Vietnamese way from its exact value, with its own decimals.
const VIETNAMESE_INTEGER = /^(?:\d{1,3}(?:\.\d{3})+|\d{1,3})$/;
const VIETNAMESE_DECIMAL = /^(?:\d{1,3}(?:\.\d{3})+|\d{1,3}),\d+$/;
const asWritten = (r: Reported, pattern: RegExp): string | undefined =>
  pattern.test(r.written) && r.notes.length === 0 ? r.written : undefined;
export const count = (r: Reported): string => asWritten(r, VIETNAMESE_INTEGER) ?? formatInteger(r.value);
export const decimal = (r: Reported): string =>
  asWritten(r, VIETNAMESE_INTEGER) ??
  asWritten(r, VIETNAMESE_DECIMAL) ??
  formatDecimal(r.value, { scale: r.scale });
export const percent = (r: Reported): string =>
  r.written.endsWith('%') ? formatPercent(r.value, { scale: r.scale }) : `${decimal(r)}%`;
export const money = (r: Reported): string => `${count(r)} đồng`;
const words = (r: Reported): string => amountInWords(r.value.toFixed());
/** Words as the notice wrote them, without a "Bằng chữ:" the wording adds anyway. */
const saidWords = (text: string): string =>
  text.replace(/^\s*\(?\s*bằng chữ\s*:\s*/iu, '').replace(/\)\s*$/u, '');

const plain = (text: string): Run[] => [{ text }];
const caption = (text: string): ParagraphBlock => ({ type: 'paragraph', role: 'caption', runs: plain(text) });
const sentence = (text: string): string => (/[.:;!?]$/.test(text) ? text : `${text}.`);

/**
 * A date of the body as the source wrote it ("30/9/2025", "03/10/2025"): Decree 30's zero
 * padding is for the notice's own date line only, and an impossible date (31/02) the checks
 * report must still print. A date typed in ISO form ("2025-09-30") is written dd/mm/yyyy.
 */
export function writtenDate(d: CivilDate): string {
  return /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(d.written) ? d.written : formatDateShort(d);
}
const date = writtenDate;

/** "9 tháng năm 2024 (từ ngày 01/01/2024 đến ngày 30/09/2024)" */
export function periodText(period: Period | undefined): string {
  if (!period) return '';
  const { from, to, label } = period;
  const span =
    from && to
      ? FIGURES.periodFromTo(date(from), date(to))
      : from
        ? FIGURES.periodFrom(date(from))
        : to
          ? FIGURES.periodTo(date(to))
          : '';
  if (label && span) return `${label} (${span})`;
  return label ?? span;
}

function captionFor(text: string, period: Period | undefined): ParagraphBlock {
  const when = periodText(period);
  if (!when) return caption(`${text}:`);
  return caption(period?.label ? `${text} ${when}:` : `${text} (${when}):`);
}

const withRate = (text: string, rate: Reported | undefined) =>
  rate ? `${text}, ${FIGURES.reaching(percent(rate))}` : text;

function index766(f: Index766Block): Block[] {
  const w = FIGURES.index766;
  const table: TableBlock = {
    type: 'table',
    columns: [
      { title: w.component, align: 'left', width: 6 },
      { title: w.score, align: 'right', width: 2 },
      { title: w.max, align: 'right', width: 2 },
    ],
    rows: [
      ...f.components.map((c): TableRow => ({ cells: [c.label ?? c.key, decimal(c.score), decimal(c.max)] })),
      { cells: [w.total, decimal(f.total), ''], emphasis: 'bold' },
    ],
  };
  return [captionFor(w.caption, f.period), table];
}

function dossiers(f: DossierBlock): Block[] {
  const w = FIGURES.dossiers;
  const rows: TableRow[] = [];
  const part = (label: string, value: Reported | undefined) => {
    if (value) rows.push({ cells: [label, count(value)], indent: 1 });
  };
  rows.push({ cells: [w.received, count(f.received.total)], emphasis: 'bold' });
  part(w.direct, f.received.direct);
  part(w.postal, f.received.postal);
  part(w.directOrPostal, f.received.directOrPostal);
  part(w.online, f.received.online);
  part(w.carriedOver, f.received.carriedOver);
  rows.push({ cells: [w.resolved, count(f.resolved.total)], emphasis: 'bold' });
  part(w.early, f.resolved.early);
  part(w.onTime, f.resolved.onTime);
  part(w.late, f.resolved.late);
  if (f.pending) {
    rows.push({ cells: [w.pending, count(f.pending.total)], emphasis: 'bold' });
    part(w.withinDeadline, f.pending.withinDeadline);
    part(w.overdue, f.pending.overdue);
  }
  if (f.withdrawn) rows.push({ cells: [w.withdrawn, count(f.withdrawn)] });
  if (f.suspended) rows.push({ cells: [w.suspended, count(f.suspended)] });
  if (f.apologies) rows.push({ cells: [w.apologies, count(f.apologies)] });
  return [
    captionFor(w.caption, f.period),
    {
      type: 'table',
      columns: [
        { title: w.item, align: 'left', width: 7 },
        { title: w.count, align: 'right', width: 3 },
      ],
      rows,
    },
  ];
}

function budget(f: BudgetBlock, options: FigureOptions): Block[] {
  const w = FIGURES.budget;
  const rows: TableRow[] = [];
  const inWords: ParagraphBlock[] = [];
  for (const [side, label] of [
    [f.revenue, w.revenue],
    [f.expenditure, w.expenditure],
  ] as const) {
    if (!side) continue;
    rows.push({
      cells: [
        label,
        count(side.actual),
        side.plan ? count(side.plan) : '',
        side.rate ? decimal(side.rate) : '',
      ],
      emphasis: 'bold',
    });
    // Items stay under the side the source put them, even a wrong one: the annex says so.
    for (const item of side.items) {
      rows.push({
        cells: [
          item.label,
          count(item.actual),
          item.plan ? count(item.plan) : '',
          item.rate ? decimal(item.rate) : '',
        ],
        indent: 1,
      });
    }
    // Words the notice wrote are data, printed as written; the computed ones only on request.
    if (side.inWords || options.amountsInWords) {
      inWords.push({
        type: 'paragraph',
        runs: plain(
          w.words(label, money(side.actual), side.inWords ? saidWords(side.inWords) : words(side.actual)),
        ),
      });
    }
  }
  const table: TableBlock = {
    type: 'table',
    columns: [
      { title: w.item, align: 'left', width: 5 },
      { title: w.actual, align: 'right', width: 3 },
      { title: w.plan, align: 'right', width: 3 },
      { title: w.rate, align: 'right', width: 2 },
    ],
    rows,
  };
  return [captionFor(w.caption, f.period), table, ...inWords];
}

function staffing(f: StaffingBlock): Block[] {
  const w = FIGURES.staffing;
  const rows: TableRow[] = [];
  if (f.quota) rows.push({ cells: [w.quota, count(f.quota)] });
  rows.push({ cells: [w.present, count(f.present)], emphasis: 'bold' });
  if (f.cadres) {
    rows.push({ cells: [w.cadres, count(f.cadres.total)], indent: 1 });
    for (const b of f.cadres.byBody) rows.push({ cells: [b.label, count(b.count)], indent: 2 });
  }
  if (f.civilServants) rows.push({ cells: [w.civilServants, count(f.civilServants.total)], indent: 1 });
  for (const q of f.qualifications) {
    rows.push({
      cells: [`${w[q.group]}: ${q.label}`, `${count(q.count)}/${count(q.of)}`],
      emphasis: 'italic',
    });
  }
  const when = f.asOf ? FIGURES.asOf(date(f.asOf)) : periodText(f.period);
  return [
    caption(when ? `${w.caption} (${when}):` : `${w.caption}:`),
    {
      type: 'table',
      columns: [
        { title: w.item, align: 'left', width: 7 },
        { title: w.people, align: 'right', width: 3 },
      ],
      rows,
    },
  ];
}

function countLine(f: CountBlock): string {
  const unit = f.unit ? ` ${f.unit}` : '';
  const head = `${f.label}: ${count(f.value)}${unit}`;
  if (f.parts.length === 0) return head;
  const parts = f.parts.map((p) => `${p.label} ${count(p.value)}${unit}`).join('; ');
  return `${head}, ${FIGURES.countWithParts}: ${parts}`;
}

/** A figure written as one sentence, or undefined when it takes a table. */
function line(f: FigureBlock, options: FigureOptions): string | undefined {
  switch (f.kind) {
    case 'digitisation':
      return withRate(FIGURES.digitisation(count(f.done), count(f.total)), f.rate);
    case 'onlineServices':
      return withRate(FIGURES.onlineServices(count(f.fullProcessDossiers), count(f.processedOnline)), f.rate);
    case 'count':
      return countLine(f);
    case 'dialogues': {
      const text = FIGURES.dialogues(count(f.count), f.participants ? count(f.participants) : undefined);
      return f.places.length > 0 ? `${text} (${f.places.join(', ')})` : text;
    }
    case 'amount':
      return f.inWords || options.amountsInWords
        ? `${f.label}: ${money(f.value)} ${FIGURES.inWords(f.inWords ? saidWords(f.inWords) : words(f.value))}`
        : `${f.label}: ${money(f.value)}`;
    case 'ratio':
      return withRate(`${f.label}: ${count(f.part)}/${count(f.whole)}`, f.rate);
    default:
      return undefined;
  }
}

function withPeriod(text: string, f: FigureBlock): string {
  // Staffing and the tables print their period in the caption.
  const when = periodText(f.period);
  return when ? `${text} (${when})` : text;
}

/** A figure as its kind's form writes it, or undefined for what a table row does not show. */
function written(value: unknown, form: WrittenForm): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (form === 'text' || form === 'select') return typeof value === 'string' ? value : undefined;
  if (form === 'date') return writtenDate(value as CivilDate);
  const r = value as Reported;
  if (form === 'count') return count(r);
  if (form === 'money') return money(r);
  if (form === 'rate') return percent(r);
  if (form === 'score') return decimal(r);
  return undefined;
}

/**
 * A kind the notice has no table of its own for, laid out from the core's descriptor: its
 * name as the caption, then one row per field it holds, named by the field's term. A kind
 * added to the core is printed this way without a change here.
 */
function described(f: FigureBlock): Block[] {
  const descriptor = (
    FIGURE_DESCRIPTORS as Record<string, (typeof FIGURE_DESCRIPTORS)[keyof typeof FIGURE_DESCRIPTORS]>
  )[f.kind];
  if (!descriptor) return [];
  const rows: TableRow[] = [];
  for (const { path, field, list } of describedFields(f.kind)) {
    if (list) continue;
    let value: unknown = f;
    for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
    const text = written(value, field.form);
    if (text !== undefined) rows.push({ cells: [field.term.vi, text] });
  }
  return [
    captionFor(descriptor.term.vi, f.period),
    {
      type: 'table',
      columns: [
        { title: FIGURES.dossiers.item, align: 'left', width: 7 },
        { title: FIGURES.described.value, align: 'right', width: 3 },
      ],
      rows,
    },
  ];
}

function table(f: FigureBlock, options: FigureOptions): Block[] {
  switch (f.kind) {
    case 'index766':
      return index766(f);
    case 'dossiers':
      return dossiers(f);
    case 'budget':
      return budget(f, options);
    case 'staffing':
      return staffing(f);
    case 'count':
    case 'dialogues':
    case 'amount':
    case 'ratio':
    case 'digitisation':
    case 'onlineServices':
      return [];
    default:
      return described(f);
  }
}

/**
 * The figure blocks of a section in Vietnamese form: the big ones as tables, the small
 * ones as a list of sentences, in the source's order.
 */
export function figureBlocks(list: readonly FigureBlock[], options: FigureOptions): Block[] {
  const out: Block[] = [];
  let pending: Run[][] = [];
  const flush = () => {
    if (pending.length > 0) out.push({ type: 'list', marker: '-', items: pending } satisfies ListBlock);
    pending = [];
  };
  for (const f of list) {
    const text = line(f, options);
    if (text !== undefined) {
      const note = f.note ? ` (${f.note})` : '';
      pending.push([{ text: sentence(withPeriod(text, f) + note) }]);
      continue;
    }
    flush();
    out.push(...table(f, options));
    if (f.note) out.push(caption(`(${f.note})`));
  }
  flush();
  return out;
}
