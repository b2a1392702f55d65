import * as z from 'zod';
import { pathKey, SUPERVISION_STATUSES } from './api.js';
import { ROLES } from './roles.js';

// The API's requests that need nothing of the server to check: the server validates with them,
// the client may build them knowing their shape. The ones with a password stay on the server,
// whose strength check (zxcvbn) is too heavy for the browser's first page.

export const email = z
  .string()
  .trim()
  .min(3)
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+$/, 'email');
export const SignIn = z.strictObject({ email, password: z.string().min(1).max(200) });
export const name = z.string().trim().min(1).max(200);
export const role = z.enum(ROLES);
/** A save: the version the editor started from, and the whole input document. */
export const SaveSupervision = z.strictObject({
  version: z.number().int().min(1),
  document: z.unknown(),
});
export const NewSupervision = z.strictObject({ document: z.unknown() });
/** The list's query: a page, and optional filters. */
export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  status: z.enum(SUPERVISION_STATUSES).optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});
export const NewComment = z.strictObject({
  findingCode: z.string().min(1).max(100),
  path: z.array(pathKey).max(50).default([]),
  body: z.string().trim().min(1).max(4000),
});

/** The query of a register recount: which dossier block to compare, when there are several. */
export const RecountQuery = z.strictObject({ block: z.string().trim().min(1).max(200).optional() });
