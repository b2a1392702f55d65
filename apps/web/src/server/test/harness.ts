import type { Hono } from 'hono';
import { type CreateAppOptions, createApp } from '../app.js';
import { hashPassword } from '../auth/password.js';
import { type AppConfig, DEFAULT_CONFIG } from '../config.js';
import type { AppEnv } from '../context.js';
import type { Db } from '../db/connect.js';
import { migrateToLatest } from '../db/migrations.js';
import type { Role } from '../db/schema.js';
import { exampleFile, seedExample } from '../seed.js';
import { insertUser } from '../store/users.js';

export const PASSWORD = 'mật-khẩu-thử-nghiệm';
export const PEOPLE: Record<Role, string> = {
  admin: 'admin@diemmac.test',
  secretary: 'thuky@diemmac.test',
  member: 'daibieu@diemmac.test',
  viewer: 'xem@diemmac.test',
};

/** A clock the test can move. */
export class TestClock {
  constructor(public time: Date) {}
  now = (): Date => new Date(this.time.getTime());
  advance(ms: number): void {
    this.time = new Date(this.time.getTime() + ms);
  }
}

/**
 * A migrated database with one user per role and the Điềm Mặc example, and the app over it.
 *
 * @example
 * const { app, exampleId } = await prepare(db, clock);
 */
export async function prepare(
  db: Db,
  clock: TestClock,
  config: Partial<AppConfig> = {},
  options: Pick<CreateAppOptions, 'verifyPassword'> = {},
) {
  await migrateToLatest(db.kysely, db.dialect);
  const passwordHash = await hashPassword(PASSWORD);
  for (const [role, email] of Object.entries(PEOPLE) as [Role, string][]) {
    await insertUser(db.kysely, {
      email,
      name: `Người ${role}`,
      role,
      passwordHash,
      at: clock.now().toISOString(),
    });
  }
  const full: AppConfig = { ...DEFAULT_CONFIG, ...config };
  const exampleId = await seedExample({ db, now: clock.now, config: full }, exampleFile()!);
  const errors: unknown[] = [];
  const app = createApp({ ...options, db, now: clock.now, config: full, log: (e) => errors.push(e) });
  return { app, exampleId: exampleId!, errors };
}

/** A browser-like client: keeps cookies, sends the CSRF header on writes. */
export class Client {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly app: Hono<AppEnv>,
    private readonly origin = 'http://localhost',
  ) {}

  get csrf(): string | undefined {
    return this.cookies.get('diemmac_csrf');
  }

  async request(
    method: string,
    path: string,
    init: {
      body?: unknown;
      raw?: string | Uint8Array;
      headers?: Record<string, string>;
      csrf?: boolean;
    } = {},
  ) {
    const headers: Record<string, string> = { ...init.headers };
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (cookie) headers.cookie = cookie;
    if (method !== 'GET' && init.csrf !== false && this.csrf) headers['x-csrf-token'] = this.csrf;
    let body: string | Blob | undefined;
    if (init.raw !== undefined)
      body = typeof init.raw === 'string' ? init.raw : new Blob([new Uint8Array(init.raw)]);
    else if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await this.app.request(`${this.origin}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body } : {}),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  get(path: string) {
    return this.request('GET', path);
  }
  post(path: string, body?: unknown) {
    return this.request('POST', path, { body });
  }
  put(path: string, body: unknown) {
    return this.request('PUT', path, { body });
  }
  patch(path: string, body: unknown) {
    return this.request('PATCH', path, { body });
  }

  /** Fetches a CSRF token, then signs in; throws if it fails. */
  async signIn(email: string, password = PASSWORD): Promise<this> {
    await this.get('/api/auth/session');
    const res = await this.post('/api/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`sign-in as ${email} failed: ${res.status} ${await res.text()}`);
    return this;
  }
}

/** The path of the example's dossier block and its resolved total. */
export const DOSSIERS = ['sections', 1, 'sections', 1, 'sections', 1, 'figures', 0] as const;

/** Reads a value at a path of a plain document. */
export function at(doc: unknown, path: readonly (string | number)[]): unknown {
  let node = doc;
  for (const k of path) node = (node as Record<string | number, unknown>)[k];
  return node;
}

/** A deep copy with one value replaced. */
export function withValue<T>(doc: T, path: readonly (string | number)[], value: unknown): T {
  const copy = structuredClone(doc);
  let node = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}
