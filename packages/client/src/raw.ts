// `@openrouter-kit/client/raw`: the openapi-fetch client typed with the spec's `paths`, for
// anything the typed client does not wrap. It shares the client's options and transport (key,
// timeouts, retries, logger, browser guard, redaction of echoed secrets) but keeps openapi-fetch's
// `{ data, error }` results. A separate entry so that openapi-fetch (about 2.6 kB gzipped) stays
// out of bundles that only use createOpenRouterClient.
import type { paths } from '@openrouter-kit/types'
import createClient, { type Client } from 'openapi-fetch'
import { createOpenRouterClient as createTypedClient, type OpenRouterClient } from './client'
import { responseError } from './core/call'
import { type ClientCore, callSettings, createClientCore } from './core/client-core'
import type { ClientOptions } from './core/options'
import { redactHeaders, redactKnownSecrets } from './core/secrets'
import { send } from './core/transport'

export type { ClientOptions } from './core/options'
export type RawClient = Client<paths>

// Statuses whose Response must have no body (the Response constructor throws otherwise).
const NULL_BODY_STATUSES = [204, 205, 304]

/** openapi-fetch's `fetch`: our transport, with what the server echoed redacted. */
async function rawFetch(core: ClientCore, request: Request): Promise<Response> {
  // The request's own signal (openapi-fetch's `signal` option) is the caller's signal.
  const settings = await callSettings(core, request.method, { signal: request.signal })
  const headers = new Headers(request.headers)
  if (settings.apiKey) headers.set('authorization', `Bearer ${settings.apiKey}`)
  const body = request.body ? await request.text() : undefined
  const received = await send({ method: request.method, url: request.url, headers, body }, settings)
  if (received.status < 200 || received.status > 599)
    throw responseError(undefined, received, settings.secrets)
  // Only the management key: a created key's secret in a 201 is the answer itself.
  const text = redactKnownSecrets(received.text, settings.secrets)
  return new Response(NULL_BODY_STATUSES.includes(received.status) || text === '' ? null : text, {
    status: received.status,
    headers: redactHeaders(received.headers, settings.secrets),
  })
}

export function createRawClient(options: ClientOptions = {}): RawClient {
  const core = createClientCore(options)
  return createClient<paths>({
    baseUrl: core.options.baseURL,
    headers: core.options.defaultHeaders,
    fetch: (request) => rawFetch(core, request),
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
