// Sending one request: attempts, each with its own timeout and a bounded body read; retries as
// the call allows, with the wait the server asks for; the caller's signal at any point. Typed
// errors for what has no response (connection, timeout, abort); a response, failed or not, is
// the caller's to interpret (core/call.ts, raw.ts).
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  ResponseTooLargeError,
} from '../errors'
import { isRetryable, retryDelay } from '../retry'
import { type Logger, logLine } from './logger'
import type { FetchFunction, RetryInfo } from './options'
import { redactHeaders, redactSecrets } from './secrets'
import { sleep, userAbort } from './sleep'

/** What to send; a plain description, so every attempt builds a fresh Request. */
export interface OutgoingRequest {
  method: string
  url: string
  headers: Headers
  body?: string | undefined
}

/** Settings for one call, after the client's options and the call's own are merged. */
export interface SendSettings {
  fetch: FetchFunction | undefined
  /** Milliseconds per attempt; Infinity for none. */
  timeout: number
  /** Retries this call may make (0 for a POST, PATCH or DELETE that did not opt in). */
  maxRetries: number
  maxResponseBytes: number
  signal: AbortSignal | undefined
  logger: Logger | undefined
  /** Told before each retry (a listing slows down after a 429). */
  onRetry?: ((retry: RetryInfo) => void) | undefined
  /** Secrets to redact from everything this call logs or puts in an error. */
  secrets: ReadonlyArray<string | undefined>
}

/** A response and its whole body text. */
export interface ReceivedResponse {
  /** The URL asked for (a relative redirect location is resolved against it). */
  url: string
  status: number
  headers: Headers
  text: string
}

/** The runtime's own fetch, as it was when this module loaded (undefined where there is none). */
const runtimeFetch: typeof fetch | undefined = globalThis.fetch

/**
 * Calls the fetch in use. The runtime's own fetch gets the URL and init as they are: handed a
 * Request, it would copy that Request again, which costs about 15% of a call to a local server in
 * Node. Any other fetch (the `fetch` option, a polyfill or a test's spy installed later) gets the
 * Request that FetchFunction promises.
 */
function fetchOnce(fetchFunction: FetchFunction, url: string, init: RequestInit) {
  if (fetchFunction === runtimeFetch) return runtimeFetch(url, init)
  return fetchFunction(new Request(url, init))
}

/** Reads the body as text, refusing to read more than `limit` bytes (decompressed). */
async function readBody(
  response: Response,
  limit: number,
  secrets: SendSettings['secrets'],
): Promise<string> {
  if (!response.body) return ''
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  let bytes = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    bytes += value.byteLength
    if (bytes > limit) {
      await reader.cancel().catch(() => undefined)
      throw new ResponseTooLargeError({
        status: response.status,
        message: `${response.status} response body larger than maxResponseBytes (${limit} bytes): not read`,
        headers: redactHeaders(response.headers, secrets),
      })
    }
    text += decoder.decode(value, { stream: true })
  }
  return text + decoder.decode()
}

/**
 * One attempt: its own timeout, the caller's signal, no redirects followed. A connection failure
 * or a timeout is returned, not thrown: the caller may retry it.
 */
async function attempt(
  request: OutgoingRequest,
  settings: SendSettings,
): Promise<ReceivedResponse | APIConnectionError> {
  const controller = new AbortController()
  const { signal: callerSignal } = settings
  let timedOut = false
  const onCallerAbort = () => controller.abort(callerSignal?.reason)
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true })
  const timer = Number.isFinite(settings.timeout)
    ? setTimeout(() => {
        timedOut = true
        controller.abort()
      }, settings.timeout)
    : undefined
  try {
    const init: RequestInit = {
      method: request.method,
      headers: request.headers,
      body: request.body ?? null,
      signal: controller.signal,
      // A JSON API does not redirect; following one would hand another origin's body back as
      // the API's answer (call.ts turns a 3xx into an APIError).
      redirect: 'manual',
    }
    // The global fetch is looked up here, at call time, so late polyfills and spies work.
    const response = await fetchOnce(settings.fetch ?? fetch, request.url, init)
    const text = await readBody(response, settings.maxResponseBytes, settings.secrets)
    return { url: request.url, status: response.status, headers: response.headers, text }
  } catch (error) {
    if (callerSignal?.aborted) throw userAbort(callerSignal)
    if (APIError.isInstance(error)) throw error
    if (timedOut) return new APIConnectionTimeoutError(`Timed out after ${settings.timeout} ms`)
    const message = redactSecrets(`Connection error: ${String(error)}`, settings.secrets)
    return new APIConnectionError(message, { cause: error })
  } finally {
    clearTimeout(timer)
    callerSignal?.removeEventListener('abort', onCallerAbort)
  }
}

/** Tells the caller's `onRetry`, which, like a logger, must never break the request. */
function notifyRetry(settings: SendSettings, retry: RetryInfo): void {
  try {
    settings.onRetry?.(retry)
  } catch {
    // The caller's observer failing is not the request failing.
  }
}

/** A JSON request body as the debug line shows it: any field named `key` (a secret) as `***`. */
function loggedBody(body: string | undefined): unknown {
  if (body === undefined) return undefined
  try {
    return JSON.parse(body, (name, value) => (name === 'key' ? '***' : value))
  } catch {
    return '(not JSON)'
  }
}

/** Sends `request`, retrying as `settings` allow; resolves with the final response. */
export async function send(
  request: OutgoingRequest,
  settings: SendSettings,
): Promise<ReceivedResponse> {
  const { signal, logger, secrets } = settings
  for (let attemptNumber = 1; ; attemptNumber++) {
    if (signal?.aborted) throw userAbort(signal)
    logLine(
      logger,
      'debug',
      `${request.method} ${request.url} (attempt ${attemptNumber})`,
      secrets,
      // A function: the body is parsed for the line only when a logger takes debug lines.
      () => ({
        authorization: request.headers.has('authorization') ? '***' : undefined,
        body: loggedBody(request.body),
      }),
    )
    const result = await attempt(request, settings)
    const failed = result instanceof APIConnectionError
    const status = failed ? undefined : result.status
    const retriesLeft = attemptNumber <= settings.maxRetries
    if (!retriesLeft || (status !== undefined && !isRetryable(status))) {
      if (failed) throw result
      return result
    }
    const wait = retryDelay(attemptNumber - 1, failed ? undefined : result.headers)
    logLine(
      logger,
      'warn',
      `Retry ${attemptNumber}/${settings.maxRetries} in ${Math.round(wait)} ms after ${failed ? result.message : status}`,
      secrets,
    )
    notifyRetry(settings, { retry: attemptNumber, status, waitMs: wait })
    await sleep(wait, signal)
  }
}
