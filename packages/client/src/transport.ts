// The fetch wrapper that openapi-fetch calls: authorization, a fresh timeout per attempt, the
// caller's abort signal, retries, and typed errors for failed responses.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from './errors'
import { type Logger, redact } from './logger'
import { isRetryable, retryDelay } from './retry'

/** Settings for one call: client defaults merged with per-request overrides. */
export interface Settings {
  key?: string | undefined
  fetch?: ((request: Request) => Promise<Response>) | undefined
  timeout: number
  maxRetries: number
  signal?: AbortSignal | null | undefined
  /** Retry even if the method is not idempotent (POST, PATCH, DELETE, for endpoints to come). */
  idempotent?: boolean | undefined
  logger?: Logger | undefined
}

const byStatus: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  429: RateLimitError,
}

/** The typed error for a final response that failed or whose body (`body`, parsed) is not JSON. */
function apiError(res: Response, text: string, body: unknown, key?: string): APIError {
  const { status } = res
  // Everything the server sent back is redacted: a proxy may echo the Authorization header.
  const e = JSON.parse(redact(JSON.stringify((body as { error?: object })?.error ?? {}), key))
  return new (byStatus[status] ?? (status > 499 ? InternalServerError : APIError))(
    status,
    `${status} ${e.message ?? (redact(text.slice(0, 200), key) || 'empty body')}`,
    res.headers,
    e,
  )
}

/** For typed endpoints: the parsed JSON body. A failed or non-JSON response throws its APIError. */
export async function sendJSON<T>(req: Request, s: Settings): Promise<T> {
  const [res, text] = await exchange(req, s)
  let body: T | undefined
  try {
    // Parsed once: the same value is the result or the source of the error.
    body = JSON.parse(text)
  } catch {}
  if (res.ok && body) return body
  throw apiError(res, text, body, s.key)
}

/** For openapi-fetch (`raw`): the final response, failed or not, around the body already read. */
export async function send(req: Request, s: Settings): Promise<Response> {
  const [res, text] = await exchange(req, s)
  return new Response(text || null, res)
}

/** Sends `req`, retrying as configured; resolves with the final response and its body text. */
export async function exchange(req: Request, s: Settings): Promise<[Response, string]> {
  const { signal, key } = s
  const retries = (s.idempotent ?? /^(GET|HEAD|OPTIONS)$/.test(req.method)) ? s.maxRetries : 0
  // `wake` ends whatever is in progress, the current attempt or the wait before the next one, so
  // the caller's signal takes effect at once.
  let timer: ReturnType<typeof setTimeout> | undefined
  let wake = () => {}
  const cancel = () => {
    clearTimeout(timer)
    wake()
  }
  if (key) req.headers.set('authorization', `Bearer ${key}`)
  signal?.addEventListener('abort', cancel)
  try {
    for (let n = 0; ; n++) {
      if (signal?.aborted) throw 0
      const ac = new AbortController()
      let res: Response | undefined
      let text = ''
      let failure: unknown
      wake = () => ac.abort()
      timer = setTimeout(wake, s.timeout)
      s.logger?.debug?.(`${req.method} ${req.url} (attempt ${n + 1})`, {
        authorization: key && '***',
      })
      try {
        // The global fetch is looked up here, at call time, so late polyfills and spies work.
        // A request without a body can be re-sent as is; only a body needs a fresh copy.
        const attempt = new Request(req.body ? req.clone() : req, { signal: ac.signal })
        res = await (s.fetch ?? fetch)(attempt)
        text = await res.text()
      } catch (e) {
        if (signal?.aborted) throw 0
        res = undefined
        failure = ac.signal.aborted
          ? new APIConnectionTimeoutError(`Timed out after ${s.timeout} ms`)
          : new APIConnectionError(redact(`Connection error: ${e}`, key), { cause: e })
      }
      clearTimeout(timer)
      if (!(n < retries) || (res && !isRetryable(res.status))) {
        if (!res) throw failure
        return [res, text]
      }
      const wait = retryDelay(n, res?.headers)
      s.logger?.warn?.(
        `Retry ${n + 1}/${retries} in ${wait | 0} ms after ${res?.status ?? failure}`,
      )
      await new Promise<void>((resolve) => {
        wake = resolve
        // An abort that came while nothing was in progress (e.g. from the logger) ends it at once.
        timer = setTimeout(resolve, signal?.aborted ? 0 : wait)
      })
    }
  } catch (e) {
    throw e === 0 ? new APIUserAbortError('Aborted by the caller', { cause: signal?.reason }) : e
  } finally {
    signal?.removeEventListener('abort', cancel)
  }
}
