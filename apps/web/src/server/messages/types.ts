/** Every error the API answers with, by stable code. */
export type ErrorCode =
  | 'body.invalid-json'
  | 'body.invalid'
  | 'body.too-large'
  | 'document.invalid'
  | 'import.syntax'
  | 'auth.required'
  | 'auth.bad-credentials'
  | 'auth.rate-limited'
  | 'auth.forbidden'
  | 'csrf.failed'
  | 'setup.unavailable'
  | 'not-found'
  | 'version.conflict'
  | 'slug.taken'
  | 'email.taken'
  | 'notice.unavailable'
  | 'notice.locked'
  | 'notice.stage'
  | 'notice.busy'
  | 'followup.not-issued'
  | 'admin.last'
  | 'import.too-large'
  | 'import.format'
  | 'pack.invalid'
  | 'pack.version-taken'
  | 'pack.reserved'
  | 'recount.format'
  | 'recount.no-block'
  | 'recount.unreadable'
  | 'recount.unusable'
  | 'internal';

export type ErrorParams = Record<string, string | number>;

export type ErrorMessages = Record<ErrorCode, (params: ErrorParams) => string>;
