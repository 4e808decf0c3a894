// Client and per-request options: their types, defaults, and the checks that turn a bad value
// into an InvalidRequestError naming the option at creation, before any request.
import { invalidMessage } from '@openrouter-kit/types/operations'
import { InvalidRequestError } from '../errors'
import type { Logger } from './logger'
import { apiKeyProblem } from './secrets'

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

const CLIENT_OPTION_NAMES: ReadonlyArray<keyof ClientOptions> = [
  'apiKey',
  'baseURL',
  'timeout',
  'maxRetries',
  'maxResponseBytes',
  'fetch',
  'defaultHeaders',
  'logger',
  'dangerouslyAllowBrowser',
]

const REQUEST_OPTION_NAMES = ['signal', 'timeout', 'maxRetries', 'onRetry']
const LOGGER_METHODS = ['debug', 'info', 'warn', 'error']

const fail = (name: string, received: unknown, expected: string): never => {
  throw new InvalidRequestError(invalidMessage(name, received, expected))
}

function checkOptionNames(options: object, known: readonly string[], what: string): void {
  for (const name of Object.keys(options)) {
    if (!known.includes(name)) fail(`${what} name`, name, `one of ${known.join(', ')}`)
  }
}

/** A timeout in milliseconds: Infinity (and anything a timer cannot hold) means none. */
export function checkTimeout(value: unknown, name = 'timeout'): number {
  if (!(typeof value === 'number' && value > 0))
    fail(name, value, 'milliseconds > 0 (Infinity for none)')
  return (value as number) > MAX_TIMER_MS ? Number.POSITIVE_INFINITY : (value as number)
}

export function checkMaxRetries(value: unknown, name = 'maxRetries'): number {
  if (!(Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_RETRIES)) {
    fail(name, value, `an integer from 0 to ${MAX_RETRIES}`)
  }
  return value as number
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we look for
const BAD_HEADER_VALUE = /[\u0000-\u0008\u000a-\u001f\u007f]|[^\u0000-\u00ff]/

const isPlainObject = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function checkDefaultHeaders(headers: unknown): void {
  if (headers === undefined) return
  if (!isPlainObject(headers))
    fail('defaultHeaders', headers, 'an object of header names to values')
  for (const [name, value] of Object.entries(headers as object)) {
    // Authorization is the client's to set, from apiKey.
    if (!HEADER_NAME.test(name) || name.toLowerCase() === 'authorization') {
      fail('defaultHeaders name', name, 'a header name other than Authorization')
    }
    if (typeof value !== 'string' || BAD_HEADER_VALUE.test(value)) {
      fail(`defaultHeaders.${name}`, value, 'a string without line breaks')
    }
  }
}

function checkLogger(logger: unknown): void {
  if (logger === undefined) return
  if (!isPlainObject(logger)) fail('logger', logger, 'an object such as console')
  for (const method of LOGGER_METHODS) {
    const value = (logger as Record<string, unknown>)[method]
    if (value !== undefined && typeof value !== 'function')
      fail(`logger.${method}`, value, 'a function')
  }
}

/** The base URL without a trailing slash: an absolute http(s) URL or, for proxies, a path. */
export function checkBaseURL(value: unknown): string {
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
  if (/[?#]/.test(text) || text.endsWith('//'))
    fail('baseURL', text, `${expected}, without ?, # or a trailing //`)
  return text.replace(/\/$/, '')
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
  if (!isPlainObject(options)) fail('options', options, 'an object')
  checkOptionNames(options, CLIENT_OPTION_NAMES, 'option')
  // Read defensively: browsers and edge runtimes have no `process`.
  const environment = (globalThis as Environment).process?.env
  // An empty variable is an unset one (a browser build may define it as "").
  const apiKey = options.apiKey ?? (environment?.OPENROUTER_MANAGEMENT_KEY || undefined)
  if (typeof apiKey !== 'function' && apiKey !== undefined) {
    // The key is never quoted, only what is wrong with it.
    const problem = apiKeyProblem(apiKey)
    if (problem) throw new InvalidRequestError(`Invalid apiKey: ${problem}`)
  }
  const { fetch, defaultHeaders, logger, dangerouslyAllowBrowser = false } = options
  const { maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES } = options
  if (fetch !== undefined && typeof fetch !== 'function') fail('fetch', fetch, 'a function')
  if (typeof dangerouslyAllowBrowser !== 'boolean') {
    fail('dangerouslyAllowBrowser', dangerouslyAllowBrowser, 'true or false')
  }
  if (!(Number.isSafeInteger(maxResponseBytes) && maxResponseBytes > 0)) {
    fail('maxResponseBytes', maxResponseBytes, 'a whole number of bytes > 0')
  }
  checkDefaultHeaders(defaultHeaders)
  checkLogger(logger)
  return {
    apiKey,
    baseURL: checkBaseURL(options.baseURL ?? environment?.OPENROUTER_BASE_URL ?? DEFAULT_BASE_URL),
    timeout: checkTimeout(options.timeout ?? DEFAULT_TIMEOUT_MS),
    maxRetries: checkMaxRetries(options.maxRetries ?? DEFAULT_MAX_RETRIES),
    maxResponseBytes,
    fetch,
    defaultHeaders,
    logger,
    dangerouslyAllowBrowser,
  }
}

const isAbortSignal = (value: unknown): value is AbortSignal =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as AbortSignal).aborted === 'boolean' &&
  typeof (value as AbortSignal).addEventListener === 'function'

/** Per-request options checked; the returned object has only the options that were set. */
export function checkRequestOptions(options: RequestOptions | undefined): RequestOptions {
  if (options === undefined) return {}
  if (!isPlainObject(options)) fail('request options', options, 'an object')
  checkOptionNames(options, REQUEST_OPTION_NAMES, 'request option')
  const checked: RequestOptions = {}
  if (options.signal != null) {
    if (!isAbortSignal(options.signal)) fail('signal', options.signal, 'an AbortSignal')
    checked.signal = options.signal
  }
  if (options.timeout !== undefined) checked.timeout = checkTimeout(options.timeout)
  if (options.maxRetries !== undefined) checked.maxRetries = checkMaxRetries(options.maxRetries)
  if (options.onRetry !== undefined) {
    if (typeof options.onRetry !== 'function') fail('onRetry', options.onRetry, 'a function')
    checked.onRetry = options.onRetry
  }
  return checked
}
