import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { CSRF_COOKIE, clearSessionCookies, setCsrfCookie, setSessionCookies } from '../auth/middleware.js';
import { DUMMY_HASH, hashPassword } from '../auth/password.js';
import { type AppEnv, clientAddress, type Deps } from '../context.js';
import { ApiError } from '../errors.js';
import { readJson, validate } from '../request.js';
import { Setup, SignIn } from '../schemas.js';
import { audit } from '../store/audit.js';
import { closeSession, openSession, randomToken } from '../store/sessions.js';
import { countUsers, findUserByEmail, insertUser, normaliseEmail } from '../store/users.js';

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Sign-in, sign-out, the current session, and the one-time setup of the first administrator. */
export function authRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { kysely } = deps.db;

  const startSession = async (c: Parameters<typeof setSessionCookies>[0], userId: number) => {
    const at = deps.now();
    const expires = new Date(at.getTime() + deps.config.sessionHours * 3600 * 1000);
    const { token, csrf } = await openSession(kysely, userId, at, expires);
    setSessionCookies(c, deps, token, csrf);
    return csrf;
  };

  app.get('/session', async (c) => {
    const session = c.get('session');
    let csrf = session?.csrf ?? getCookie(c, CSRF_COOKIE);
    if (!csrf) csrf = randomToken();
    if (getCookie(c, CSRF_COOKIE) !== csrf) setCsrfCookie(c, deps, csrf);
    const setupRequired = deps.config.setupToken !== undefined && (await countUsers(kysely)) === 0;
    return c.json({ user: session?.user ?? null, csrf, setupRequired });
  });

  app.post('/login', async (c) => {
    const { email, password } = validate(SignIn, await readJson(c));
    const address = clientAddress(c, deps.config.trustProxy);
    const key = normaliseEmail(email);
    // The attempt is counted before anything is awaited: parallel requests cannot all pass.
    const slot = deps.limiter.reserve(address, key);
    if (!slot.ok)
      throw new ApiError(
        'auth.rate-limited',
        { minutes: Math.ceil(slot.retryAfter / 60) },
        { retryAfter: slot.retryAfter },
      );
    const user = await findUserByEmail(kysely, key);
    // An unknown email costs the same scrypt as a wrong password: no account enumeration by timing.
    const ok = await deps.verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
    const at = deps.now().toISOString();
    if (!user || !ok || user.disabled_at !== null) {
      await audit(kysely, {
        at,
        userId: user?.id ?? null,
        action: 'auth.login-failed',
        detail: { email: key, address },
      });
      throw new ApiError('auth.bad-credentials');
    }
    deps.limiter.succeeded(slot.reservation);
    const csrf = await startSession(c, user.id);
    await audit(kysely, { at, userId: user.id, action: 'auth.login', detail: { address } });
    return c.json({ user: { id: user.id, email: user.email, name: user.name, role: user.role }, csrf });
  });

  app.post('/logout', async (c) => {
    const session = c.get('session');
    if (session) {
      await closeSession(kysely, session.id);
      await audit(kysely, {
        at: deps.now().toISOString(),
        userId: session.user.id,
        action: 'auth.logout',
        detail: {},
      });
    }
    clearSessionCookies(c, deps);
    return c.body(null, 204);
  });

  app.post('/setup', async (c) => {
    const body = validate(Setup, await readJson(c));
    const token = deps.config.setupToken;
    if (!token || !sameToken(body.token, token)) throw new ApiError('setup.unavailable');
    const user = await kysely.transaction().execute(async (trx) => {
      if ((await countUsers(trx)) > 0) throw new ApiError('setup.unavailable');
      const at = deps.now().toISOString();
      const created = await insertUser(trx, {
        email: body.email,
        name: body.name,
        role: 'admin',
        passwordHash: await hashPassword(body.password),
        at,
      });
      await audit(trx, {
        at,
        userId: created.id,
        action: 'setup',
        detail: { email: created.email, role: 'admin' },
      });
      return created;
    });
    const csrf = await startSession(c, user.id);
    return c.json({ user: { id: user.id, email: user.email, name: user.name, role: user.role }, csrf }, 201);
  });

  return app;
}
