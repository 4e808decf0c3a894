// When and how long to wait before another attempt.

/** Longest wait between attempts, whatever the server asks for. */
export const MAX_RETRY_WAIT_MS = 60_000
/** `RateLimitError.retryAfter` reports at most this (a server asking for years is wrong). */
export const MAX_RETRY_AFTER_SECONDS = 86_400
const BASE_BACKOFF_MS = 500
const MAX_BACKOFF_MS = 8_000
/** Up to this share of a backoff is taken off at random, so clients do not retry in lockstep. */
const JITTER = 0.25

/** Statuses worth another attempt: timeout, conflict, rate limit and server errors. */
export function isRetryable(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || (status >= 500 && status <= 599)
}

// Retry-After is delta-seconds (digits only: "0x10" and "1e3" are not seconds) or an HTTP date;
// retry-after-ms is a plain decimal number of milliseconds.
const DELTA_SECONDS = /^\d+(\.\d+)?$/
const MILLISECONDS = /^\d+(\.\d+)?$/

/**
 * Milliseconds the server asked to wait: `retry-after-ms`, else `Retry-After` as seconds or an
 * HTTP date. Undefined when absent or unreadable; 0 for a date in the past.
 */
export function retryAfterMs(headers: Headers): number | undefined {
  const milliseconds = headers.get('retry-after-ms')?.trim()
  if (milliseconds && MILLISECONDS.test(milliseconds)) return Number(milliseconds)
  const retryAfter = headers.get('retry-after')?.trim()
  if (!retryAfter) return undefined
  if (DELTA_SECONDS.test(retryAfter)) return Number(retryAfter) * 1000
  // An HTTP date names its day or month ("Wed, 21 Oct 2015 07:28:00 GMT"); Date.parse would
  // also read "-1" or "+5" as years.
  if (!/[A-Za-z]/.test(retryAfter)) return undefined
  const date = Date.parse(retryAfter)
  if (Number.isNaN(date)) return undefined
  return Math.max(date - Date.now(), 0)
}

/**
 * Wait before retry number `retry` (0-based): what the server asked for, capped at 60 s; else
 * 0.5 s·2ⁿ capped at 8 s, minus up to 25 % jitter.
 */
export function retryDelay(retry: number, headers?: Headers): number {
  const asked = headers ? retryAfterMs(headers) : undefined
  if (asked !== undefined) return Math.min(asked, MAX_RETRY_WAIT_MS)
  const backoff = Math.min(BASE_BACKOFF_MS * 2 ** retry, MAX_BACKOFF_MS)
  return backoff * (1 - Math.random() * JITTER)
}
