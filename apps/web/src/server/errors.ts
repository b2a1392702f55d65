import { formatIssue, type InputIssue, type Path } from '@diemmac/core';
import type { Context } from 'hono';
import { type ErrorCode, type ErrorParams, errorMessages } from './messages/index.js';

/** An input problem as the API reports it: where, and what to do, in both languages. */
export interface ApiIssue {
  code: string;
  path: Path;
  message_vi: string;
  message_en: string;
  expected?: string | undefined;
  received?: string | undefined;
}

/** What a 409 carries so the client can show, and reload, the version that won. */
export interface CurrentVersion {
  version: number;
  document: unknown;
  updatedAt: string;
  updatedBy: string | null;
}

const STATUS: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500 | 503> = {
  'body.invalid-json': 400,
  'body.invalid': 400,
  'document.invalid': 400,
  'import.syntax': 400,
  'pack.invalid': 400,
  'auth.required': 401,
  'auth.bad-credentials': 401,
  'auth.forbidden': 403,
  'csrf.failed': 403,
  'setup.unavailable': 403,
  'not-found': 404,
  'version.conflict': 409,
  'slug.taken': 409,
  'email.taken': 409,
  'notice.locked': 409,
  'notice.stage': 409,
  'followup.not-issued': 409,
  'admin.last': 409,
  'pack.version-taken': 409,
  'pack.reserved': 409,
  'import.too-large': 413,
  'import.format': 415,
  'recount.format': 415,
  'recount.no-block': 409,
  'recount.unreadable': 400,
  'recount.unusable': 400,
  'body.too-large': 413,
  'auth.rate-limited': 429,
  internal: 500,
  'notice.unavailable': 503,
  'notice.busy': 503,
};

/** Every failure a route reports: a stable code, parameters for the wording, and data. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    readonly data: { issues?: ApiIssue[]; current?: CurrentVersion; retryAfter?: number } = {},
    cause?: unknown,
  ) {
    super(code, cause === undefined ? undefined : { cause });
  }

  get status(): number {
    return STATUS[this.code];
  }
}

/**
 * The core's input issues as API issues, worded in both languages; `prefix` places them in
 * the request body (a document sent as `{ version, document }` has its issues under `document`).
 *
 * @example
 * toApiIssues(result.issues, ['document'])[0].path // ['document', 'sections', 0, …]
 */
export function toApiIssues(issues: readonly InputIssue[], prefix: Path = []): ApiIssue[] {
  return issues.map((issue) => {
    const placed: InputIssue = { ...issue, path: [...prefix, ...issue.path] };
    return {
      code: placed.code,
      path: placed.path,
      message_vi: formatIssue(placed, 'vi'),
      message_en: formatIssue(placed, 'en'),
      expected: placed.expected,
      received: placed.received,
    };
  });
}

/** A 400 for a document the core's schema rejects. */
export function invalidDocument(issues: readonly InputIssue[], prefix: Path = []): ApiError {
  return new ApiError('document.invalid', { count: issues.length }, { issues: toApiIssues(issues, prefix) });
}

function body(error: ApiError) {
  const { vi, en } = errorMessages(error.code, error.params);
  return {
    error: {
      code: error.code,
      message_vi: vi,
      message_en: en,
      ...(error.data.issues ? { issues: error.data.issues } : {}),
    },
    ...(error.data.current ? { current: error.data.current } : {}),
  };
}

/**
 * The one place that turns an error into an HTTP answer. A user's mistake never shows a
 * stack trace; anything unexpected is logged and answered 500 with a plain sentence.
 *
 * @example
 * app.onError((err, c) => errorResponse(c, err));
 */
export function errorResponse(c: Context, err: unknown, log: (e: unknown) => void = console.error): Response {
  const error = err instanceof ApiError ? err : new ApiError('internal');
  if (!(err instanceof ApiError) || error.status >= 500) log(err);
  if (error.data.retryAfter !== undefined) c.header('Retry-After', String(error.data.retryAfter));
  // An error answers one request: no cache keeps it, whichever middleware turned the request away
  // (the CSRF and session checks run before the one that marks API answers no-store).
  c.header('Cache-Control', 'no-store');
  return c.json(body(error), error.status as 400);
}
