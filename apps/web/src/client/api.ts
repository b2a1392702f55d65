import type { Lang } from '@diemmac/core';
import type * as z from 'zod';
import { type ApiErrorBody, ErrorBody } from '../shared/api.js';

// The client speaks the server's schemas (src/shared): every answer is parsed with the schema
// of its route, so a server that answers otherwise fails loudly here, not three pages later.
export type {
  ApiErrorBody,
  ApiIssue,
  Counts,
  Day,
  ServerFinding,
  SupervisionListPage,
  SupervisionRead,
  SupervisionSummary,
  User,
} from '../shared/api.js';
export type { Role } from '../shared/roles.js';
export { can } from '../shared/roles.js';

/** A failed request: the HTTP status and the server's error body. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.error.message_en);
  }
}

/**
 * What a form shows when a call fails: the server's message and each of its issues (field path
 * and what was expected) in `lang`; `network` when no answer came.
 *
 * @example
 * catch (e) { setErrors(failureLines(e, lang, t.errors.network)); }
 */
export function failureLines(err: unknown, lang: Lang, network: string): string[] {
  if (!(err instanceof ApiFailure)) return [network];
  const { error } = err.body;
  return [error[`message_${lang}`], ...(error.issues ?? []).map((i) => i[`message_${lang}`])];
}

function csrfToken(): string {
  const m = /(?:^|;\s*)diemmac_csrf=([^;]+)/.exec(document.cookie);
  return m ? decodeURIComponent(m[1]!) : '';
}

/** The failure for an answer whose shape is not the one the schema says. */
function unexpected(status: number, path: string, error: z.ZodError): ApiFailure {
  const where = (p: PropertyKey[]) => (p.length ? p.map(String).join('.') : '(root)');
  const first = error.issues[0];
  const detail = first ? `${where(first.path)}: ${first.message}` : '';
  return new ApiFailure(status, {
    error: {
      code: 'response.unexpected',
      message_vi: `Máy chủ trả lời ${path} không đúng dạng (${detail})`,
      message_en: `The server's answer to ${path} is not the expected shape (${detail})`,
    },
  });
}

/**
 * Calls the API: JSON in and out, the CSRF header on writes, the answer parsed with `schema`
 * (or none, for an answer the caller does not read), an ApiFailure on errors.
 *
 * @example
 * const list = await api('GET', '/api/supervisions', SupervisionList);
 */
export async function api<S extends z.ZodType>(
  method: string,
  path: string,
  schema: S,
  body?: unknown,
): Promise<z.output<S>>;
export async function api(method: string, path: string, schema?: undefined, body?: unknown): Promise<void>;
export async function api(
  method: string,
  path: string,
  schema?: z.ZodType,
  body?: unknown,
): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken();
  // A file goes as its bytes, its name in a header (the server reads the format from it).
  const file = body instanceof File ? body : undefined;
  if (file) {
    headers['content-type'] = 'application/octet-stream';
    headers['x-file-name'] = encodeURIComponent(file.name);
  } else if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(file ? { body: file } : body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (res.status === 204) return undefined;
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = ErrorBody.safeParse(data);
    throw new ApiFailure(
      res.status,
      error.success
        ? error.data
        : { error: { code: 'network', message_vi: `Lỗi ${res.status}`, message_en: `Error ${res.status}` } },
    );
  }
  if (!schema) return undefined;
  const read = schema.safeParse(data);
  if (!read.success) throw unexpected(res.status, `${method} ${path}`, read.error);
  return read.data;
}
