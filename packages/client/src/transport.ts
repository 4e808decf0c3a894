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
  /** Hand a failed response back (openapi-fetch's `{ error }`) instead of throwing: `client.raw`. */
  raw?: boolean | undefined
}

const byStatus: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  429: RateLimitError,
}

/** The typed error for a final response that failed or is not JSON; undefined when it is fine. */
export function toError(res: Response, text: string, key?: string): APIError | undefined {
  let body: { error?: { message?: string } } | undefined
  try {
    body = JSON.parse(text)
  } catch {}
  if (res.ok && body) return
  const { status } = res
  // Everything the server sent back is redacted: a proxy may echo the Authorization header.
  const e = JSON.parse(redact(JSON.stringify(body?.error ?? {}), key))
  return new (byStatus[status] ?? (status > 499 ? InternalServerError : APIError))(
    status,
    `${status} ${e.message ?? (redact(text.slice(0, 200), key) || 'empty body')}`,
    res.headers,
    e,
  )
}

/** Sends `req`, retrying as configured; resolves with a Response whose body was read in full. */
export async function send(req: Request, s: Settings): Promise<Response> {
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
        res = await (s.fetch ?? fetch)(new Request(req.clone(), { signal: ac.signal }))
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
        const error = !s.raw && toError(res, text, key)
        if (error) throw error
        return new Response(text || null, res)
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
