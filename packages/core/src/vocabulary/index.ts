// @diemmac/core/vocabulary: the words and fields of every figure kind, for adapters that
// label forms, tables and help from one description (the web editor, the notice, explain).
export type {
  FieldDescriptor,
  FigureDescriptor,
  GroupDescriptor,
  ItemDescriptor,
  ListDescriptor,
  OptionDescriptor,
  Term,
  WrittenForm,
} from '../figures/descriptor.js';
export { COMMON_FIGURE_FIELDS, FIGURE_DESCRIPTORS } from '../figures/descriptors.js';
export {
  baseSupervision,
  EXAMPLE_DAY,
  type Example,
  type Fragment,
  withFragment,
} from '../rules/example.js';
export { RULE_EXAMPLES, RULE_FAMILIES, type RuleFamily } from '../rules/families.js';
export {
  type DescribedField,
  describedFields,
  fieldTerm,
  figureFieldWords,
  headed,
  inSentence,
  optionTerm,
} from './words.js';
