import * as z from 'zod';

/**
 * A citation of another document, as the notice wrote it. The structured reading of
 * the text (type, number, issuer, date) comes with the citations module.
 */
export const CitationInput = z.union([
  z.string().min(1),
  z.strictObject({
    text: z.string().min(1),
    issuer: z.string().optional().meta({ description: 'Cơ quan ban hành nếu văn bản nêu / issuing body' }),
    note: z.string().optional(),
  }),
]);
export type CitationInput = z.output<typeof CitationInput>;
