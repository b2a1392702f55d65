// @diemmac/notice: the conclusion notice as a neutral tree and its renderers, listed explicitly.

export type { BuildOptions } from './build.js';
export { buildNotice } from './build.js';
export { PAGE, toDocx } from './docx.js';
export type { FollowUpReportOptions } from './followup.js';
export { followUpReport } from './followup.js';
export { toHtml } from './html.js';
export { toMarkdown } from './markdown.js';
export type { NoticeFormat } from './render.js';
export { NOTICE_FORMATS, renderNotice } from './render.js';
export type {
  Block,
  HeaderBlock,
  HeadingBlock,
  ListBlock,
  NoticeDocument,
  PageBreakBlock,
  ParagraphBlock,
  Run,
  SignOffBlock,
  TableBlock,
  TableColumn,
  TableRow,
  TitleBlock,
} from './tree.js';
