// What the mock received, for assertions: the last `requestLogLimit` requests, so a long test
// run (or a benchmark through the mock) does not grow memory without bound. Credentials never
// reach the log.
import type { OperationId } from '@openrouter-kit/types/operations'

export interface RequestLogEntry {
  /** The `x-request-id` the response carried. */
  requestId: string
  /** The operation the request was routed to; undefined for an unknown path or method (404, 405). */
  operation: OperationId | undefined
  method: string
  /** Full path, e.g. `/api/v1/keys`. */
  path: string
  query: Record<string, string>
  /** Response status; 0 when the connection was dropped (fault, or an aborted delay). */
  status: number
  /** Request headers, lowercase names; `authorization` redacted to `Bearer ***`. */
  headers: Record<string, string>
}

const SECRET_HEADERS = new Set(['cookie', 'x-api-key', 'proxy-authorization'])

export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {}
  headers.forEach((value, name) => {
    if (name === 'authorization') {
      // Keep the scheme so tests can tell "Bearer" from something else, never the token.
      const scheme = /^\S+/.exec(value)?.[0]
      out[name] = scheme && scheme !== value.trim() ? `${scheme} ***` : '***'
    } else {
      out[name] = SECRET_HEADERS.has(name) ? '***' : value
    }
  })
  return out
}

/** The last `limit` entries, oldest first. A ring buffer: each request costs O(1), also when full. */
export class RequestLog {
  readonly #limit: number
  #entries: RequestLogEntry[] = []
  /** Once full: the index of the oldest entry, which the next one overwrites. */
  #oldest = 0

  constructor(limit: number) {
    this.#limit = limit
  }

  /** False with a limit of 0: then there is no entry worth building. */
  get keepsEntries(): boolean {
    return this.#limit > 0
  }

  add(entry: RequestLogEntry): void {
    if (this.#limit === 0) return
    if (this.#entries.length < this.#limit) {
      this.#entries.push(entry)
      return
    }
    this.#entries[this.#oldest] = entry
    this.#oldest = (this.#oldest + 1) % this.#limit
  }

  /** The kept entries in the order the requests were answered. */
  list(): RequestLogEntry[] {
    return [...this.#entries.slice(this.#oldest), ...this.#entries.slice(0, this.#oldest)]
  }

  clear(): void {
    this.#entries = []
    this.#oldest = 0
  }
}
