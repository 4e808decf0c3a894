// Error classes. Each class carries a `Symbol.for` brand as a static field, so `isInstance` works
// across two installed copies of this package (where `instanceof` fails). Nothing secret is stored:
// messages are redacted before an error is built (see logger.ts).
import { retryAfterMs } from './retry'

const brand: unique symbol = Symbol.for('openrouter-kit.error')
type Branded = { [brand]?: string }

/** Base class of every error thrown by @openrouter-kit/client. */
export class OpenRouterError extends Error {
  static readonly [brand]: string = 'OpenRouterError'

  /** `instanceof` that also works across duplicated installs of the package. */
  static isInstance<T>(this: abstract new (...args: never[]) => T, value: unknown): value is T {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass isInstance was called on
    const id = (this as Branded)[brand]
    // Compare brands along the prototype chain instead of identities, which differ between copies.
    for (let p = value; p != null; ) {
      p = Object.getPrototypeOf(p)
      if ((p?.constructor as Branded | undefined)?.[brand] === id) return true
    }
    return false
  }

  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = (new.target as Branded)[brand]!
  }
}

/** The API answered with an error status, or with a body that is not JSON. */
export class APIError extends OpenRouterError {
  static override readonly [brand]: string = 'APIError'
  /** HTTP status of the response. */
  declare readonly status: number
  /** `error.code` from the body (the status when the body has none). */
  declare readonly code: number
  /** `error.metadata` from the body, when sent. */
  declare readonly metadata?: Record<string, unknown> | null
  /** Response headers. */
  declare readonly headers: Headers
  /** The `x-request-id` response header, when sent: quote it in support requests. */
  declare readonly requestId?: string

  constructor(
    status: number,
    message: string,
    headers: Headers,
    body?: { code?: number; metadata?: Record<string, unknown> | null },
  ) {
    super(message)
    Object.assign(this, {
      status,
      code: body?.code ?? status,
      metadata: body?.metadata,
      headers,
      requestId: headers.get('x-request-id') ?? undefined,
    })
  }
}

/** 400 */
export class BadRequestError extends APIError {
  static override readonly [brand]: string = 'BadRequestError'
}
/** 401: the key is missing, wrong or revoked. */
export class AuthenticationError extends APIError {
  static override readonly [brand]: string = 'AuthenticationError'
}
/** 403: the key is valid but may not do this (e.g. not a management key). */
export class PermissionDeniedError extends APIError {
  static override readonly [brand]: string = 'PermissionDeniedError'
}
/** 404 */
export class NotFoundError extends APIError {
  static override readonly [brand]: string = 'NotFoundError'
}
/** 429, after the retries ran out. */
export class RateLimitError extends APIError {
  static override readonly [brand]: string = 'RateLimitError'
  /** Seconds the server asked to wait (`retry-after-ms` or `Retry-After`), when sent. */
  get retryAfter(): number | undefined {
    return retryAfterMs(this.headers) / 1e3 || undefined
  }
}
/** 5xx, after the retries ran out. */
export class InternalServerError extends APIError {
  static override readonly [brand]: string = 'InternalServerError'
}

/** No response: DNS failure, refused or dropped connection. The original error is `cause`. */
export class APIConnectionError extends OpenRouterError {
  static override readonly [brand]: string = 'APIConnectionError'
}
/** An attempt took longer than `timeout` ms, and the retries ran out. */
export class APIConnectionTimeoutError extends APIConnectionError {
  static override readonly [brand]: string = 'APIConnectionTimeoutError'
}
/** The caller's `signal` aborted the request (also during a wait between retries). */
export class APIUserAbortError extends OpenRouterError {
  static override readonly [brand]: string = 'APIUserAbortError'
}
/** Bad input, or a missing API key, detected before any request was sent. */
export class InvalidRequestError extends OpenRouterError {
  static override readonly [brand]: string = 'InvalidRequestError'
}
