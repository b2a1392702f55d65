import * as z from 'zod';

// The text fields' schemas, one each for the whole model: a schema is built at every start, and
// these were a dozen identical ones. Shared, so a field that needs a description gives it with
// `.meta` (which describes a copy), never `described` (which would describe every field).

/** A text that must not be empty. */
export const nonEmptyText = z.string().min(1);

/** A text a field may leave out. */
export const optionalText = z.string().optional();
