import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import type { SignInLimiter } from './auth/rate-limit.js';
import type { AppConfig } from './config.js';
import type { Db } from './db/connect.js';
import type { Role } from './db/schema.js';
import { ApiError } from './errors.js';
import type { PackRegistry } from './packs/registry.js';
import type { Session } from './store/sessions.js';
import type { Lru } from './supervisions/analyse.js';
import type { CachedRead } from './supervisions/cached-read.js';
import type { ListCache } from './supervisions/list-cache.js';
import type { NoticeRenderer } from './supervisions/render-pool.js';
import type { Day } from './supervisions/today.js';

/** Everything the routes need, passed in: no module-level state, no hidden clock. */
export interface Deps {
  db: Db;
  now: () => Date;
  /** The council's day, from `now` and the configured time zone. */
  today: () => Day;
  config: AppConfig;
  limiter: SignInLimiter;
  /** Brings the list's stored counts up to today, in the background (supervisions/refresh.ts). */
  summaries: { poke(): void };
  /** Renders notices in worker threads. */
  notices: NoticeRenderer;
  /** The password check of a sign-in (injectable so a test can count how many reach it). */
  verifyPassword: (password: string, stored: string) => Promise<boolean>;
  /** Serialised reads per (id, version, day): a read of an unchanged supervision parses nothing. */
  reads: Lru<CachedRead>;
  /** Serialised list pages, dropped on every write that changes the list. */
  lists: ListCache<CachedRead>;
  /** The packs checks run under: the installation's choice and pinned versions (packs/registry.ts). */
  packs: PackRegistry;
}

export type AppEnv = {
  Bindings: Partial<HttpBindings>;
  Variables: { session: Session | null };
};

export type AppContext = Context<AppEnv>;

/** Who may do what: the table the client reads too. */
export { CAN } from '../shared/roles.js';

/**
 * The signed-in user's session, or a 401; a 403 when their role may not do `what`.
 *
 * @example
 * const session = allow(c, CAN.edit);
 */
export function allow(c: AppContext, roles: readonly Role[]): Session {
  const session = c.get('session');
  if (!session) throw new ApiError('auth.required');
  if (!roles.includes(session.user.role)) throw new ApiError('auth.forbidden');
  return session;
}

/** The client's address, for the sign-in limit. */
export function clientAddress(c: AppContext, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return c.env?.incoming?.socket?.remoteAddress ?? 'local';
}

/** A positive integer id from the URL, or a 404. */
export function idParam(value: string | undefined): number {
  if (!value || !/^[1-9]\d{0,9}$/.test(value)) throw new ApiError('not-found');
  return Number(value);
}
