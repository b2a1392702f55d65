import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { csrfMiddleware, sessionMiddleware } from './auth/middleware.js';
import { verifyPassword } from './auth/password.js';
import { SignInLimiter } from './auth/rate-limit.js';
import { type AppConfig, DEFAULT_CONFIG } from './config.js';
import type { AppEnv, Deps } from './context.js';
import type { Db } from './db/connect.js';
import { ApiError, errorResponse } from './errors.js';
import { PackRegistry } from './packs/registry.js';
import { authRoutes } from './routes/auth.js';
import { followUpRoutes } from './routes/followups.js';
import { issuingRoutes } from './routes/issuing.js';
import { openApiDocument } from './routes/openapi.js';
import { packPinRoutes, packRoutes } from './routes/packs.js';
import { recountRoutes } from './routes/recount.js';
import { summaryRoutes } from './routes/summary.js';
import { supervisionRoutes } from './routes/supervisions.js';
import { userRoutes } from './routes/users.js';
import { Lru } from './supervisions/analyse.js';
import { ListCache } from './supervisions/list-cache.js';
import { SummaryRefresher } from './supervisions/refresh.js';
import { type NoticeRenderer, noticePool } from './supervisions/render-pool.js';
import { dayClock } from './supervisions/today.js';

export interface CreateAppOptions {
  db: Db;
  /** The clock: the app reads the time only through it. */
  now?: () => Date;
  config?: Partial<AppConfig>;
  /** The notice renderer (a worker pool by default; main.ts passes its own to close it on exit). */
  notices?: NoticeRenderer;
  /** The sign-in's password check; `verifyPassword` (scrypt) unless a test wraps it. */
  verifyPassword?: (password: string, stored: string) => Promise<boolean>;
  /** Where unexpected errors are reported (stderr by default). */
  log?: (error: unknown) => void;
}

/** "5 MB", "2,5 MB": a limit as a council secretary reads it (1 MB = 1,048,576 bytes). */
export function megabytes(bytes: number): string {
  const mb = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return `${String(mb).replace('.', ',')} MB`;
}

/**
 * The HTTP app: the JSON API under /api and, when `config.publicDir` is set, the built
 * front end. It does not listen; `main.ts` does, tests call `app.request()`.
 *
 * @example
 * const app = createApp({ db: connect({ dataDir }), now: () => new Date() });
 * const res = await app.request('/api/auth/session');
 */
export function createApp(options: CreateAppOptions): Hono<AppEnv> {
  const config: AppConfig = { ...DEFAULT_CONFIG, ...options.config };
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((e: unknown) => console.error(e));
  const base: Omit<Deps, 'summaries'> = {
    db: options.db,
    now,
    today: dayClock(now, config.timeZone),
    config,
    limiter: new SignInLimiter(config.signInLimit, () => now().getTime()),
    reads: new Lru(256),
    lists: new ListCache(64),
    verifyPassword: options.verifyPassword ?? verifyPassword,
    notices: options.notices ?? noticePool({ threads: config.renderThreads }),
    packs: new PackRegistry(options.db),
  };
  const deps: Deps = { ...base, summaries: new SummaryRefresher(base, log) };

  const app = new Hono<AppEnv>();
  app.onError((err, c) => errorResponse(c, err, log));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
      crossOriginEmbedderPolicy: false,
    }),
  );

  const api = new Hono<AppEnv>();
  const requestLimit = bodyLimit({
    maxSize: config.bodyLimitBytes,
    onError: (c) =>
      errorResponse(
        c,
        new ApiError('body.too-large', { limit: `${Math.floor(config.bodyLimitBytes / 1024)} KiB` }),
      ),
  });
  // A file import has its own, larger limit, checked before the file is read or parsed.
  const importLimit = bodyLimit({
    maxSize: config.importLimitBytes,
    onError: (c) =>
      errorResponse(c, new ApiError('import.too-large', { limit: megabytes(config.importLimitBytes) })),
  });
  // A GET or HEAD has no body to limit; asking for one would make the Node adapter build a
  // full Fetch Request on every read (a tenth of a cached list request's cost).
  api.use('*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD'
      ? next()
      : c.req.method === 'POST' &&
          (c.req.path === '/api/supervisions/import' ||
            c.req.path === '/api/supervisions/read-notice' ||
            /^\/api\/supervisions\/\d+\/recount$/.test(c.req.path))
        ? importLimit(c, next)
        : requestLimit(c, next),
  );
  // The liveness probe answers before the session is read: it needs none, and a probe polled
  // by monitors and browsers should not cost a database query each time.
  api.get('/health', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ ok: true, database: deps.db.dialect });
  });
  api.use('*', sessionMiddleware(deps));
  api.use('*', csrfMiddleware());
  api.use('*', async (c, next) => {
    await next();
    // Set in place, as secureHeaders does: c.header() on a finished response has the Node
    // adapter build a full Fetch Response and copy it (150 µs, more than the rest of a request).
    if (!c.res.headers.has('cache-control')) c.res.headers.set('Cache-Control', 'no-store');
  });
  api.get('/openapi.json', (c) => c.json(openApiDocument()));
  api.route('/auth', authRoutes(deps));
  api.route('/supervisions', issuingRoutes(deps));
  api.route('/supervisions', supervisionRoutes(deps));
  api.route('/supervisions', packPinRoutes(deps));
  api.route('/summary', summaryRoutes(deps));
  api.route('/supervisions', recountRoutes(deps));
  api.route('/', userRoutes(deps));
  api.route('/packs', packRoutes(deps));
  api.route('/', followUpRoutes(deps));
  api.all('*', () => {
    throw new ApiError('not-found');
  });
  app.route('/api', api);

  if (config.publicDir && existsSync(join(config.publicDir, 'index.html'))) {
    const indexHtml = readFileSync(join(config.publicDir, 'index.html'), 'utf8');
    // Dot-folders of the build (.vite/manifest.json) are not part of the site.
    app.use('/.*', async (c) => errorResponse(c, new ApiError('not-found')));
    app.use(
      '/assets/*',
      serveStatic({
        root: config.publicDir,
        onFound: (_path, c) => {
          c.header('Cache-Control', 'public, max-age=31536000, immutable');
        },
      }),
    );
    app.use('*', serveStatic({ root: config.publicDir, index: '__none__' }));
    // Client-side routes (/s/1, /users…) all load the single page.
    app.get('*', (c) => {
      c.header('Cache-Control', 'no-cache');
      return c.html(indexHtml);
    });
  }
  app.notFound((c) => errorResponse(c, new ApiError('not-found')));
  return app;
}
