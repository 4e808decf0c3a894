// What the mock received, for assertions. Credentials never reach the log.

export interface RequestLogEntry {
  /** The `x-request-id` the response carried. */
  requestId: string
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
