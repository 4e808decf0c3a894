// The HTTP surface, as a Hono app: one route (GET /api/v1/keys) plus CORS, request ids, faults,
// the request log, and spec-shaped 401/400/404/405/500 errors.
import type { IncomingMessage } from 'node:http'
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import { BASE_PATH } from './constants'
import { abortableDelay } from './delay'
import { errorBody, errorResponse } from './errors'
import { NULL_BODY_STATUSES } from './fault-checks'
import type { Fault, FaultPlan } from './faults'
import type { KeyStore } from './key-store'
import { parseListQuery } from './list-query'
import { type RequestLogEntry, redactHeaders } from './request-log'
import type { ShutdownNotifier } from './shutdown'

/** Per-request channel between the app and the transport (in-process fetch or node server). */
export interface RequestControl {
  /** Set when the transport must drop the connection instead of sending the response. */
  dropped: boolean
  /** Notifies when the listener that received the request closes (absent in-process). */
  shutdown?: ShutdownNotifier
}

export interface MockBindings {
  /** Present when served by @hono/node-server. */
  incoming?: IncomingMessage
  control: RequestControl
}

export interface AppDeps {
  store: KeyStore
  faults: FaultPlan
  pageSize: number
  managementKeys: ReadonlySet<string>
  nextRequestId(): string
  record(entry: RequestLogEntry): void
}

const KEYS_PATH = `${BASE_PATH}/keys`
const ALLOWED_METHODS = 'GET, HEAD, OPTIONS'

function faultHeaders(fault: Fault): Record<string, string> {
  const headers: Record<string, string> = { ...fault.headers }
  if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter)
  if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs)
  return headers
}

export function createApp(deps: AppDeps) {
  const app = new Hono<{ Bindings: MockBindings }>()

  // Outermost: request id on every response, and the log entry once the outcome is known.
  app.use('*', async (c, next) => {
    const requestId = deps.nextRequestId()
    c.header('x-request-id', requestId)
    await next()
    const url = new URL(c.req.url)
    deps.record({
      requestId,
      method: c.req.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: c.env.control.dropped ? 0 : c.res.status,
      headers: redactHeaders(c.req.raw.headers),
    })
  })

  // Browser pages on another local port (the demo) call the mock directly. Preflights are
  // answered here, before faults, so OPTIONS never consumes a scripted fault.
  app.use(
    '*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'OPTIONS'],
      exposeHeaders: ['x-request-id', 'retry-after', 'retry-after-ms'],
      maxAge: 600,
    }),
  )

  app.use('*', async (c, next) => {
    const fault = deps.faults.next()
    if (!fault) return next()
    const control = c.env.control
    if (fault.delayMs) {
      const completed = await abortableDelay(fault.delayMs, {
        signal: c.req.raw.signal,
        shutdown: control.shutdown,
      })
      if (!completed) control.dropped = true
    }
    if (fault.drop) control.dropped = true
    if (control.dropped) return new Response(null, { status: 500 })
    const headers = faultHeaders(fault)
    if (fault.status !== undefined || fault.body !== undefined) {
      const status = fault.status ?? 200
      const body = NULL_BODY_STATUSES.has(status)
        ? null
        : (fault.body ?? (status >= 400 ? errorBody(status) : ''))
      return new Response(body, {
        status,
        headers: { 'content-type': fault.contentType ?? 'application/json', ...headers },
      })
    }
    await next()
    for (const [name, value] of Object.entries(headers)) c.header(name, value)
  })

  app.get(KEYS_PATH, (c) => {
    const authorization = c.req.header('authorization')
    if (!authorization) return errorResponse(401, 'Missing Authentication header')
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1]
    if (!token || !deps.managementKeys.has(token)) {
      // Never echo the token: it may be a real key pasted by mistake.
      return errorResponse(401, 'Invalid credentials: not an accepted management key')
    }
    const parsed = parseListQuery(new URL(c.req.url).searchParams)
    if (!parsed.ok) return errorResponse(400, parsed.message)
    const { includeDisabled, offset, workspaceId } = parsed.query
    // Only the page is copied: listing 10,000 keys page by page stays linear.
    const data = deps.store.list({ includeDisabled, workspaceId }, offset, offset + deps.pageSize)
    return c.json({ data })
  })

  app.all(KEYS_PATH, (c) =>
    errorResponse(405, `Method ${c.req.method} not allowed on ${KEYS_PATH}`, {
      allow: ALLOWED_METHODS,
    }),
  )

  app.notFound((c) =>
    errorResponse(404, `Not Found: ${c.req.method} ${new URL(c.req.url).pathname}`),
  )

  app.onError(() => errorResponse(500, 'Internal Server Error'))

  return app
}
