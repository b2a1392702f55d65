/** How many failed sign-ins are allowed per window, per address and email, and per address. */
export interface RateLimitOptions {
  maxPerAccount: number;
  maxPerAddress: number;
  windowMs: number;
}

interface Window {
  count: number;
  resetAt: number;
}

/** An attempt let through: its slots are held until it fails (kept) or succeeds (given back). */
export interface Reservation {
  address: string;
  email: string;
}

/**
 * Counts sign-in attempts in memory (one process). An attempt takes its slot *before* the
 * slow password hash, so requests sent all at once cannot all slip in under the limit; a
 * success gives the slots back and clears the account's count. The clock is passed in, so
 * tests can move time.
 *
 * @example
 * const limiter = new SignInLimiter({ maxPerAccount: 5, maxPerAddress: 50, windowMs: 900_000 }, () => Date.now());
 * const r = limiter.reserve('127.0.0.1', 'a@b.vn'); // { ok: true, reservation } or { ok: false, retryAfter }
 */
export class SignInLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly clock: () => number,
  ) {}

  /** Seconds to wait before trying again; 0 when a sign-in may be attempted now. */
  retryAfter(address: string, email: string): number {
    const now = this.clock();
    return Math.max(
      this.wait(accountKey(address, email), this.options.maxPerAccount, now),
      this.wait(addressKey(address), this.options.maxPerAddress, now),
    );
  }

  /**
   * Takes one attempt for this account and address, synchronously (no await between the
   * look and the count), or says how long to wait.
   */
  reserve(
    address: string,
    email: string,
  ): { ok: true; reservation: Reservation } | { ok: false; retryAfter: number } {
    const wait = this.retryAfter(address, email);
    if (wait > 0) return { ok: false, retryAfter: wait };
    const now = this.clock();
    this.bump(accountKey(address, email), now);
    this.bump(addressKey(address), now);
    if (this.windows.size > 10_000) this.sweep(now);
    return { ok: true, reservation: { address, email } };
  }

  /** The attempt was right: the account starts afresh and the address gets its slot back. */
  succeeded({ address, email }: Reservation): void {
    this.windows.delete(accountKey(address, email));
    const w = this.windows.get(addressKey(address));
    if (w && w.count > 0) w.count--;
  }

  private wait(key: string, max: number, now: number): number {
    const w = this.windows.get(key);
    if (!w || w.resetAt <= now || w.count < max) return 0;
    return Math.max(1, Math.ceil((w.resetAt - now) / 1000));
  }

  private bump(key: string, now: number): void {
    const w = this.windows.get(key);
    if (!w || w.resetAt <= now) this.windows.set(key, { count: 1, resetAt: now + this.options.windowMs });
    else w.count++;
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
  }
}

const accountKey = (address: string, email: string) => `a:${address}|${email}`;
const addressKey = (address: string) => `i:${address}`;
