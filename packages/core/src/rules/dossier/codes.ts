/** The stable codes of the dossier family, in the order the catalogue lists them. */
export const CODES = [
  'dossier.received-breakdown',
  'dossier.resolved-breakdown',
  'dossier.pending-breakdown',
  'dossier.balance',
  'dossier.apologies',
] as const;
