// When and how long to wait before another attempt.

/** Statuses worth another attempt: timeout, conflict, rate limit and server errors. */
export const isRetryable = (status: number): boolean =>
  status > 499 || status === 408 || status === 409 || status === 429

/**
 * Milliseconds the server asked to wait: `retry-after-ms`, else `Retry-After` as seconds or an
 * HTTP date. 0 when absent or unreadable.
 */
export function retryAfterMs(headers: Headers): number {
  const ms = headers.get('retry-after-ms')
  const s = headers.get('retry-after')
  const v = ms ? +ms : s ? +s * 1e3 || Date.parse(s) - Date.now() : 0
  return Math.max(v, 0) || 0
}

/**
 * Wait before retry number `n` (0-based): what the server asked for, capped at 60 s; else
 * 0.5 s·2ⁿ capped at 8 s, minus up to 25 % jitter so that clients do not retry in lockstep.
 */
export const retryDelay = (n: number, headers?: Headers): number =>
  Math.min(headers ? retryAfterMs(headers) : 0, 6e4) ||
  Math.min(500 * 2 ** n, 8e3) * (1 - Math.random() / 4)
