/** Where a piece of text stood in the document it was read from. */
export interface Place {
  /** 1-based paragraph of the document: each paragraph, heading and table row counts once. */
  paragraph: number;
  /** 1-based line of a text file (.txt, .md); absent for Word documents. */
  line?: number | undefined;
  /** Character range [start, end) within the paragraph's (or cell's) text as read. */
  start: number;
  end: number;
  /** For a table cell: which table (1-based), row and column (1-based). */
  table?: { index: number; row: number; column: number } | undefined;
}

/** A paragraph or a heading, with its text as read (NFC, single spaces). */
export interface TextItem {
  kind: 'paragraph';
  text: string;
  /** Heading level when the document marks it (Word heading styles, Markdown "#"). */
  heading?: number | undefined;
  place: Place;
}

/** A table cell. */
export interface Cell {
  text: string;
  place: Place;
}

/** A row of a table that holds figures. Layout tables (header, signature) are read as paragraphs. */
export interface RowItem {
  kind: 'row';
  cells: Cell[];
  /** The first row of its table. */
  first: boolean;
  table: number;
  place: Place;
}

export type Item = TextItem | RowItem;

export type SourceFormat = 'docx' | 'doc' | 'txt' | 'md';

/** A document as the reader sees it: its paragraphs and table rows in order. */
export interface SourceDocument {
  format: SourceFormat;
  items: Item[];
}
