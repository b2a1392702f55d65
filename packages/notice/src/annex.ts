import {
  Decimal,
  type ExtraWording,
  type Finding,
  formatDecimal,
  formatFinding,
  formatInteger,
  formatMoney,
  formatPercent,
  type Path,
  type Quantity,
  ROUNDING_MODES,
  type RoundingMode,
  roundTo,
  ruleTitle,
  type Supervision,
  severityLabel,
} from '@diemmac/core';
import { evaluateRates, showQuantity } from '@diemmac/core/adapters';
import { bodyFullName } from './figures.js';
import { locate, sectionOf } from './locate.js';
import type { Block, TableColumn, TableRow } from './tree.js';
import { ANNEX, BLOCK_LABEL, FIGURES } from './wording.js';

/** What the annex needs besides the findings. */
export interface AnnexInput {
  readonly supervision: Supervision;
  readonly findings: readonly Finding[];
  /** Codes of the rules that ran; those without a finding are listed as passed. */
  readonly checkedRules: readonly string[];
  /** Wording of a pack's rules and its replacements (`resolvePack(…).wording`). */
  readonly wording?: ExtraWording | undefined;
  /** "05/TB-HĐND ngày 10 tháng 11 năm 2024": the notice the annex goes with. */
  readonly noticeReference: { readonly number: string; readonly date: string };
}

/** Reported minus recomputed, signed, in the unit of the figures; undefined when not comparable. */
export function difference(
  reported: Quantity | undefined,
  computed: Quantity | undefined,
): string | undefined {
  if (!reported || !computed || reported.unit !== computed.unit) return undefined;
  const diff = new Decimal(reported.value).minus(computed.value);
  const sign = diff.isPositive() && !diff.isZero() ? '+' : '';
  switch (reported.unit) {
    case 'count':
      return sign + formatInteger(diff);
    case 'dong':
      return sign + formatMoney(diff.toFixed());
    case 'percent':
      return sign + formatPercent(diff);
    case 'points':
      return sign + formatDecimal(diff);
  }
}

function findingText(supervision: Supervision, f: Finding, wording?: ExtraWording): string {
  const lines: string[] = [];
  const first = f.paths[0];
  if (first) lines.push(`${locate(supervision, first)}.`);
  // The core's suggestion names a field by its data path; the annex names it in words.
  lines.push(formatFinding({ ...f, suggestion: undefined }, 'vi', wording));
  if (f.suggestion) {
    lines.push(
      ANNEX.suggestion(locate(supervision, f.suggestion.path), showQuantity(f.suggestion.value, 'vi')),
    );
  }
  return lines.join('\n');
}

/** The annex's names for the rates the core labels by kind. */
const RATE_LABEL: Record<string, string | undefined> = {
  digitisation: BLOCK_LABEL.digitisation,
  onlineServices: BLOCK_LABEL.onlineServices,
  revenue: FIGURES.budget.revenue,
  expenditure: FIGURES.budget.expenditure,
};

/** The figure block a rate belongs to: its path up to `figures, n`. */
const blockOf = (path: Path): Path => path.slice(0, path.lastIndexOf('figures') + 2);

const samePath = (a: Path | undefined, b: Path): boolean =>
  a !== undefined && a.length === b.length && a.every((k, i) => k === b[i]);

const RATE_SHOWN_DIGITS = 4;

/**
 * One row per written rate: part and whole, the rate as written, the rate recomputed, the
 * difference, and the verdict: the severity of a finding that points at it, otherwise
 * "Đạt" with the rounding conventions that reproduce it.
 */
function rateRows(supervision: Supervision, findings: readonly Finding[]): TableRow[] {
  const rows: TableRow[] = [];
  for (const e of evaluateRates(supervision)) {
    const { exact, modes } = e;
    if (!exact) continue;
    const shown = roundTo(exact, Math.max(RATE_SHOWN_DIGITS, e.rate.scale), 'half-up');
    const flagged = findings.find((f) => f.code === 'rate.mismatch' && samePath(f.paths[0], e.ratePath));
    let verdict: string;
    if (flagged) verdict = severityLabel(flagged.severity, 'vi');
    else if (modes.length === 0) verdict = ANNEX.noMode;
    else if (modes.length === ROUNDING_MODES.length) verdict = ANNEX.passed;
    else verdict = `${ANNEX.passed} (${modes.map((m: RoundingMode) => ANNEX.modes[m]).join(', ')})`;
    rows.push({
      cells: [
        String(rows.length + 1),
        [RATE_LABEL[e.label] ?? e.label, sectionOf(supervision, blockOf(e.ratePath))]
          .filter(Boolean)
          .join('\n'),
        formatInteger(e.part.value),
        formatInteger(e.whole.value),
        formatPercent(e.rate.value, { scale: e.rate.scale }),
        formatPercent(shown),
        (e.rate.value.greaterThan(shown) ? '+' : '') + formatPercent(e.rate.value.minus(shown)),
        verdict,
      ],
    });
  }
  return rows;
}

const RATE_COLUMNS: readonly TableColumn[] = [
  { title: ANNEX.columns.index, align: 'center', width: 3 },
  { title: ANNEX.columns.item, align: 'left', width: 12 },
  { title: ANNEX.columns.part, align: 'right', width: 13 },
  { title: ANNEX.columns.whole, align: 'right', width: 13 },
  { title: ANNEX.columns.reportedRate, align: 'right', width: 8 },
  { title: ANNEX.columns.computedRate, align: 'right', width: 9 },
  { title: ANNEX.columns.difference, align: 'right', width: 8 },
  { title: ANNEX.columns.verdict, align: 'center', width: 9 },
];

const ruleCell = (code: string, wording?: ExtraWording) => `${ruleTitle(code, 'vi', wording)}\n(${code})`;

const FINDING_COLUMNS: readonly TableColumn[] = [
  { title: ANNEX.columns.index, align: 'center', width: 3 },
  { title: ANNEX.columns.rule, align: 'left', width: 12 },
  { title: ANNEX.columns.finding, align: 'left', width: 27 },
  { title: ANNEX.columns.reported, align: 'right', width: 7 },
  { title: ANNEX.columns.computed, align: 'right', width: 7 },
  { title: ANNEX.columns.difference, align: 'right', width: 6 },
  { title: ANNEX.columns.verdict, align: 'center', width: 7 },
];

const PASSED_COLUMNS: readonly TableColumn[] = [
  { title: ANNEX.columns.index, align: 'center', width: 3 },
  { title: ANNEX.columns.rule, align: 'left', width: 50 },
  { title: ANNEX.columns.verdict, align: 'center', width: 9 },
];

/**
 * The annex "Kiểm tra số liệu": one row per finding (rule, where, what, reported,
 * recomputed, difference, verdict), then every rule that ran and found nothing.
 */
export function annexBlocks(input: AnnexInput): Block[] {
  const { supervision, findings, wording } = input;
  const found = new Set(findings.map((f) => f.code));
  const findingRows = findings.map(
    (f, i): TableRow => ({
      cells: [
        String(i + 1),
        ruleCell(f.code, wording),
        findingText(supervision, f, wording),
        f.reported ? showQuantity(f.reported, 'vi') : '',
        f.computed ? showQuantity(f.computed, 'vi') : '',
        difference(f.reported, f.computed) ?? '',
        severityLabel(f.severity, 'vi'),
      ],
    }),
  );
  const passed = input.checkedRules.filter((code) => !found.has(code));
  const rates = rateRows(supervision, findings);
  let n = 1;
  const blocks: Block[] = [
    { type: 'pageBreak' },
    {
      type: 'title',
      text: ANNEX.heading,
      subject: ANNEX.subject,
      note: ANNEX.attachedTo(
        input.noticeReference.number,
        input.noticeReference.date,
        bodyFullName(supervision.body),
      ),
    },
    { type: 'heading', level: 2, number: `${n++}.`, text: ANNEX.findingsHeading },
  ];
  if (findingRows.length > 0) {
    blocks.push({ type: 'table', columns: FINDING_COLUMNS, rows: findingRows, size: 'small' });
  } else {
    blocks.push({ type: 'paragraph', runs: [{ text: ANNEX.noFindings }] });
  }
  if (rates.length > 0) {
    blocks.push({ type: 'heading', level: 2, number: `${n++}.`, text: ANNEX.ratesHeading });
    blocks.push({ type: 'table', columns: RATE_COLUMNS, rows: rates, size: 'small' });
  }
  if (passed.length > 0) {
    blocks.push({ type: 'heading', level: 2, number: `${n++}.`, text: ANNEX.passedHeading });
    blocks.push({
      type: 'table',
      columns: PASSED_COLUMNS,
      rows: passed.map((code, i) => ({ cells: [String(i + 1), ruleCell(code, wording), ANNEX.passed] })),
      size: 'small',
    });
  }
  return blocks;
}
