// `@openrouter-kit/client/raw`: the openapi-fetch client typed with the spec's `paths`, for
// endpoints the typed client does not wrap yet. It shares the client's options and transport
// (auth, timeouts, retries, logger, browser guard) but keeps openapi-fetch's `{ data, error }`
// results. A separate entry so that openapi-fetch (about 2.6 kB gzipped) stays out of bundles
// that only use createOpenRouterClient.
import type { paths } from '@openrouter-kit/types'
import createClient, { type Client } from 'openapi-fetch'
import { createOpenRouterClient as createTypedClient, type OpenRouterClient } from './client'
import { type ClientOptions, configure } from './config'
import { send } from './transport'

export type { ClientOptions } from './config'
export type RawClient = Client<paths>

export function createRawClient(options: ClientOptions = {}): RawClient {
  const { baseURL, settings } = configure(options)
  return createClient<paths>({
    baseUrl: baseURL,
    headers: options.defaultHeaders,
    // The request's own signal (openapi-fetch's `signal` option) is the caller's signal.
    fetch: async (req) => send(req, await settings({ signal: req.signal })),
  })
}

/** The typed client with `raw`, the openapi-fetch escape hatch, attached. */
export interface OpenRouterClientWithRaw extends OpenRouterClient {
  raw: RawClient
}

/**
 * `createOpenRouterClient` with `client.raw`. Same options and behaviour as the main entry's
 * factory; it lives here so that only apps that want the escape hatch pay openapi-fetch's bytes.
 */
export function createOpenRouterClient(options: ClientOptions = {}): OpenRouterClientWithRaw {
  return { ...createTypedClient(options), raw: createRawClient(options) }
}
