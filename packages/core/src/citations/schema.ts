import * as z from 'zod';
import { type CivilDate, DateValue } from '../figures/values.js';
import { described } from '../shared/described.js';
import { abbreviationOf, DOCUMENT_TYPE_CODES } from './types.js';

/**
 * How one document relates to another it names in its subject.
 *
 * @example
 * RELATION_KINDS.includes('amends') // true
 */
export const RELATION_KINDS = ['amends', 'implements', 'replaces'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** "sửa đổi Nghị định số 130/2005/NĐ-CP": the kind, and the other document as written. */
export interface Relation {
  kind: RelationKind;
  /** The other document as written ("Nghị định số 130/2005/NĐ-CP"), or an id. */
  target: string;
}

/**
 * A cited document, read: what the written citation says, field by field. Every field but the
 * type is optional because notices leave things out ("Nghị định 130/2005/NĐ-CP" has no date).
 */
export interface Citation {
  /** "KH", "NĐ", "Luật"…: see `DOCUMENT_TYPES`. */
  type: string;
  /** The number as written, leading zeros kept: "05". */
  number?: string | undefined;
  /** The year inside the number of a legal normative document: 2023 in 33/2023/NĐ-CP. */
  year?: number | undefined;
  /** The issuer part of the symbol: "UBND" in 10/KH-UBND, "QH13" in 87/2015/QH13. */
  symbol?: string | undefined;
  /** Party style, with a hyphen before the type: 65-QĐ/ĐU. */
  party?: boolean | undefined;
  /** The drafting unit of an official letter: "VP" in 123/UBND-VP. */
  unit?: string | undefined;
  /** A name between the type and the number, or a law's name: "Thực hiện dân chủ ở cơ sở". */
  title?: string | undefined;
  date?: CivilDate | undefined;
  /** The issuing body as the notice names it ("UBND huyện Định Hoá"); absent: the commune's own. */
  issuer?: string | undefined;
  /** What the document is about, after "về". */
  subject?: string | undefined;
  relations?: Relation[] | undefined;
}

const symbolPart = described(
  z.string().regex(/^[A-Za-zĐđ0-9]+(?:-[A-Za-zĐđ0-9]+)*$/),
  'Ký hiệu cơ quan ban hành sau loại văn bản: "UBND" trong 10/KH-UBND, "QH13" trong Luật',
);

const StructuredCitationObject = z.strictObject({
  text: described(z.string().min(1).optional(), 'Trích dẫn như văn bản viết / the citation as written'),
  type: described(
    z.enum(DOCUMENT_TYPE_CODES).optional(),
    'Loại văn bản, viết tắt theo Nghị định 30/2020: KH, NQ, QĐ, BC, TB, NĐ, TT, Luật…',
  ),
  number: described(
    z
      .union([z.string().regex(/^\d{1,6}$/), z.number().int().nonnegative()])
      .transform(String)
      .optional(),
    'Số, giữ số 0 đầu: "05" (ghi trong dấu nháy)',
  ),
  year: described(
    z.number().int().min(1900).max(2200).optional(),
    'Năm trong số của văn bản quy phạm pháp luật: 2023 trong 33/2023/NĐ-CP',
  ),
  symbol: symbolPart.optional(),
  party: described(z.boolean().optional(), 'Văn bản của Đảng, số có gạch nối: 65-QĐ/ĐU'),
  unit: described(symbolPart.optional(), 'Đơn vị soạn thảo của công văn: "VP" trong 123/UBND-VP'),
  title: described(z.string().min(1).optional(), 'Tên văn bản (Luật): "Thực hiện dân chủ ở cơ sở"'),
  date: DateValue.optional(),
  issuer: described(
    z.string().min(1).optional(),
    'Cơ quan ban hành như văn bản nêu ("UBND huyện Định Hoá"); để trống: cơ quan của xã theo ký hiệu',
  ),
  subject: described(z.string().min(1).optional(), 'Trích yếu, sau chữ "về"'),
  relations: z
    .array(
      z.strictObject({
        kind: described(
          z.enum(RELATION_KINDS),
          'amends (sửa đổi), implements (thực hiện), replaces (thay thế)',
        ),
        target: described(z.string().min(1), 'Văn bản kia, như văn bản viết'),
      }),
    )
    .optional(),
  note: z.string().optional(),
});

/**
 * A citation as a file holds it in structured form.
 *
 * @example
 * StructuredCitation.parse({ type: 'KH', number: '05', symbol: 'KH-UBND' }).symbol // 'UBND'
 */
// A refinement, not `superRefine`: zod makes a function for `superRefine`'s context at each parse,
// forty-odd per supervision.
export const StructuredCitation = StructuredCitationObject.refine(
  (c) => c.text !== undefined || c.type !== undefined,
  { path: ['text'], params: { diemmac: 'required' } },
).transform((c) => {
  // "symbol: KH-UBND" with "type: KH" says the same as "symbol: UBND".
  const prefix = c.type !== undefined ? abbreviationOf(c.type) : undefined;
  // Only a symbol with a hyphen can start with one (upper case neither makes nor removes one):
  // the others, most of them, are not upper-cased at every parse.
  if (prefix && c.symbol?.includes('-') && c.symbol.toUpperCase().startsWith(`${prefix.toUpperCase()}-`)) {
    return { ...c, symbol: c.symbol.slice(prefix.length + 1) };
  }
  return c;
});
export type StructuredCitation = z.output<typeof StructuredCitation>;

/**
 * A citation of another document: the text as written ("Kế hoạch số 10/KH-UBND ngày 11/01/2024
 * về cải cách hành chính năm 2024"), read when the supervision is checked, or a structured object
 * whose fields are the source of truth (with `text` keeping the written form).
 *
 * @example
 * CitationInput.parse('Nghị định 130/2005/NĐ-CP') // 'Nghị định 130/2005/NĐ-CP'
 */
export const CitationInput = z.union([z.string().min(1), StructuredCitation]);
export type CitationInput = z.output<typeof CitationInput>;
