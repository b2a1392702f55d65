import type { FigureKind, Lang } from '@diemmac/core';
import {
  COMMON_FIGURE_FIELDS,
  FIGURE_DESCRIPTORS,
  type FieldDescriptor,
  type ItemDescriptor,
} from '@diemmac/core/vocabulary';
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
  /** Key of the label in the messages' `fields` ("dossiers.received.online"). */
  label: string;
  /** The options the core's descriptor lists (766 versions and components, budget categories…). */
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
  label: string;
  columns: FieldSpec[];
  /** Rows are strings, not objects. */
  scalar?: boolean;
}
export type Spec = FieldSpec | GroupSpec | ListSpec;

// The editor writes no field of its own: every field, its form, its words and its options
// come from the core's descriptors, so a kind the core adds gets a form here unchanged.

const field = (prefix: string, f: FieldDescriptor, labelPath = f.path): FieldSpec => {
  const options = f.options;
  return {
    field: f.path,
    type: f.form,
    label: `${prefix}${labelPath}`,
    ...(options
      ? { choices: (lang: Lang) => options.map((o) => ({ value: o.value, label: o.term[lang] })) }
      : {}),
    ...(f.numeric ? { numeric: true } : {}),
  };
};

const specOf =
  (prefix: string) =>
  (item: ItemDescriptor): Spec => {
    if ('group' in item) return { group: `${prefix}${item.group}`, items: item.items.map(specOf(prefix)) };
    if ('list' in item) {
      return {
        list: item.list,
        label: `${prefix}${item.list}`,
        columns: item.columns.map((c) => field(prefix, c, `${item.list}.${c.path}`)),
        ...(item.scalar ? { scalar: true } : {}),
      };
    }
    return field(prefix, item);
  };

/** The fields of every figure kind the core describes. One generic editor renders them. */
export const FIGURE_SPECS: Record<FigureKind, Spec[]> = Object.fromEntries(
  Object.values(FIGURE_DESCRIPTORS).map((d) => [d.kind, d.items.map(specOf(`${d.kind}.`))]),
) as Record<FigureKind, Spec[]>;

/** Fields every block has. */
export const COMMON_SPECS: Spec[] = COMMON_FIGURE_FIELDS.map(specOf(''));

/** A label with the unit a money or rate field is typed in: "Thực hiện (đồng)", "Tỷ lệ (%)". */
export const withUnit = (word: string, type: FieldType): string =>
  type === 'money' ? `${word} (đồng)` : type === 'rate' ? `${word} (%)` : word;

export const split = (field: string): string[] => field.split('.');
