/**
 * Retry timing: exponential backoff with full jitter, and the `Retry-After` header (seconds or an HTTP date).
 */

/** Backoff settings: the first wait is drawn from [0, baseMs), doubling each attempt, never above `maxMs`. */
export interface BackoffOptions {
  readonly baseMs: number;
  readonly maxMs: number;
}

/** Default backoff: 300 ms base, 10 s ceiling. */
export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 300, maxMs: 10_000 };

/**
 * The wait before retry number `attempt` (0 for the first retry): full jitter, i.e. a uniform draw from
 * `[0, min(maxMs, baseMs × 2^attempt))`, with `random()` in [0, 1).
 */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number): number {
  const cap = Math.min(options.maxMs, options.baseMs * 2 ** attempt);
  return Math.floor(random() * cap);
}

/**
 * Read a `Retry-After` header: delta-seconds (`120`) or an HTTP date; returns milliseconds to wait from `now`
 * (never negative), or `null` when the header is absent or unreadable.
 */
export function parseRetryAfter(header: string | null | undefined, now: number): number | null {
  if (header === null || header === undefined) return null;
  const text = header.trim();
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

/** True for statuses worth retrying: 429 and every 5xx. Other 4xx are the caller's mistake and never retried. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}
