/** One concept in both languages: the single word every adapter uses for it. */
export interface Term {
  readonly vi: string;
  readonly en: string;
}

/**
 * How a field is written in a file or a form: a count ("2.173"), a sum in whole đồng, a
 * rate ("92,87%"), a score ("18,5"), a date, free text, a yes/no, or one of listed options.
 */
export type WrittenForm = 'count' | 'money' | 'rate' | 'score' | 'date' | 'text' | 'bool' | 'select';

/** One value a field may take, with its words. */
export interface OptionDescriptor {
  readonly value: string;
  readonly term: Term;
}

/** A field of a figure block, by its dotted path inside the block (or inside a list's row). */
export interface FieldDescriptor {
  readonly path: string;
  readonly form: WrittenForm;
  readonly term: Term;
  /** What is counted ("hồ sơ", "người"); money is in đồng and rates in % by their form. */
  readonly unit?: Term;
  readonly help?: Term;
  readonly options?: readonly OptionDescriptor[];
  /** A select that also takes a number (a 766 maximum typed as a figure). */
  readonly numeric?: boolean;
}

/** A list of rows (components, budget items) or of plain strings (places). */
export interface ListDescriptor {
  readonly list: string;
  readonly term: Term;
  readonly help?: Term;
  readonly columns: readonly FieldDescriptor[];
  /** Rows are strings, not objects: the one column names what each string is. */
  readonly scalar?: boolean;
}

/** Fields shown together under one heading (received, resolved, revenue…). */
export interface GroupDescriptor {
  readonly group: string;
  readonly term: Term;
  readonly items: readonly (FieldDescriptor | ListDescriptor)[];
}

export type ItemDescriptor = FieldDescriptor | ListDescriptor | GroupDescriptor;

/**
 * A figure kind as users and adapters see it: its name, its help, its fields in the order a
 * form or a table shows them, and, for each rule that reads only this kind, a faulty block
 * that makes the rule speak (what `explain` shows).
 */
export interface FigureDescriptor {
  readonly kind: string;
  /** The name of the JSON Schema definition ("DossierBlock"). */
  readonly schemaName: string;
  readonly term: Term;
  readonly help: Term;
  readonly items: readonly ItemDescriptor[];
  readonly examples?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}
