// What the proxy sends back: OpenRouter's error shape for its own answers and for upstream
// errors, and only the upstream headers a browser needs, redacted.
import { redactHeaders, redactSecrets } from '../core/secrets'

/** Upstream headers that reach the browser; everything else (cookies, CORS, Location, Server, tracing) stops here. */
const FORWARDED_HEADERS = new Set([
  'content-type',
  'x-request-id',
  'retry-after',
  'retry-after-ms',
  'cache-control',
  'ratelimit',
  'ratelimit-policy',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
])

const STANDARD_MESSAGES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'OpenRouter failed',
  502: 'OpenRouter failed (bad gateway)',
  503: 'OpenRouter is unavailable',
}

/** A response in OpenRouter's error shape, `{ error: { code, message } }`. */
export function jsonError(status: number, message: string, headers = new Headers()): Response {
  headers.set('content-type', 'application/json')
  return new Response(JSON.stringify({ error: { code: status, message } }), { status, headers })
}

/** The allowlisted upstream headers, values redacted. */
export function forwardedHeaders(
  upstream: Headers,
  secrets: ReadonlyArray<string | undefined>,
): Headers {
  const kept = new Headers()
  upstream.forEach((value, name) => {
    if (FORWARDED_HEADERS.has(name)) kept.append(name, value)
  })
  return redactHeaders(kept, secrets)
}

/** `error.message` of an OpenRouter-shaped error body (redacted), or a standard text. */
export function upstreamErrorMessage(
  text: string,
  status: number,
  secrets: ReadonlyArray<string | undefined>,
): string {
  try {
    const body = JSON.parse(redactSecrets(text, secrets))
    if (typeof body?.error?.message === 'string') return body.error.message
  } catch {
    // Not JSON: an HTML error page or similar, which the browser does not get.
  }
  return STANDARD_MESSAGES[status] ?? `OpenRouter answered ${status}`
}
