// @diemmac/reader: reads the notices councils already have, listed explicitly.

export {
  amountsInWords,
  decimalMarks,
  numbering,
  repeatedWords,
  straySeparators,
  symbolForm,
  textFindings,
} from './checks/text.js';
export type { PlacedFinding, ReaderCode, TextCode } from './checks/types.js';
export { READER_CODES, TEXT_CODES } from './checks/types.js';
export type { DraftReading, SourceMap } from './draft.js';
export { draftOf } from './draft.js';
export type { Sourced } from './extract/figures.js';
export type { Statement } from './extract/statements.js';
export { readStatements } from './extract/statements.js';
export { formatNoticeFinding, formatPlace, READER_WORDING } from './messages/index.js';
export type { NoticeInput } from './open.js';
export { READABLE_EXTENSIONS, readNotice, readNoticeFile } from './open.js';
export type { NoticeCheck, NoticeReading, Understanding } from './read.js';
export {
  checkNotice,
  placesOf,
  readDocument,
  readNoticeHtml,
  readNoticeText,
  readNoticeWordText,
} from './read.js';
export { fromHtml, fromWordText } from './source/html.js';
export { fromPlainText } from './source/plain.js';
export type { Cell, Item, Place, RowItem, SourceDocument, SourceFormat, TextItem } from './source/types.js';
export { draftYaml } from './yaml.js';
