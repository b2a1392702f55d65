/** The stable codes of the citation family, in the order the catalogue lists them. */
export const CODES = [
  'citation.number-reused',
  'citation.symbol-issuer',
  'citation.relation-order',
  'citation.impossible-date',
  'citation.after-notice',
  'citation.number-order',
  'citation.catalogue-number',
  'citation.catalogue-date',
  'citation.catalogue-subject',
  'citation.expired',
  'citation.text-differs',
  'citation.same-subject',
  'citation.unreadable',
] as const;
