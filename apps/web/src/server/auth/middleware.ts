import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppContext, AppEnv, Deps } from '../context.js';
import { ApiError } from '../errors.js';
import { readSession } from '../store/sessions.js';

export const SESSION_COOKIE = 'diemmac_session';
export const CSRF_COOKIE = 'diemmac_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/** Reads the session cookie; the session (or null) is then `c.get('session')`. */
export function sessionMiddleware(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set('session', token ? ((await readSession(deps.db.kysely, token, deps.now())) ?? null) : null);
    await next();
  };
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Double-submit CSRF check on every write: the X-CSRF-Token header must equal the
 * diemmac_csrf cookie (and, once signed in, the session's token); a cross-site Origin is
 * refused outright.
 */
export function csrfMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== 'null') {
      const host = c.req.header('host') ?? new URL(c.req.url).host;
      let originHost: string | undefined;
      try {
        originHost = new URL(origin).host;
      } catch {
        originHost = undefined;
      }
      if (originHost !== host) throw new ApiError('csrf.failed');
    } else if (origin === 'null') {
      throw new ApiError('csrf.failed');
    }
    const header = c.req.header(CSRF_HEADER);
    const cookie = getCookie(c, CSRF_COOKIE);
    const session = c.get('session');
    if (!header || header !== cookie) throw new ApiError('csrf.failed');
    if (session && header !== session.csrf) throw new ApiError('csrf.failed');
    await next();
  };
}

/** Sets the session and CSRF cookies after signing in. */
export function setSessionCookies(c: AppContext, deps: Deps, token: string, csrf: string): void {
  const maxAge = deps.config.sessionHours * 3600;
  const secure = deps.config.secureCookies;
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure, path: '/', maxAge });
  setCookie(c, CSRF_COOKIE, csrf, { httpOnly: false, sameSite: 'Lax', secure, path: '/', maxAge });
}

/** Sets a fresh CSRF cookie for a visitor who is not signed in yet. */
export function setCsrfCookie(c: AppContext, deps: Deps, csrf: string): void {
  setCookie(c, CSRF_COOKIE, csrf, {
    httpOnly: false,
    sameSite: 'Lax',
    secure: deps.config.secureCookies,
    path: '/',
  });
}

export function clearSessionCookies(c: AppContext, deps: Deps): void {
  const secure = deps.config.secureCookies;
  setCookie(c, SESSION_COOKIE, '', { httpOnly: true, sameSite: 'Lax', secure, path: '/', maxAge: 0 });
}
