// Client options shared by createOpenRouterClient and createRawClient: defaults from the
// environment, the browser guard, and the per-call settings for the transport.
import { guardBrowser, inBrowser } from './browser-guard'
import { InvalidRequestError } from './errors'
import type { Logger } from './logger'
import type { Settings } from './transport'

export interface ClientOptions {
  /** Management key, or a function returning one (called before each request). Default: `process.env.OPENROUTER_MANAGEMENT_KEY`. */
  apiKey?: string | (() => string | Promise<string>) | undefined
  /** Default: `process.env.OPENROUTER_BASE_URL ?? 'https://openrouter.ai/api/v1'`. */
  baseURL?: string | undefined
  /** Milliseconds per attempt. Default 60 000. */
  timeout?: number | undefined
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number | undefined
  /** Custom transport. Default: the global `fetch`, looked up at each call. */
  fetch?: ((request: Request) => Promise<Response>) | undefined
  /** Headers sent with every request. */
  defaultHeaders?: Record<string, string> | undefined
  /** Receives a debug line per attempt; Authorization is shown as `***`. */
  logger?: Logger | undefined
  /** Allow an `apiKey` in a browser page or Web Worker. Only for trusted, private pages. */
  dangerouslyAllowBrowser?: boolean | undefined
}

/** Per-request overrides. */
export interface RequestOptions {
  signal?: AbortSignal | null | undefined
  timeout?: number | undefined
  maxRetries?: number | undefined
}

/** Internal: per-request options plus the opt-in to retry a non-idempotent method. */
export type CallOptions = RequestOptions & { idempotent?: boolean }

type Env = { process?: { env?: Record<string, string | undefined> } }

export function configure(options: ClientOptions) {
  // Read defensively: browsers and edge runtimes have no `process`.
  const env = (globalThis as Env).process?.env
  const {
    apiKey = env?.OPENROUTER_MANAGEMENT_KEY,
    baseURL = env?.OPENROUTER_BASE_URL ?? 'https://openrouter.ai/api/v1',
  } = options
  guardBrowser(apiKey, options.dangerouslyAllowBrowser)
  return {
    baseURL: baseURL.replace(/\/$/, ''),
    /** Settings for one call; resolves the key first. A browser client without a key talks to the app's own proxy. */
    async settings(o: CallOptions): Promise<Settings> {
      const key = typeof apiKey === 'function' ? await apiKey() : apiKey
      if (!key && !inBrowser())
        throw new InvalidRequestError(
          'Missing API key: set OPENROUTER_MANAGEMENT_KEY or pass apiKey',
        )
      return {
        ...o,
        key,
        fetch: options.fetch,
        logger: options.logger,
        timeout: o.timeout ?? options.timeout ?? 6e4,
        maxRetries: o.maxRetries ?? options.maxRetries ?? 2,
      }
    },
  }
}
