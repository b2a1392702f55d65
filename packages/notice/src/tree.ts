// The neutral document tree: what the notice says and how it is laid out, without
// committing to a file format. `buildNotice` makes one; each renderer reads it.

/**
 * A piece of text with its emphasis.
 *
 * @example
 * const run: Run = { text: 'THÔNG BÁO', bold: true };
 */
export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
}

/**
 * The header table of an administrative document (Decree 30/2020/NĐ-CP, Appendix I):
 * the issuing body and the number on the left, the national title, the motto and the
 * place and date on the right.
 *
 * @example
 * const header: HeaderBlock = {
 *   type: 'header',
 *   issuer: { name: 'HỘI ĐỒNG NHÂN DÂN XÃ ĐIỀM MẶC' },
 *   nation: { title: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', motto: 'Độc lập - Tự do - Hạnh phúc' },
 *   number: 'Số: 05/TB-HĐND',
 *   placeDate: 'Điềm Mặc, ngày 10 tháng 11 năm 2024',
 * };
 */
export interface HeaderBlock {
  readonly type: 'header';
  /** `parent` in regular capitals above the issuing body's `name` in bold capitals. */
  readonly issuer: { readonly parent?: string | undefined; readonly name: string };
  readonly nation: { readonly title: string; readonly motto: string };
  readonly number: string;
  readonly placeDate: string;
}

/**
 * The type name of the document in bold capitals, its subject below it, and an optional
 * italic note (an annex says which notice it goes with).
 *
 * @example
 * const title: TitleBlock = { type: 'title', text: 'THÔNG BÁO', subject: 'Kết luận giám sát…' };
 */
export interface TitleBlock {
  readonly type: 'title';
  readonly text: string;
  readonly subject?: string | undefined;
  readonly note?: string | undefined;
}

/**
 * A heading of the body with the numbering the source uses ("I.", "2.1.", "a)").
 * Level 1 is a part of the notice (I, II, III, IV); deeper levels follow the sections.
 *
 * @example
 * const heading: HeadingBlock = { type: 'heading', level: 1, number: 'I.', text: 'ĐÁNH GIÁ CHUNG' };
 */
export interface HeadingBlock {
  readonly type: 'heading';
  readonly level: 1 | 2 | 3 | 4;
  readonly number?: string | undefined;
  readonly text: string;
}

/**
 * A paragraph of running text: justified, first line indented. `caption` is a short
 * italic line that introduces a table.
 *
 * @example
 * const p: ParagraphBlock = { type: 'paragraph', runs: [{ text: 'Trên đây là…' }] };
 */
export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly runs: readonly Run[];
  readonly role?: 'body' | 'caption' | undefined;
}

/**
 * Items each introduced by the marker, as notices write them ("- …", "+ …").
 *
 * @example
 * const list: ListBlock = { type: 'list', marker: '-', items: [[{ text: 'Lưu: VP.' }]] };
 */
export interface ListBlock {
  readonly type: 'list';
  readonly marker: '-' | '+';
  readonly items: readonly (readonly Run[])[];
}

/**
 * A column of a table: its heading, alignment and relative width.
 *
 * @example
 * const column: TableColumn = { title: 'Thực hiện (đồng)', align: 'right', width: 3 };
 */
export interface TableColumn {
  readonly title: string;
  readonly align: 'left' | 'center' | 'right';
  /** Relative width: the renderers share the text width in proportion. */
  readonly width: number;
}

/**
 * A row of a table: one text per column. `emphasis` marks a total; `indent` a part of it.
 *
 * @example
 * const row: TableRow = { cells: ['Tổng thu ngân sách', '5.824.272.835'], emphasis: 'bold' };
 */
export interface TableRow {
  readonly cells: readonly string[];
  readonly emphasis?: 'bold' | 'italic' | undefined;
  readonly indent?: 0 | 1 | 2 | undefined;
}

/**
 * A ruled table. `size: 'small'` sets it in a smaller type (the annex).
 *
 * @example
 * const table: TableBlock = { type: 'table', columns: [{ title: 'Khoản', align: 'left', width: 1 }], rows: [] };
 */
export interface TableBlock {
  readonly type: 'table';
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  readonly size?: 'body' | 'small' | undefined;
}

/**
 * The foot of the notice: the recipients on the left ("Nơi nhận:") and the signature
 * block on the right (Decree 30/2020/NĐ-CP, Appendix I).
 *
 * @example
 * const foot: SignOffBlock = {
 *   type: 'signOff',
 *   recipients: { label: 'Nơi nhận:', items: ['Lưu: VP.'] },
 *   signature: { authority: 'TM. ĐOÀN GIÁM SÁT', position: 'TRƯỞNG ĐOÀN', signer: 'Phùng Văn Đại' },
 * };
 */
export interface SignOffBlock {
  readonly type: 'signOff';
  readonly recipients: { readonly label: string; readonly items: readonly string[] };
  readonly signature: {
    /** "TM. ĐOÀN GIÁM SÁT": the authority prefix and the body signed for; empty when signing in one's own name. */
    readonly authority: string;
    /** "TRƯỞNG ĐOÀN" */
    readonly position: string;
    /** An extra title printed above the name, after the space left for the signature. */
    readonly title?: string | undefined;
    readonly signer: string;
  };
}

/**
 * Starts a new page (before an annex).
 *
 * @example
 * const brk: PageBreakBlock = { type: 'pageBreak' };
 */
export interface PageBreakBlock {
  readonly type: 'pageBreak';
}

/**
 * Any block of the tree.
 *
 * @example
 * const block: Block = { type: 'pageBreak' };
 */
export type Block =
  | HeaderBlock
  | TitleBlock
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | SignOffBlock
  | PageBreakBlock;

/**
 * A whole document: its title (for metadata), language and blocks in reading order.
 *
 * @example
 * const doc: NoticeDocument = { title: 'Thông báo kết luận giám sát', lang: 'vi', blocks: [] };
 */
export interface NoticeDocument {
  readonly title: string;
  readonly lang: 'vi';
  readonly blocks: readonly Block[];
}
