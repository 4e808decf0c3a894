// Error classes, and the mapping from a failed response to its class (APIError.fromResponse).
// Each class carries a `Symbol.for` brand as a static field, so `isInstance` works across two
// installed copies of this package (where `instanceof` fails). Nothing secret is stored: every
// text and header taken from a response is redacted before an error is built (core/secrets.ts).
import type { ApiKey } from '@openrouter-kit/types'
import { MAX_RETRY_AFTER_SECONDS, retryAfterMs } from './retry'

const brand: unique symbol = Symbol.for('openrouter-kit.error')
type Branded = { [brand]?: string }

/** Base class of every error thrown by @openrouter-kit/client. */
export class OpenRouterError extends Error {
  static readonly [brand]: string = 'OpenRouterError'

  /** `instanceof` that also works across duplicated installs of the package. */
  static isInstance<T>(this: abstract new (...args: never[]) => T, value: unknown): value is T {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass isInstance was called on
    const wanted = (this as Branded)[brand]
    // Compare brands along the prototype chain instead of identities, which differ between copies.
    for (let prototype = value; prototype != null; ) {
      prototype = Object.getPrototypeOf(prototype)
      if ((prototype?.constructor as Branded | undefined)?.[brand] === wanted) return true
    }
    return false
  }

  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = (new.target as Branded)[brand]!
  }

  /** `JSON.stringify(error)` shows the name and message (Error's own are not enumerable). */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message }
  }
}

/** What a failed response carried, redacted (see core/secrets.ts). */
export interface ResponseDetails {
  status: number
  message: string
  headers: Headers
  code?: number | undefined
  metadata?: Record<string, unknown> | null | undefined
}

/** The API answered with an error status, or with a body that is not what the spec says. */
export class APIError extends OpenRouterError {
  static override readonly [brand]: string = 'APIError'
  /** HTTP status of the response. */
  readonly status: number
  /** `error.code` from the body (the status when the body has none). */
  readonly code: number
  /** `error.metadata` from the body, when sent. */
  readonly metadata: Record<string, unknown> | null | undefined
  /** Response headers (values redacted). */
  readonly headers: Headers
  /** The `x-request-id` response header, when sent: quote it in support requests. */
  readonly requestId: string | undefined

  constructor(details: ResponseDetails) {
    super(details.message)
    this.status = details.status
    this.code = details.code ?? details.status
    this.metadata = details.metadata
    this.headers = details.headers
    this.requestId = details.headers.get('x-request-id') ?? undefined
  }

  /** The class for a final failed response: 400, 401, 403, 404, 429 and 5xx have their own. */
  static fromResponse(details: ResponseDetails): APIError {
    const ErrorClass = errorClassForStatus(details.status)
    return new ErrorClass(details)
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      code: this.code,
      metadata: this.metadata,
      requestId: this.requestId,
    }
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
  /** Seconds the server asked to wait (`retry-after-ms` or `Retry-After`, at most a day), when sent. */
  get retryAfter(): number | undefined {
    const milliseconds = retryAfterMs(this.headers)
    if (milliseconds === undefined) return undefined
    return Math.min(milliseconds / 1000, MAX_RETRY_AFTER_SECONDS)
  }
}
/** 5xx, after the retries ran out. */
export class InternalServerError extends APIError {
  static override readonly [brand]: string = 'InternalServerError'
}

function errorClassForStatus(status: number): typeof APIError {
  if (status === 400) return BadRequestError
  if (status === 401) return AuthenticationError
  if (status === 403) return PermissionDeniedError
  if (status === 404) return NotFoundError
  if (status === 429) return RateLimitError
  if (status >= 500 && status <= 599) return InternalServerError
  return APIError
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
/** Bad input, a bad option or a missing API key, detected before any request was sent. */
export class InvalidRequestError extends OpenRouterError {
  static override readonly [brand]: string = 'InvalidRequestError'
}

/** The response body exceeded `maxResponseBytes` (a runaway or hostile server); never retried. */
export class ResponseTooLargeError extends APIError {
  static override readonly [brand]: string = 'ResponseTooLargeError'
}

/**
 * A create failed without a clear answer (a timeout, a dropped connection, a 5xx), so the key
 * may exist. The client looked once for keys with the same name created since the attempt
 * started: `candidates`. The secret of such a key cannot be recovered; delete the candidates
 * (`client.keys.delete(hash)`) and create again. Nothing was retried.
 */
export class CreateOutcomeUnknownError extends OpenRouterError {
  static override readonly [brand]: string = 'CreateOutcomeUnknownError'
  /** Keys with the requested name created since the attempt started (a few seconds of skew allowed). */
  readonly candidates: readonly ApiKey[]

  constructor(message: string, candidates: readonly ApiKey[], options: ErrorOptions) {
    super(message, options)
    this.candidates = candidates
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), candidates: this.candidates }
  }
}

/**
 * A rotation created the successor but could not retire the old key as asked. `created` holds
 * the new key and its secret (not enumerable, so it never shows in logs of the error); the old
 * key is `previous`, still in service.
 */
export class RotationError extends OpenRouterError {
  static override readonly [brand]: string = 'RotationError'
  declare readonly created: { data: ApiKey; key: string }
  readonly previous: ApiKey

  constructor(
    message: string,
    created: { data: ApiKey; key: string },
    previous: ApiKey,
    options: ErrorOptions,
  ) {
    super(message, options)
    // Not enumerable: util.inspect, console.log and JSON.stringify of the error leave the secret out.
    Object.defineProperty(this, 'created', { value: created, enumerable: false })
    this.previous = previous
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), created: { data: this.created.data }, previous: this.previous }
  }
}
