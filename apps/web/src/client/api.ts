import type { Finding, Path, Severity } from '@diemmac/core';

/** An input problem as the server reports it. */
export interface ApiIssue {
  code: string;
  path: Path;
  message_vi: string;
  message_en: string;
  expected?: string;
  received?: string;
}

export interface ApiErrorBody {
  error: { code: string; message_vi: string; message_en: string; issues?: ApiIssue[] };
  current?: { version: number; document: unknown; updatedAt: string; updatedBy: string | null };
}

/** A failed request: the HTTP status and the server's error body. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.error.message_en);
  }
}

export type Role = 'admin' | 'secretary' | 'member' | 'viewer';
export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
}
export interface Day {
  year: number;
  month: number;
  day: number;
}
export type Counts = Record<Severity, number>;

export interface SupervisionSummary {
  id: number;
  slug: string;
  year: number;
  bodyName: string;
  subject: string;
  status: 'draft' | 'issued' | 'closed';
  /** Where the notice stands after the issuing steps (null: never through them; `status` says). */
  stage: 'draft' | 'signing' | 'issued' | null;
  version: number;
  updatedAt: string;
  counts: Counts;
  /** The day (YYYY-MM-DD) the counts were computed for: they are stored when a version is written. */
  countsAsOf: string | null;
  /** The pack the counts were computed under (null until they are computed). */
  pack?: { id: string; version: string } | null;
}

/** The pack a read was checked under; an installed pack comes with its data for the live check. */
export interface PackRef {
  id: string;
  version: string;
  name: string;
  /** The installed version (null: the built-in default pack). */
  row: number | null;
  pinned: boolean;
  data?: unknown;
}

/** GET /api/supervisions?limit=&offset=&status=&year=: one page, newest year first. */
export interface SupervisionListPage {
  supervisions: SupervisionSummary[];
  total: number;
  limit: number;
  offset: number;
  today: Day;
}

export type ServerFinding = Finding & { message_vi: string; message_en: string };

export interface SupervisionRead {
  supervision: {
    id: number;
    slug: string;
    status: SupervisionSummary['status'];
    version: number;
    createdAt: string;
    updatedAt: string;
    updatedBy: string | null;
    document: unknown;
  };
  findings: ServerFinding[];
  counts: Counts;
  pack: PackRef;
  today: Day;
}

function csrfToken(): string {
  const m = /(?:^|;\s*)diemmac_csrf=([^;]+)/.exec(document.cookie);
  return m ? decodeURIComponent(m[1]!) : '';
}

/**
 * Calls the API: JSON in and out, the CSRF header on writes, an ApiFailure on errors.
 *
 * @example
 * const list = await api<{ supervisions: SupervisionSummary[] }>('GET', '/api/supervisions');
 */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
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
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const fallback: ApiErrorBody = {
      error: { code: 'network', message_vi: `Lỗi ${res.status}`, message_en: `Error ${res.status}` },
    };
    throw new ApiFailure(
      res.status,
      (data as ApiErrorBody | null)?.error ? (data as ApiErrorBody) : fallback,
    );
  }
  return data as T;
}

/** A notice read as written (.docx, .doc, .txt, .md): the draft the editor opens. */
export interface NoticeDraft {
  draft: unknown;
  understood: string;
  remarks: string[];
}
