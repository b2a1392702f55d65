import type { RateLimitOptions } from './auth/rate-limit.js';

/** What the HTTP app is told by its caller (main.ts reads the environment; tests pass values). */
export interface AppConfig {
  /** Mark cookies Secure: set when served over https (behind a proxy that terminates TLS). */
  secureCookies: boolean;
  /** Largest request body accepted, in bytes; larger ones are answered 413. */
  bodyLimitBytes: number;
  /** Largest file the import accepts, in bytes (IMPORT_MAX_BYTES; 5 MB by default): refused 413 before it is read. */
  importLimitBytes: number;
  /** Worker threads rendering notices (RENDER_THREADS); by default one fewer than the cores, at least one. */
  renderThreads?: number | undefined;
  sessionHours: number;
  /** The council's time zone: "today" for overdue recommendations is a day there. */
  timeZone: string;
  /** The built front end (dist/public); none in the API tests. */
  publicDir?: string | undefined;
  /** The one-time setup token printed at first start when no administrator was configured. */
  setupToken?: string | undefined;
  signInLimit: RateLimitOptions;
  /** Read the client address from X-Forwarded-For (only behind a trusted reverse proxy). */
  trustProxy: boolean;
}

export const DEFAULT_CONFIG: AppConfig = {
  secureCookies: false,
  bodyLimitBytes: 2 * 1024 * 1024,
  importLimitBytes: 5 * 1024 * 1024,
  sessionHours: 12,
  timeZone: 'Asia/Ho_Chi_Minh',
  signInLimit: { maxPerAccount: 5, maxPerAddress: 50, windowMs: 15 * 60 * 1000 },
  trustProxy: false,
};
