/**
 * Whether a database error is a unique-constraint violation, in either dialect.
 *
 * @example
 * if (isUniqueViolation(err)) throw new ApiError('slug.taken', { slug });
 */
export function isUniqueViolation(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const code = (err as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
