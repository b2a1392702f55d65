// @diemmac/core/register: figures recounted from a one-stop dossier register export.

export type { CodeSnapshot } from './codes.js';
export { blockPeriod, compareRecount, REGISTER_DIFFERS } from './compare.js';
export type { CsvOptions, CsvScanner } from './csv.js';
export { createCsvScanner } from './csv.js';
export type { DayNumber } from './dates.js';
export { dayNumber, readRegisterDate, showDayNumber } from './dates.js';
export type { RegisterField } from './mapping.js';
export { DEFAULT_REGISTER_MAPPING, REGISTER_FIELDS, RegisterMapping } from './mapping.js';
export type { RecountPart } from './merge.js';
export { mergeRecounts } from './merge.js';
export { formatRegisterIssue, REGISTER_WORDING } from './messages.js';
export type { RegisterReaderOptions } from './read.js';
export { createRegisterReader } from './read.js';
export type { DossierRecount, Recount, RecountOptions, RegisterIssue, RegisterIssueCode } from './recount.js';
export { createRecount } from './recount.js';
