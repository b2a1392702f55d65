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

/**
 * Counts failed sign-ins in memory (one process); a success clears the account's count.
 * The clock is passed in, so tests can move time.
 *
 * @example
 * const limiter = new SignInLimiter({ maxPerAccount: 5, maxPerAddress: 50, windowMs: 900_000 }, () => Date.now());
 * limiter.retryAfter('127.0.0.1', 'a@b.vn') // 0: allowed
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
    const waits = [
      this.wait(`a:${address}|${email}`, this.options.maxPerAccount, now),
      this.wait(`i:${address}`, this.options.maxPerAddress, now),
    ];
    return Math.max(...waits);
  }

  failed(address: string, email: string): void {
    const now = this.clock();
    this.bump(`a:${address}|${email}`, now);
    this.bump(`i:${address}`, now);
    if (this.windows.size > 10_000) this.sweep(now);
  }

  succeeded(address: string, email: string): void {
    this.windows.delete(`a:${address}|${email}`);
  }

  private wait(key: string, max: number, now: number): number {
    const w = this.windows.get(key);
    if (!w || w.resetAt <= now || w.count < max) return 0;
    return Math.ceil((w.resetAt - now) / 1000);
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
