import * as z from 'zod';
import { DOCUMENT_TYPE_CODES } from '../citations/types.js';
import { DateValue } from '../figures/values.js';
import { nonEmptyText as nonEmpty, optionalText } from '../shared/text-schemas.js';

/**
 * A national (or provincial) document that notices cite, as data: what it is, when it was issued,
 * when it applies, what it is about, and where that was read. A province adds its own entries.
 *
 * @example
 * CataloguedDocument.parse({ type: 'NQ', number: '12', year: 2022, symbol: 'HĐND', date: '20/7/2022', issuer: 'HĐND tỉnh', subject: '…', source: 'Công báo tỉnh' })
 */
export const CataloguedDocument = z.object({
  type: z.enum(DOCUMENT_TYPE_CODES),
  number: z.string().regex(/^\d+$/).optional(),
  year: z.number().int().optional(),
  symbol: optionalText,
  /** A law's name: "Hoạt động giám sát của Quốc hội và Hội đồng nhân dân". */
  title: optionalText,
  date: DateValue,
  issuer: nonEmpty,
  subject: nonEmpty,
  /** Phrases that, found where the document is cited, say it is cited for this subject. */
  topics: z.array(nonEmpty).default([]),
  effective: z.object({ from: DateValue.optional(), until: DateValue.optional() }).default({}),
  /** Documents this one amends or replaces, by number and symbol ("61/2018/NĐ-CP"). */
  amends: z.array(z.string()).default([]),
  replaces: z.array(z.string()).default([]),
  /** Where the facts were read; "[unsure]" marks what a primary text has not confirmed. */
  source: nonEmpty,
  /** Facts not confirmed by a primary text: rules do not raise findings on them. */
  unsure: z.array(z.enum(['date', 'effective'])).default([]),
});
export type CataloguedDocument = z.output<typeof CataloguedDocument>;
export type CataloguedDocumentInput = z.input<typeof CataloguedDocument>;

/**
 * How documents of one body are numbered: one sequence per type, or one for all its documents.
 *
 * @example
 * withFrameworks({ documentNumbering: 'per-body' })
 */
export const DOCUMENT_NUMBERING = ['per-type', 'per-body'] as const;
export type DocumentNumbering = (typeof DOCUMENT_NUMBERING)[number];
