// Client and per-request options: their types, defaults, and the checks that turn a bad value
// into an InvalidRequestError naming the option at creation, before any request.
import { invalidMessage } from '@openrouter-kit/types/operations'
import { InvalidRequestError } from '../errors'
import type { Logger } from './logger'
import { checkApiKey, UNSENDABLE_IN_HEADER, UNSENDABLE_IN_HEADER_WORDS } from './secrets'

export type FetchFunction = (request: Request) => Promise<Response>

export interface ClientOptions {
  /** Management key, or a function returning one (called before each request). Default: `process.env.OPENROUTER_MANAGEMENT_KEY`. */
  apiKey?: string | (() => string | Promise<string>) | undefined
  /** Default: `process.env.OPENROUTER_BASE_URL ?? 'https://openrouter.ai/api/v1'`. */
  baseURL?: string | undefined
  /** Milliseconds per attempt. Default 60 000; `Infinity` for none. */
  timeout?: number | undefined
  /** Retries after the first attempt of a GET. Default 2, at most 10. */
  maxRetries?: number | undefined
  /** Largest response body read, in bytes (after decompression). Default 32 MiB. */
  maxResponseBytes?: number | undefined
  /** Custom transport. Default: the global `fetch`, looked up at each call. */
  fetch?: FetchFunction | undefined
  /** Headers sent with every request. */
  defaultHeaders?: Record<string, string> | undefined
  /** Receives a debug line per attempt and a warn line per retry; secrets are shown as `***`. */
  logger?: Logger | undefined
  /** Allow an `apiKey` in a browser or a Web Worker. Only for trusted, private pages. */
  dangerouslyAllowBrowser?: boolean | undefined
}

/** Per-request overrides. */
export interface RequestOptions {
  signal?: AbortSignal | null | undefined
  /** Milliseconds per attempt for this request (`Infinity` for none). */
  timeout?: number | undefined
  /**
   * Retries for this request. Setting it on a POST, PATCH or DELETE opts that request in to
   * retries, which is unsafe for a create (see "Create is never retried" in the README).
   */
  maxRetries?: number | undefined
  /** Called before each retry of this request (after a 429, a 5xx, a timeout...). */
  onRetry?: ((retry: RetryInfo) => void) | undefined
}

/** What `onRetry` is told: which retry comes, after what, and how long the wait is. */
export interface RetryInfo {
  /** 1 for the first retry. */
  retry: number
  /** The status that is retried; undefined after a connection error or a timeout. */
  status: number | undefined
  waitMs: number
}

export const DEFAULT_BASE_URL = 'https://openrouter.ai/api/v1'
export const DEFAULT_TIMEOUT_MS = 60_000
export const DEFAULT_MAX_RETRIES = 2
/** More retries than this only hammer a failing service (and a server's `retry-after-ms: 1`). */
export const MAX_RETRIES = 10
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
/** Timers clamp anything longer (2³¹−1 ms, about 24.8 days) to 1 ms, so longer means "no timeout". */
export const MAX_TIMER_MS = 2_147_483_647

function fail(name: string, received: unknown, expected: string): never {
  throw new InvalidRequestError(invalidMessage(name, received, expected))
}

/** Checks one option's value (an InvalidRequestError naming it) and returns the value to use. */
type OptionCheck = (value: unknown, name: string) => unknown

/** A check that keeps the value when `test` accepts it. */
const accepting =
  (test: (value: unknown) => boolean, expected: string): OptionCheck =>
  (value, name) => {
    if (!test(value)) fail(name, value, expected)
    return value
  }

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isFunction = (value: unknown) => typeof value === 'function'
const isFunctionOrAbsent = (value: unknown) => value === undefined || isFunction(value)

/** A timeout in milliseconds: Infinity (and anything a timer cannot hold) means none. */
const checkTimeout: OptionCheck = (value, name) => {
  if (!(typeof value === 'number' && value > 0))
    fail(name, value, 'milliseconds > 0 (Infinity for none)')
  return (value as number) > MAX_TIMER_MS ? Number.POSITIVE_INFINITY : value
}

const checkMaxRetries = accepting(
  (value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_RETRIES,
  `an integer from 0 to ${MAX_RETRIES}`,
)

// The key is never quoted, only what is wrong with it.
const checkApiKeyOption: OptionCheck = (value) => (isFunction(value) ? value : checkApiKey(value))

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

const checkDefaultHeaders: OptionCheck = (headers) => {
  if (!isPlainObject(headers))
    fail('defaultHeaders', headers, 'an object of header names to values')
  for (const [name, value] of Object.entries(headers)) {
    // Authorization is the client's to set, from apiKey.
    if (!HEADER_NAME.test(name) || name.toLowerCase() === 'authorization') {
      fail('defaultHeaders name', name, 'a header name other than Authorization')
    }
    if (typeof value !== 'string') fail(`defaultHeaders.${name}`, value, 'a string')
    // A header value may be a credential (a proxy token): a bad string is described, not shown.
    if (UNSENDABLE_IN_HEADER.test(value as string)) {
      throw new InvalidRequestError(
        `Invalid defaultHeaders.${name}: received a string with ${UNSENDABLE_IN_HEADER_WORDS}`,
      )
    }
  }
  return headers
}

const checkLogger: OptionCheck = (logger) => {
  if (!isPlainObject(logger)) fail('logger', logger, 'an object such as console')
  for (const method of ['debug', 'info', 'warn', 'error']) {
    if (!isFunctionOrAbsent(logger[method])) fail(`logger.${method}`, logger[method], 'a function')
  }
  return logger
}

/** The base URL without a trailing slash: an absolute http(s) URL or, for proxies, a path. */
const checkBaseURL: OptionCheck = (value) => {
  const expected = 'an http(s) URL, or a path such as /api/openrouter'
  const text = typeof value === 'string' ? value : ''
  // A path (a browser client behind the app's proxy) is resolved against the page.
  const isPath = text.startsWith('/') && !text.startsWith('//')
  let url: URL | undefined
  try {
    url = new URL(text, isPath ? 'http://path.invalid' : undefined)
  } catch {}
  if (!url || /\s/.test(text) || !/^https?:$/.test(url.protocol)) fail('baseURL', value, expected)
  const parsed = url as URL
  if (parsed.username || parsed.password) {
    // Shown with the credentials masked: the value itself is a secret.
    fail(
      'baseURL',
      `${parsed.protocol}//***@${parsed.host}${parsed.pathname}`,
      'a URL without user:password@',
    )
  }
  if (/[?#]/.test(text) || text.endsWith('//')) {
    // Shown without its query or fragment, which may hold a token.
    fail('baseURL', text.replace(/[?#].*/, '?…'), `${expected}, without ?, # or a trailing //`)
  }
  return text.replace(/\/$/, '')
}

const CLIENT_OPTION_CHECKS: Record<keyof ClientOptions, OptionCheck> = {
  apiKey: checkApiKeyOption,
  baseURL: checkBaseURL,
  timeout: checkTimeout,
  maxRetries: checkMaxRetries,
  maxResponseBytes: accepting(
    (value) => Number.isSafeInteger(value) && (value as number) > 0,
    'a whole number of bytes > 0',
  ),
  fetch: accepting(isFunction, 'a function'),
  defaultHeaders: checkDefaultHeaders,
  logger: checkLogger,
  dangerouslyAllowBrowser: accepting((value) => typeof value === 'boolean', 'true or false'),
}

const isAbortSignal = (value: unknown): value is AbortSignal =>
  typeof (value as AbortSignal | null)?.aborted === 'boolean' &&
  isFunction((value as AbortSignal).addEventListener)

const REQUEST_OPTION_CHECKS: Record<keyof RequestOptions, OptionCheck> = {
  signal: accepting((value) => value === null || isAbortSignal(value), 'an AbortSignal'),
  timeout: checkTimeout,
  maxRetries: checkMaxRetries,
  onRetry: accepting(isFunction, 'a function'),
}

/**
 * The options that are set (not undefined), each checked by its check; a name without one is
 * refused. `what` names them in messages: "Invalid <what>s", "Invalid <what> name".
 */
function checkEach<Options>(
  options: unknown,
  checks: Record<string, OptionCheck>,
  what: string,
): Partial<Options> {
  if (!isPlainObject(options)) fail(`${what}s`, options, 'an object')
  const checked: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(options)) {
    const check = Object.hasOwn(checks, name) ? checks[name] : undefined
    if (!check) fail(`${what} name`, name, `one of ${Object.keys(checks).join(', ')}`)
    // Only undefined means "not set": null is a bad value like any other.
    if (value !== undefined) checked[name] = (check as OptionCheck)(value, name)
  }
  return checked as Partial<Options>
}

export interface CheckedClientOptions {
  apiKey: ClientOptions['apiKey']
  baseURL: string
  timeout: number
  maxRetries: number
  maxResponseBytes: number
  fetch: FetchFunction | undefined
  defaultHeaders: Record<string, string> | undefined
  logger: Logger | undefined
  dangerouslyAllowBrowser: boolean
}

type Environment = { process?: { env?: Record<string, string | undefined> } }

/** Every option checked (a bad one is an InvalidRequestError naming it), with defaults filled in. */
export function checkClientOptions(options: ClientOptions): CheckedClientOptions {
  const given = checkEach<CheckedClientOptions>(options, CLIENT_OPTION_CHECKS, 'option')
  // Read defensively: browsers and edge runtimes have no `process`. An empty variable is an
  // unset one (a browser build may define it as "").
  const environment = (globalThis as Environment).process?.env
  const keyFromEnvironment = environment?.OPENROUTER_MANAGEMENT_KEY || undefined
  return {
    apiKey:
      given.apiKey ??
      (keyFromEnvironment === undefined ? undefined : checkApiKey(keyFromEnvironment)),
    baseURL:
      given.baseURL ??
      (checkBaseURL(environment?.OPENROUTER_BASE_URL || DEFAULT_BASE_URL, 'baseURL') as string),
    timeout: given.timeout ?? DEFAULT_TIMEOUT_MS,
    maxRetries: given.maxRetries ?? DEFAULT_MAX_RETRIES,
    maxResponseBytes: given.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    fetch: given.fetch,
    defaultHeaders: given.defaultHeaders,
    logger: given.logger,
    dangerouslyAllowBrowser: given.dangerouslyAllowBrowser ?? false,
  }
}

/** Per-request options checked; the returned object has only the options that were set. */
export function checkRequestOptions(options: RequestOptions | undefined): RequestOptions {
  if (options === undefined) return {}
  return checkEach<RequestOptions>(options, REQUEST_OPTION_CHECKS, 'request option')
}
