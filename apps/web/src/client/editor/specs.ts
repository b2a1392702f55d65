import { BUDGET_DIRECTIONS, DEFAULT_FRAMEWORKS, type FigureKind, type Lang } from '@diemmac/core';
import type { FieldType } from './Field.js';

/** One choice of a select: the value stored in the document and the words shown. */
export interface Choice {
  value: string;
  label: string;
}

/** One field of a figure block, by its path relative to the block. */
export interface FieldSpec {
  field: string;
  type: FieldType;
  /** Key of the label in the messages' `fields`; defaults to `${kind}.${field}`. */
  label?: string;
  options?: readonly string[];
  /** Choices worded by the core's frameworks (766 index versions, budget categories). */
  choices?: (lang: Lang) => Choice[];
  numeric?: boolean;
}
/** A labelled group of fields (received, resolved, revenue…). */
export interface GroupSpec {
  group: string;
  items: Spec[];
}
/** A list of rows (components, budget items, parts…) or of plain strings (places). */
export interface ListSpec {
  list: string;
  label?: string;
  columns: FieldSpec[];
  /** Rows are strings, not objects. */
  scalar?: boolean;
}
export type Spec = FieldSpec | GroupSpec | ListSpec;

// Words for codes come from the core's frameworks, so a province's own framework shows its own names.
const index766Versions = (): Choice[] =>
  DEFAULT_FRAMEWORKS.index766.map((f) => ({ value: f.id, label: f.name }));
const index766Components = (lang: Lang): Choice[] => {
  const seen = new Map<string, string>();
  for (const f of DEFAULT_FRAMEWORKS.index766) {
    for (const c of f.components) if (!seen.has(c.key)) seen.set(c.key, lang === 'vi' ? c.title : c.titleEn);
  }
  return [...seen].map(([value, label]) => ({ value, label }));
};
const budgetCategories = (lang: Lang): Choice[] =>
  DEFAULT_FRAMEWORKS.budgetCategories.map((c) => ({
    value: c.key,
    label: lang === 'vi' ? c.title : c.titleEn,
  }));

const budgetSide = (side: 'revenue' | 'expenditure'): GroupSpec => ({
  group: `budget.${side}`,
  items: [
    { field: `${side}.actual`, type: 'money', label: 'budget.actual' },
    { field: `${side}.inWords`, type: 'text', label: 'budget.inWords' },
    { field: `${side}.plan`, type: 'money', label: 'budget.plan' },
    { field: `${side}.rate`, type: 'rate', label: 'budget.rate' },
    {
      list: `${side}.items`,
      label: 'budget.items',
      columns: [
        { field: 'label', type: 'text', label: 'budget.items.label' },
        { field: 'category', type: 'select', label: 'budget.items.category', choices: budgetCategories },
        {
          field: 'direction',
          type: 'select',
          options: BUDGET_DIRECTIONS,
          label: 'budget.items.direction',
        },
        { field: 'actual', type: 'money', label: 'budget.items.actual' },
        { field: 'inWords', type: 'text', label: 'budget.items.inWords' },
        { field: 'plan', type: 'money', label: 'budget.items.plan' },
        { field: 'rate', type: 'rate', label: 'budget.items.rate' },
      ],
    },
  ],
});

/**
 * The fields of every figure kind the core knows. One generic editor renders them; a kind
 * missing here would fail to type-check.
 */
export const FIGURE_SPECS: Record<FigureKind, Spec[]> = {
  index766: [
    { field: 'total', type: 'score' },
    { field: 'framework', type: 'select', choices: index766Versions },
    {
      list: 'components',
      columns: [
        { field: 'key', type: 'select', choices: index766Components },
        { field: 'label', type: 'text' },
        { field: 'score', type: 'score' },
        { field: 'max', type: 'score', numeric: true },
      ],
    },
  ],
  dossiers: [
    {
      group: 'dossiers.received',
      items: [
        { field: 'received.total', type: 'count' },
        { field: 'received.online', type: 'count' },
        { field: 'received.direct', type: 'count' },
        { field: 'received.postal', type: 'count' },
        { field: 'received.directOrPostal', type: 'count' },
        { field: 'received.carriedOver', type: 'count' },
      ],
    },
    {
      group: 'dossiers.resolved',
      items: [
        { field: 'resolved.total', type: 'count' },
        { field: 'resolved.early', type: 'count' },
        { field: 'resolved.onTime', type: 'count' },
        { field: 'resolved.late', type: 'count' },
      ],
    },
    {
      group: 'dossiers.pending',
      items: [
        { field: 'pending.total', type: 'count' },
        { field: 'pending.withinDeadline', type: 'count' },
        { field: 'pending.overdue', type: 'count' },
      ],
    },
    {
      group: 'dossiers.other',
      items: [
        { field: 'withdrawn', type: 'count' },
        { field: 'suspended', type: 'count' },
        { field: 'apologies', type: 'count' },
      ],
    },
  ],
  digitisation: [
    { field: 'done', type: 'count' },
    { field: 'total', type: 'count' },
    { field: 'rate', type: 'rate' },
  ],
  onlineServices: [
    { field: 'fullProcessDossiers', type: 'count' },
    { field: 'processedOnline', type: 'count' },
    { field: 'rate', type: 'rate' },
  ],
  budget: [budgetSide('revenue'), budgetSide('expenditure')],
  staffing: [
    { field: 'asOf', type: 'date' },
    { field: 'quota', type: 'count' },
    { field: 'present', type: 'count' },
    { field: 'cadres.total', type: 'count' },
    { field: 'civilServants.total', type: 'count' },
    {
      list: 'cadres.byBody',
      columns: [
        { field: 'label', type: 'text' },
        { field: 'count', type: 'count' },
      ],
    },
    {
      list: 'qualifications',
      columns: [
        { field: 'group', type: 'select', options: ['cadres', 'civilServants', 'all'] },
        { field: 'label', type: 'text' },
        { field: 'count', type: 'count' },
        { field: 'of', type: 'count' },
      ],
    },
  ],
  count: [
    { field: 'label', type: 'text' },
    { field: 'unit', type: 'text' },
    { field: 'value', type: 'count' },
    { field: 'partsComplete', type: 'bool' },
    {
      list: 'parts',
      columns: [
        { field: 'label', type: 'text' },
        { field: 'value', type: 'count' },
      ],
    },
  ],
  dialogues: [
    { field: 'count', type: 'count' },
    { field: 'participants', type: 'count' },
    { list: 'places', scalar: true, columns: [{ field: 'value', type: 'text' }] },
  ],
  amount: [
    { field: 'label', type: 'text' },
    { field: 'value', type: 'money' },
    { field: 'inWords', type: 'text' },
  ],
  ratio: [
    { field: 'label', type: 'text' },
    { field: 'part', type: 'count' },
    { field: 'whole', type: 'count' },
    { field: 'rate', type: 'rate' },
  ],
};

/** Fields every block has. */
export const COMMON_SPECS: Spec[] = [
  { field: 'id', type: 'text', label: 'id' },
  { field: 'period.from', type: 'date', label: 'period.from' },
  { field: 'period.to', type: 'date', label: 'period.to' },
  { field: 'period.label', type: 'text', label: 'period.label' },
  { field: 'note', type: 'text', label: 'note' },
  {
    list: 'statedPeriods',
    label: 'statedPeriods',
    columns: [
      { field: 'from', type: 'date', label: 'period.from' },
      { field: 'to', type: 'date', label: 'period.to' },
      { field: 'label', type: 'text', label: 'period.label' },
    ],
  },
];

export const split = (field: string): string[] => field.split('.');
