import type {
  FieldDescriptor,
  FigureDescriptor,
  ItemDescriptor,
  ListDescriptor,
  Term,
} from '../figures/descriptor.js';
import { COMMON_FIGURE_FIELDS, FIGURE_DESCRIPTORS } from '../figures/descriptors.js';
import type { FigureKind } from '../figures/schema.js';
import type { Lang } from '../messages/types.js';

/**
 * A term as it stands inside a sentence: "Qua mạng" → "qua mạng", but "TTHC", "HĐND" and
 * a name stay as they are (a capital followed by another capital is an abbreviation).
 *
 * @example
 * inSentence('Hồ sơ TTHC') // 'hồ sơ TTHC'
 */
export function inSentence(word: string): string {
  const [first, second] = [...word];
  if (!first || (second && second !== second.toLocaleLowerCase('vi'))) return word;
  return first.toLocaleLowerCase('vi') + word.slice(first.length);
}

/** A field as a described place: its full dotted path in the block and its descriptor. */
export interface DescribedField {
  /** "received.online", "components[].score", "places[]". */
  readonly path: string;
  readonly field: FieldDescriptor;
  /** The list the field is a column of, if any. */
  readonly list?: ListDescriptor;
}

/**
 * Every field of a figure kind, flat, with lists' columns as "list[].column" (a scalar list
 * as "list[]"): the same paths as the kind's schema reaches.
 *
 * @example
 * describedFields('digitisation').map((f) => f.path) // ['done', 'total', 'rate']
 */
export function describedFields(kind: FigureKind, common = false): DescribedField[] {
  const items = [...FIGURE_DESCRIPTORS[kind].items, ...(common ? COMMON_FIGURE_FIELDS : [])];
  return items.flatMap(function flat(item: ItemDescriptor): DescribedField[] {
    if ('group' in item) return item.items.flatMap(flat);
    if ('list' in item) {
      return item.columns.map((field) => ({
        path: item.scalar ? `${item.list}[]` : `${item.list}[].${field.path}`,
        field,
        list: item,
      }));
    }
    return [{ path: item.path, field: item }];
  });
}

/**
 * The words of every described place of every figure kind in one language, keyed
 * "kind.path" (a group "kind.group", a list "kind.list", a column "kind.list.column"),
 * and the common fields by their own path ("period.from"): what a form labels its fields with.
 *
 * @example
 * figureFieldWords('vi')['dossiers.received.online'] // 'Qua mạng'
 */
export function figureFieldWords(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (prefix: string, items: readonly ItemDescriptor[]) => {
    for (const item of items) {
      if ('group' in item) {
        out[`${prefix}${item.group}`] = item.term[lang];
        add(prefix, item.items);
      } else if ('list' in item) {
        out[`${prefix}${item.list}`] = item.term[lang];
        for (const c of item.columns) out[`${prefix}${item.list}.${c.path}`] = c.term[lang];
      } else out[`${prefix}${item.path}`] = item.term[lang];
    }
  };
  add('', COMMON_FIGURE_FIELDS);
  for (const d of Object.values(FIGURE_DESCRIPTORS) as FigureDescriptor[]) add(`${d.kind}.`, d.items);
  return out;
}

/**
 * The term of a place inside a figure block, list indexes left out: ["received", "online"]
 * → "Qua mạng"; a group or a list by its own term; undefined for a place not described.
 *
 * @example
 * fieldTerm('dossiers', ['pending', 'withinDeadline'])?.vi // 'Chưa tới hạn'
 */
export function fieldTerm(kind: string, path: readonly (string | number)[]): Term | undefined {
  const descriptor = (FIGURE_DESCRIPTORS as Record<string, FigureDescriptor | undefined>)[kind];
  if (!descriptor) return undefined;
  const key = path.filter((k) => typeof k === 'string').join('.');
  return termAt([...descriptor.items, ...COMMON_FIGURE_FIELDS], key);
}

function termAt(items: readonly ItemDescriptor[], key: string): Term | undefined {
  for (const item of items) {
    if ('group' in item) {
      if (item.group === key) return item.term;
      const inner = termAt(item.items, key);
      if (inner) return inner;
    } else if ('list' in item) {
      if (item.list === key) return item.term;
      if (key.startsWith(`${item.list}.`)) {
        const column = key.slice(item.list.length + 1);
        return item.columns.find((c) => c.path === column)?.term;
      }
    } else if (item.path === key) return item.term;
  }
  return undefined;
}

/**
 * The words of an option of a described field: the 766 component "ckmb", the direction
 * "revenue"; undefined when the field lists no such option.
 *
 * @example
 * optionTerm('staffing', 'qualifications[].group', 'all')?.vi // 'Cán bộ, công chức'
 */
export function optionTerm(kind: FigureKind, path: string, value: string): Term | undefined {
  return describedFields(kind)
    .find((f) => f.path === path)
    ?.field.options?.find((o) => o.value === value)?.term;
}

/**
 * A field's label with its unit, as a form or a table column heads it: "Thực hiện (đồng)",
 * "Tỷ lệ (%)"; other forms by their term alone.
 *
 * @example
 * headed({ path: 'rate', form: 'rate', term: { vi: 'Tỷ lệ', en: 'Rate' } }, 'vi') // 'Tỷ lệ (%)'
 */
export function headed(field: FieldDescriptor, lang: Lang): string {
  const word = field.term[lang];
  return field.form === 'money' ? `${word} (đồng)` : field.form === 'rate' ? `${word} (%)` : word;
}
