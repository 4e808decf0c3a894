// createManagementProxy: a same-origin endpoint for browser apps. The browser calls the app's
// server, which checks the user (`authorize`, per operation), adds the management key and
// forwards only the operations the app listed. Requests are matched by method and path template
// and checked with the operations' codecs before anything is forwarded; what comes back is
// OpenRouter's body (redacted) with an allowlist of headers, never upstream's cookies.
import {
  allOperations,
  type OperationDescriptor,
  type OperationId,
} from '@openrouter-kit/types/operations'
import { buildRequest, envelopeProblem } from '../core/call'
import { type ClientCore, callSettings, createClientCore } from '../core/client-core'
import { logLine } from '../core/logger'
import type { ClientOptions } from '../core/options'
import { redactKnownSecrets } from '../core/secrets'
import { type OutgoingRequest, send } from '../core/transport'
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  InvalidRequestError,
  ResponseTooLargeError,
} from '../errors'
import { ROTATE_OPERATION_ID, rotateApiKeyOperation } from '../keys/rotate-operation'
import { decodeRequest } from './decode-request'
import { forwardedHeaders, jsonError, upstreamErrorMessage } from './responses'
import { rotateForBrowser } from './rotation'
import { matchRoute } from './route-match'

/** What a proxy may forward: the spec's operations, and its own rotation route. */
export type ProxyOperationId = OperationId | typeof ROTATE_OPERATION_ID
const PROXY_OPERATIONS: readonly OperationDescriptor[] = [...allOperations, rotateApiKeyOperation]

export interface ManagementProxyOptions
  extends Omit<ClientOptions, 'dangerouslyAllowBrowser' | 'defaultHeaders'> {
  /**
   * The operations the browser may call, by operationId, e.g. `['listApiKeys', 'getCredits']`;
   * `'rotateApiKey'` adds `POST …/keys/{hash}/rotate` (one request; the server creates the
   * successor and retires the old key).
   */
  operations: readonly ProxyOperationId[]
  /**
   * Decides whether `request` may call `operation` (check the session, a role...). Only `true`
   * lets it through; `false` is a 403; anything else is a programming error (500, logged).
   * Required: there is no way to build an open proxy by accident.
   */
  authorize: (
    request: Request,
    context: { operation: ProxyOperationId },
  ) => boolean | Promise<boolean>
}

export type ProxyHandler = (request: Request) => Promise<Response>

/** Operations whose success body holds a key's secret: never stored by a cache on the way. */
const SECRET_BEARING = new Set<string>(['createApiKey', ROTATE_OPERATION_ID])

function checkProxyOptions(
  options: ManagementProxyOptions,
  factory: string,
): OperationDescriptor[] {
  if (typeof options?.authorize !== 'function') {
    throw new InvalidRequestError(
      `Invalid authorize: received ${typeof options?.authorize === 'undefined' ? 'no function' : typeof options.authorize}, expected (request, { operation }) => boolean | Promise<boolean>: ${factory} needs it so that the proxy is never open by accident`,
    )
  }
  const known = PROXY_OPERATIONS.map((operation) => operation.id)
  const wanted = options.operations
  if (!Array.isArray(wanted) || wanted.length === 0) {
    throw new InvalidRequestError(
      `Invalid operations: expected a non-empty list of operation ids from ${known.join(', ')}`,
    )
  }
  for (const id of wanted as readonly string[]) {
    if (!known.includes(id))
      throw new InvalidRequestError(
        `Invalid operations: received "${String(id)}", expected one of ${known.join(', ')}`,
      )
  }
  return PROXY_OPERATIONS.filter((operation) =>
    (wanted as readonly string[]).includes(operation.id),
  )
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return String(value)
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/** Asks `authorize`; only a boolean is an answer. */
async function authorizeRequest(
  options: ManagementProxyOptions,
  request: Request,
  operation: OperationDescriptor,
): Promise<'allowed' | 'denied' | 'broken'> {
  const answer: unknown = await options.authorize(request, {
    operation: operation.id as ProxyOperationId,
  })
  if (answer === true) return 'allowed'
  if (answer === false) return 'denied'
  // Named by its type only: the value may be a user's token returned by mistake.
  logLine(
    options.logger,
    'error',
    `management proxy: authorize returned ${typeName(answer)} for ${operation.id}; only true allows a request and false refuses it, so the request was refused (500)`,
    [],
  )
  return 'broken'
}

async function forward(
  core: ClientCore,
  operation: OperationDescriptor,
  params: Record<string, unknown>,
  body: unknown,
  signal: AbortSignal,
) {
  // A key problem (missing, unsendable) is the server's misconfiguration: thrown, answered 500.
  const settings = await callSettings(core, operation.method, { signal })
  let request: OutgoingRequest
  try {
    request = buildRequest(core, operation, { params, body }, settings)
  } catch (error) {
    // A value the codecs accepted but the URL cannot carry (a hash of "..", one with a "/").
    if (InvalidRequestError.isInstance(error)) return jsonError(400, error.message)
    throw error
  }
  const upstream = await send(request, settings)
  const { status } = upstream
  const headers = forwardedHeaders(upstream.headers, settings.secrets)
  if (SECRET_BEARING.has(operation.id)) headers.set('cache-control', 'no-store')
  if (status >= 200 && status <= 299) {
    if (!isExpectedBody(operation, upstream.text)) {
      return jsonError(
        502,
        `OpenRouter answered ${status} with a body that is not a ${operation.id} response`,
        headers,
      )
    }
    headers.set('content-type', 'application/json')
    // Only the management key is redacted: a created key's secret is the answer itself.
    return new Response(redactKnownSecrets(upstream.text, settings.secrets), { status, headers })
  }
  if (status < 400 || status > 599) {
    // A redirect, or no HTTP status at all: nothing a browser should follow or trust.
    return jsonError(
      502,
      `OpenRouter answered ${status}, which the proxy does not pass on`,
      headers,
    )
  }
  // An error is re-stated in OpenRouter's shape: no upstream text (an HTML 502 page, a stack
  // trace) reaches the browser, only `code`, `message` and the request id header.
  return jsonError(status, upstreamErrorMessage(upstream.text, status, settings.secrets), headers)
}

/** Whether a 2xx body is JSON with the operation's envelope (what the browser client checks too). */
function isExpectedBody(operation: OperationDescriptor, text: string): boolean {
  try {
    return envelopeProblem(operation, JSON.parse(text)) === undefined
  } catch {
    return false
  }
}

/**
 * Returns a `(request: Request) => Promise<Response>` handler (Next.js route handlers, Hono,
 * Bun, Deno, Workers, or Node through an adapter) for the listed operations.
 */
export function createManagementProxy(options: ManagementProxyOptions): ProxyHandler {
  return buildProxy(options, 'createManagementProxy')
}

function buildProxy(options: ManagementProxyOptions, factory: string): ProxyHandler {
  const allowed = checkProxyOptions(options, factory)
  // Server-side by definition; a DOM-like test environment must not trip the browser guard.
  const { operations: _operations, authorize: _authorize, ...clientOptions } = options
  const core = createClientCore({ ...clientOptions, dangerouslyAllowBrowser: true })
  const secrets = () => [typeof core.options.apiKey === 'string' ? core.options.apiKey : undefined]

  return async (request) => {
    try {
      const url = new URL(request.url)
      const { candidates, pathText } = matchRoute(url.pathname, allowed)
      if (candidates.length === 0)
        return jsonError(404, 'Not Found: this proxy does not forward that path')
      const operation = candidates.find((candidate) => candidate.method === request.method)
      if (!operation) {
        const allow = candidates.map((candidate) => candidate.method).join(', ')
        return jsonError(405, `Method ${request.method} not allowed here`, new Headers({ allow }))
      }
      const decision = await authorizeRequest(options, request, operation)
      if (decision === 'denied') return jsonError(403, 'Forbidden')
      if (decision === 'broken')
        return jsonError(500, 'The proxy is misconfigured; see the server log')
      const decoded = await decodeRequest(request, operation, pathText)
      if (!decoded.ok) return jsonError(400, decoded.message)
      if (operation.id === ROTATE_OPERATION_ID) {
        const { hash } = decoded.params as { hash: string }
        return await rotateForBrowser(core, hash, decoded.body as object, request.signal)
      }
      return await forward(core, operation, decoded.params, decoded.body, request.signal)
    } catch (error) {
      logLine(options.logger, 'error', `management proxy: ${String(error)}`, secrets())
      if (ResponseTooLargeError.isInstance(error)) {
        return jsonError(502, 'OpenRouter answered with a body larger than maxResponseBytes')
      }
      if (APIConnectionTimeoutError.isInstance(error))
        return jsonError(504, 'OpenRouter did not answer in time')
      if (APIConnectionError.isInstance(error)) return jsonError(502, 'Could not reach OpenRouter')
      return jsonError(500, 'The proxy failed; see the server log')
    }
  }
}

export type KeysProxyOptions = Omit<ManagementProxyOptions, 'operations' | 'authorize'> & {
  /** Decides whether `request` may list the account's keys. Required. */
  authorize: (request: Request) => boolean | Promise<boolean>
}

/** `createManagementProxy({ operations: ['listApiKeys'], ... })`: a proxy for listing keys only. */
export function createKeysProxy(options: KeysProxyOptions): ProxyHandler {
  return buildProxy({ ...options, operations: ['listApiKeys'] }, 'createKeysProxy')
}
