// The client core: checked options plus the per-call settings that every operation function
// (generated/operations.ts) passes to `call`. Create one with createClientCore; the ergonomic
// client (createOpenRouterClient) is a naming layer over the same core.
import { guardBrowser, inBrowser } from '../browser-guard'
import { InvalidRequestError } from '../errors'
import {
  type CheckedClientOptions,
  type ClientOptions,
  checkClientOptions,
  checkRequestOptions,
  type RequestOptions,
} from './options'
import { apiKeyProblem } from './secrets'
import type { SendSettings } from './transport'

export interface ClientCore {
  readonly options: CheckedClientOptions
}

/** Settings for one call: the key, and what the transport needs. */
export interface CallSettings extends SendSettings {
  apiKey: string | undefined
}

const IDEMPOTENT_METHODS = ['GET', 'HEAD', 'OPTIONS']

/** Checks `options` (InvalidRequestError naming a bad one) and applies the browser guard. */
export function createClientCore(options: ClientOptions = {}): ClientCore {
  const checked = checkClientOptions(options)
  guardBrowser(checked.apiKey, checked.dangerouslyAllowBrowser)
  return { options: checked }
}

/** Resolves the key (calling `apiKey` when it is a function) and merges the call's options. */
async function resolveApiKey(core: ClientCore): Promise<string | undefined> {
  const { apiKey } = core.options
  const key = typeof apiKey === 'function' ? await apiKey() : apiKey
  if (key === undefined || key === '') {
    // A browser client without a key talks to the app's own proxy, which adds it.
    if (inBrowser()) return undefined
    throw new InvalidRequestError('Missing API key: set OPENROUTER_MANAGEMENT_KEY or pass apiKey')
  }
  const problem = apiKeyProblem(key)
  if (problem) throw new InvalidRequestError(`Invalid apiKey: ${problem}`)
  return key
}

/**
 * Settings for one call of `method`. GET, HEAD and OPTIONS are retried as configured; any other
 * method only when the call sets `maxRetries` itself (a create must not be sent twice behind the
 * caller's back).
 */
export async function callSettings(
  core: ClientCore,
  method: string,
  requestOptions: RequestOptions | undefined,
): Promise<CallSettings> {
  const own = checkRequestOptions(requestOptions)
  const apiKey = await resolveApiKey(core)
  const idempotent = IDEMPOTENT_METHODS.includes(method)
  const { options } = core
  return {
    apiKey,
    fetch: options.fetch,
    timeout: own.timeout ?? options.timeout,
    maxRetries: own.maxRetries ?? (idempotent ? options.maxRetries : 0),
    maxResponseBytes: options.maxResponseBytes,
    signal: own.signal ?? undefined,
    logger: options.logger,
    onRetry: own.onRetry,
    secrets: [apiKey],
  }
}
