import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  type IBaseParagraphStyleOptions,
  type IParagraphOptions,
  type ITableBordersOptions,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import type {
  Block,
  HeaderBlock,
  NoticeDocument,
  Run,
  SignOffBlock,
  TableBlock,
  TitleBlock,
} from './tree.js';

const FONT = 'Times New Roman';
const LANGUAGE = { value: 'vi-VN' };

// Layout units, not figures: 1 inch = 25.4 mm = 1440 twips, rounded to the nearest twip.
const mm = (millimetres: number): number => Math.round((millimetres * 14400) / 254);

// Decree 30/2020/NĐ-CP, Appendix I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
// The page size stays the library's A4 default, 11906 × 16838 twips.
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: mm(20), right: mm(15), bottom: mm(20), left: mm(30) },
} as const;
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
// The annex is a landscape section: its tables of figures need the width of the long side.
const LANDSCAPE_TEXT_WIDTH = PAGE.height - PAGE.margin.left - PAGE.margin.right;

/** Half-points, as Word counts font sizes. */
const pt = (points: number): number => points * 2;
const FIRST_LINE = mm(10);
const AFTER = 120;
const LINE = 276;

const NO_BORDERS: ITableBordersOptions = {
  top: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  left: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  right: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'auto' },
};
const LINE_BORDER = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
const RULED: ITableBordersOptions = {
  top: LINE_BORDER,
  bottom: LINE_BORDER,
  left: LINE_BORDER,
  right: LINE_BORDER,
  insideHorizontal: LINE_BORDER,
  insideVertical: LINE_BORDER,
};

const style = (id: string, name: string, options: IBaseParagraphStyleOptions) => ({
  id,
  name,
  basedOn: 'Normal',
  quickFormat: true,
  ...options,
  run: { font: FONT, ...options.run },
});

const heading = (size: number, bold: boolean, italic: boolean): IBaseParagraphStyleOptions => ({
  run: { font: FONT, size: pt(size), bold, italics: italic, color: '000000' },
  paragraph: {
    spacing: { before: AFTER, after: AFTER, line: LINE },
    keepNext: true,
    alignment: AlignmentType.JUSTIFIED,
  },
});

const STYLES = {
  default: {
    document: {
      run: { font: FONT, size: pt(14), language: LANGUAGE },
      paragraph: { spacing: { after: 0, line: LINE } },
    },
    heading1: heading(14, true, false),
    heading2: heading(14, true, false),
    heading3: heading(14, true, true),
    heading4: heading(14, false, true),
  },
  paragraphStyles: [
    style('NoticeBody', 'Notice body', {
      paragraph: {
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: FIRST_LINE },
        spacing: { after: AFTER, line: LINE },
      },
    }),
    style('NoticeCaption', 'Notice caption', {
      run: { italics: true },
      paragraph: { spacing: { before: AFTER, after: 60, line: LINE }, keepNext: true },
    }),
    style('NoticeCentered', 'Notice centered', {
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
    }),
    style('NoticeTable', 'Notice table', {
      run: { size: pt(13) },
      paragraph: { spacing: { after: 0, line: 240 } },
    }),
    style('NoticeTableSmall', 'Notice table small', {
      run: { size: pt(11) },
      paragraph: { spacing: { after: 0, line: 240 } },
    }),
    style('NoticeRecipientsLabel', 'Notice recipients label', {
      run: { size: pt(12), bold: true, italics: true },
      paragraph: { spacing: { after: 0 } },
    }),
    style('NoticeRecipients', 'Notice recipients', {
      run: { size: pt(11) },
      paragraph: { spacing: { after: 0, line: 240 } },
    }),
  ],
};

interface RunStyle {
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

function textRuns(runs: readonly Run[], extra: RunStyle = {}): TextRun[] {
  return runs.map(
    (run) =>
      new TextRun({
        text: run.text,
        bold: run.bold ?? extra.bold,
        italics: run.italic ?? extra.italic,
        ...(run.underline || extra.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
        ...(extra.size ? { size: pt(extra.size) } : {}),
      }),
  );
}

const line = (text: string, run: RunStyle = {}, options: IParagraphOptions = {}): Paragraph =>
  new Paragraph({ style: 'NoticeCentered', ...options, children: textRuns([{ text }], run) });

/** A short centred rule: the line under the issuing body and under the subject. */
const rule = (width: number, length: number, after = 0): Paragraph => {
  const side = Math.floor((width - length) / 2);
  return new Paragraph({
    style: 'NoticeCentered',
    border: { bottom: { ...LINE_BORDER, space: 1 } },
    indent: { left: side, right: side },
    spacing: { after },
    run: { size: 4 },
    children: [],
  });
};

// Every table and cell carries its width in twips, and every table its grid: LibreOffice lays
// tables out from these and drops or squeezes text when they are missing.
function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children });
}

/** Cell padding of the header and signature: none, so the national title fits on one line. */
const NO_PADDING = { top: 0, bottom: 0, left: 0, right: 0 } as const;

function layoutTable(widths: readonly number[], rows: TableCell[][]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: NO_PADDING,
    rows: rows.map((cells) => new TableRow({ children: cells, cantSplit: true })),
  });
}

function header(b: HeaderBlock): Table {
  // Decree 30/2020, Appendix I: the national title (13 pt, bold, capitals) stands on one line.
  // Liberation Serif and Times New Roman set it about 106 mm wide: the right column takes
  // 64 % of the 165 mm of text width (about 106 mm), the issuing body the rest.
  const left = Math.floor((TEXT_WIDTH * 36) / 100);
  const right = TEXT_WIDTH - left;
  const issuer = [
    ...(b.issuer.parent ? [line(b.issuer.parent, { size: 13 })] : []),
    line(b.issuer.name, { size: 13, bold: true }),
    rule(left, Math.floor(left / 3)),
  ];
  const nation = [
    line(b.nation.title, { size: 13, bold: true }),
    line(b.nation.motto, { size: 14, bold: true, underline: true }),
  ];
  const spaced = { spacing: { before: AFTER } };
  return layoutTable(
    [left, right],
    [
      [cell(left, issuer), cell(right, nation)],
      [
        cell(left, [line(b.number, { size: 13 }, spaced)]),
        cell(right, [line(b.placeDate, { size: 14, italic: true }, spaced)]),
      ],
    ],
  );
}

function title(b: TitleBlock): Paragraph[] {
  const out = [line(b.text, { bold: true }, { spacing: { before: 360 }, keepNext: true })];
  if (b.subject) out.push(line(b.subject, { bold: true }, { keepNext: true }));
  if (b.note) out.push(line(b.note, { italic: true, size: 13 }, { keepNext: true }));
  out.push(rule(TEXT_WIDTH, Math.floor(TEXT_WIDTH / 5), 240));
  return out;
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** Cell padding of the tables of figures, left and right: 1 mm. */
const CELL_PADDING = mm(1);

/** Widths of the widest characters of Times New Roman / Liberation Serif, in em: digits are 0.5. */
const EM_PER_CHAR = { text: 0.56, bold: 0.62 } as const;

/** The width a word needs on one line, in twips, at a size in points. */
const wordWidth = (word: string, points: number, bold: boolean): number =>
  Math.ceil(word.length * (bold ? EM_PER_CHAR.bold : EM_PER_CHAR.text) * points * 20);

/**
 * Column widths for a table of figures: every column at least as wide as its longest number
 * (and any word up to 12 letters), so "14" or "-0,0063%" never break inside; the rest of the
 * width shared out by the columns' weights.
 */
export function columnWidths(b: TableBlock, width: number): number[] {
  const points = b.size === 'small' ? 11 : 13;
  const needs = b.columns.map((c, i) => {
    const words = [c.title, ...b.rows.map((r) => r.cells[i] ?? '')].flatMap((text, row) =>
      text.split(/\s+/).map((w) => ({ w, bold: row === 0 || b.rows[row - 1]?.emphasis === 'bold' })),
    );
    const widest = Math.max(
      0,
      ...words
        .filter(({ w }) => /\d/.test(w) || w.length <= 12)
        .map(({ w, bold }) => wordWidth(w, points, bold)),
    );
    return widest + 2 * CELL_PADDING;
  });
  const total = b.columns.reduce((sum, c) => sum + c.width, 0);
  const byWeight = b.columns.map((c) => Math.floor((width * c.width) / total));
  // Start from the weights; raise the columns that are too narrow, taking the width from the
  // columns with room to spare, in proportion to that room.
  const widths = byWeight.map((w, i) => Math.max(w, needs[i] ?? 0));
  let excess = widths.reduce((a, b2) => a + b2, 0) - width;
  if (excess > 0) {
    const room = widths.map((w, i) => Math.max(0, w - (needs[i] ?? 0)));
    const spare = room.reduce((a, b2) => a + b2, 0);
    for (let i = 0; i < widths.length && spare > 0; i++) {
      widths[i] = (widths[i] ?? 0) - Math.ceil(((room[i] ?? 0) * Math.min(excess, spare)) / spare);
    }
    excess = widths.reduce((a, b2) => a + b2, 0) - width;
  }
  // Rounding leaves a few twips: give them to the widest column so the table fills its width.
  const widestColumn = widths.indexOf(Math.max(...widths));
  widths[widestColumn] = (widths[widestColumn] ?? 0) - excess;
  return widths;
}

function figureTable(b: TableBlock, width: number): Table {
  const widths = columnWidths(b, width);
  const paragraphStyle = b.size === 'small' ? 'NoticeTableSmall' : 'NoticeTable';
  const paragraphs = (text: string, align: keyof typeof ALIGN, run: RunStyle, indent = 0) =>
    text.split('\n').map(
      (t) =>
        new Paragraph({
          style: paragraphStyle,
          alignment: ALIGN[align],
          ...(indent > 0 ? { indent: { left: indent * 283 } } : {}),
          children: textRuns([{ text: t }], run),
        }),
    );
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: b.columns.map((c, i) => cell(widths[i] ?? 0, paragraphs(c.title, 'center', { bold: true }))),
  });
  const rows = b.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map((text, i) => {
          const column = b.columns[i];
          const run = { bold: row.emphasis === 'bold', italic: row.emphasis === 'italic' };
          return cell(
            widths[i] ?? 0,
            paragraphs(text, column?.align ?? 'left', run, i === 0 ? (row.indent ?? 0) : 0),
          );
        }),
      }),
  );
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: RULED,
    margins: { left: CELL_PADDING, right: CELL_PADDING, top: 0, bottom: 0 },
    rows: [head, ...rows],
  });
}

function signOff(b: SignOffBlock): Table {
  const left = Math.floor((TEXT_WIDTH * 9) / 20);
  const right = TEXT_WIDTH - left;
  const recipients = [
    new Paragraph({ style: 'NoticeRecipientsLabel', children: textRuns([{ text: b.recipients.label }]) }),
    ...b.recipients.items.map(
      (r) => new Paragraph({ style: 'NoticeRecipients', children: textRuns([{ text: `- ${r}` }]) }),
    ),
  ];
  const { signature } = b;
  const top = [signature.authority, signature.position].filter((s) => s !== '');
  const bottom = [...(signature.title ? [signature.title] : []), signature.signer];
  // The space left for the hand signature and the seal.
  const space = { spacing: { before: 1560 } };
  const sign = [
    ...top.map((t) => line(t, { bold: true })),
    ...bottom.map((t, i) => line(t, { bold: true }, i === 0 ? space : {})),
  ];
  return layoutTable([left, right], [[cell(left, recipients), cell(right, sign)]]);
}

function blocks(b: Block, width = TEXT_WIDTH): (Paragraph | Table)[] {
  switch (b.type) {
    case 'header':
      return [header(b)];
    case 'title':
      return title(b);
    case 'heading': {
      const level = [
        HeadingLevel.HEADING_1,
        HeadingLevel.HEADING_2,
        HeadingLevel.HEADING_3,
        HeadingLevel.HEADING_4,
      ][b.level - 1];
      const text = b.number ? `${b.number} ${b.text}` : b.text;
      return [new Paragraph({ heading: level, children: textRuns([{ text }]) })];
    }
    case 'paragraph':
      return [
        new Paragraph({
          style: b.role === 'caption' ? 'NoticeCaption' : 'NoticeBody',
          children: textRuns(b.runs),
        }),
      ];
    case 'list':
      return b.items.map(
        (item) =>
          new Paragraph({ style: 'NoticeBody', children: textRuns([{ text: `${b.marker} ` }, ...item]) }),
      );
    case 'table':
      // An empty paragraph after a table keeps Word from gluing the next table to it.
      return [figureTable(b, width), new Paragraph({ style: 'NoticeTable', children: [] })];
    case 'signOff':
      return [new Paragraph({ children: [] }), signOff(b)];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/**
 * Renders a notice as a .docx (Office Open XML) in the layout of Decree 30/2020/NĐ-CP:
 * A4, margins 20/15/20/30 mm, Times New Roman 14 pt, page numbers centred at the top from
 * page 2. Returns the file's bytes; writes nothing.
 *
 * @example
 * const bytes = await toDocx(buildNotice(model));
 * await writeFile('thong-bao.docx', bytes);
 */
export async function toDocx(doc: NoticeDocument): Promise<Uint8Array> {
  const pageNumber = new Header({
    children: [
      new Paragraph({ style: 'NoticeCentered', children: [new TextRun({ children: [PageNumber.CURRENT] })] }),
    ],
  });
  const margin = { ...PAGE.margin, header: mm(10), footer: mm(10) };
  // The annex follows a page break: it becomes a landscape section of its own.
  const cut = doc.blocks.findIndex((b) => b.type === 'pageBreak');
  const body = cut < 0 ? doc.blocks : doc.blocks.slice(0, cut);
  const annex = cut < 0 ? [] : doc.blocks.slice(cut + 1);
  const document = new Document({
    creator: 'diemmac',
    title: doc.title,
    styles: STYLES,
    sections: [
      {
        properties: { titlePage: true, page: { margin } },
        headers: { default: pageNumber, first: new Header({ children: [] }) },
        children: body.flatMap((b) => blocks(b)),
      },
      ...(annex.length > 0
        ? [
            {
              properties: {
                page: {
                  margin,
                  size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
                },
              },
              headers: { default: pageNumber },
              children: annex.flatMap((b) => blocks(b, LANDSCAPE_TEXT_WIDTH)),
            },
          ]
        : []),
    ],
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
