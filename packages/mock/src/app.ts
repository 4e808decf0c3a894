// The HTTP surface, as a Hono app: request ids and the request log, added latency, CORS, then
// the routes built from the operation descriptors (routes.ts), with spec-shaped errors.
import type { OperationId } from '@openrouter-kit/types/operations'
import { allOperations } from '@openrouter-kit/types/operations'
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import type { AuthState } from './auth'
import { errorResponse } from './errors'
import { waitOrDrop } from './fault-response'
import type { FaultPlan } from './faults'
import { createHandlers } from './handlers/index'
import type { Latency } from './latency'
import type { RequestHooks } from './request-hooks'
import { type RequestLogEntry, redactHeaders } from './request-log'
import { type MockBindings, type MockVariables, registerOperations } from './routes'
import type { MockState } from './state'

export type { RequestControl } from './fault-response'
export type { MockBindings } from './routes'

export interface AppDeps {
  state: MockState
  faults: FaultPlan
  latency: Latency
  hooks: RequestHooks
  managementKeys: ReadonlySet<string>
  nextRequestId(): string
  /** Called once per request when it is answered; `entry` builds the log entry if one is kept. */
  record(entry: () => RequestLogEntry): void
}

/** Response headers a page on another origin may read. */
const EXPOSED_HEADERS = ['x-request-id', 'retry-after', 'retry-after-ms']

/** How long a browser may cache a preflight's answer. */
const PREFLIGHT_MAX_AGE_SECONDS = 600

/** Every method the spec uses, plus what browsers and CORS need. */
const CORS_METHODS = [
  ...new Set<string>([...allOperations.map((operation) => operation.method), 'HEAD', 'OPTIONS']),
]

export function createApp(deps: AppDeps) {
  const app = new Hono<{ Bindings: MockBindings; Variables: MockVariables }>()

  // Outermost: the request id on every response, and the log entry once the outcome is known.
  // Headers are set on the final response (not with context.header before it exists): Hono
  // would otherwise copy every response once more to merge them, which is what most of an
  // in-process request costs.
  app.use('*', async (context, next) => {
    const requestId = deps.nextRequestId()
    const url = new URL(context.req.url)
    context.set('url', url)
    await next()
    context.res.headers.set('x-request-id', requestId)
    deps.record(() => ({
      requestId,
      operation: context.get('operation') as OperationId | undefined,
      method: context.req.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: context.env.control.dropped ? 0 : context.res.status,
      headers: redactHeaders(context.req.raw.headers),
    }))
  })

  // Network-like latency for every request, preflights included; ended by an abort or close().
  app.use('*', async (context, next) => {
    const delay = deps.latency.next()
    if (delay > 0) await waitOrDrop(delay, context.req.raw, context.env.control)
    if (context.env.control.dropped) return new Response(null, { status: 500 })
    await next()
  })

  // Browser pages on another local port (the demo) call the mock directly. Preflights are
  // answered by Hono's CORS middleware (methods, reflected headers, Vary, max age), before
  // faults, so OPTIONS never consumes a scripted fault; every other response gets the two
  // headers a simple request needs, set on it directly (see above).
  const preflight = cors({
    origin: '*',
    allowMethods: CORS_METHODS,
    exposeHeaders: EXPOSED_HEADERS,
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
  })
  app.use('*', async (context, next) => {
    if (context.req.method === 'OPTIONS') return preflight(context, next)
    await next()
    context.res.headers.set('access-control-allow-origin', '*')
    context.res.headers.set('access-control-expose-headers', EXPOSED_HEADERS.join(','))
  })

  const auth: AuthState = {
    managementKeys: deps.managementKeys,
    keys: deps.state.keys,
    clock: deps.state.clock,
  }
  registerOperations(app, allOperations, createHandlers(deps.state), {
    faults: deps.faults,
    hooks: deps.hooks,
    auth,
  })

  app.onError(() => errorResponse(500, 'Internal Server Error'))

  return app
}
