export type { CivilDateParts, DraftDateParts } from './date.js';
export { DRAFT_DAY_BLANK, formatDateLong, formatDateShort, formatPlaceDate } from './date.js';
export type { IntegerInput } from './integer.js';
export type { FormatLocale, LocaleOptions } from './locale.js';
export type { DecimalFormatOptions } from './number.js';
export { formatDecimal, formatInteger, formatMoney, formatPercent } from './number.js';
export type { AmountInWordsOptions } from './words.js';
export { amountInWords, readAmountInWords } from './words.js';
