// The routes, from the descriptors: one per operation at its method and path template (under
// BASE_PATH), a 405 with `Allow` for any other method on a known path (from the path -> methods
// map), and a 404 for every other path. Each request goes: fault -> authentication -> decoding
// with the descriptor's codecs -> onRequest hooks -> the operation's hand-written handler.

import type { OperationDescriptor, OperationId } from '@openrouter-kit/types/operations'
import type { Context, Hono } from 'hono'
import { type AuthState, authenticate } from './auth'
import { BASE_PATH } from './constants'
import { errorResponse } from './errors'
import { type RequestControl, respondWithFault } from './fault-response'
import type { FaultPlan, RequestTarget } from './faults'
import type { ErrorResult, Handlers } from './operation-types'
import { decodeOperationRequest } from './request-decoding'
import type { RequestHooks } from './request-hooks'

export interface MockBindings {
  /** Present when served by @hono/node-server. */
  incoming?: import('node:http').IncomingMessage
  control: RequestControl
}

export interface MockVariables {
  /** The operation the request was routed to (unset for a 404 or 405). */
  operation: OperationId
  /** The request URL, parsed once by the outermost middleware. */
  url: URL
}

export type MockApp = Hono<{ Bindings: MockBindings; Variables: MockVariables }>
type MockContext = Context<{ Bindings: MockBindings; Variables: MockVariables }>

export interface RouteDeps {
  faults: FaultPlan
  hooks: RequestHooks
  auth: AuthState
}

/** The handlers with their per-operation types erased, to be called from generic code. */
type AnyHandler = (request: {
  operation: OperationDescriptor
  caller: unknown
  params: unknown
  query: unknown
  body: unknown
}) => Promise<{ body: unknown } | ErrorResult> | { body: unknown } | ErrorResult

/** `/keys/{hash}` -> `/api/v1/keys/:hash`. */
export function honoPath(template: string): string {
  return `${BASE_PATH}${template.replace(/\{([^}]+)\}/g, ':$1')}`
}

/** `Allow` for a path: its methods in the spec's order, HEAD after GET (served by it), OPTIONS. */
export function allowedMethods(methods: readonly string[]): string {
  const allowed = methods.flatMap((method) => (method === 'GET' ? ['GET', 'HEAD'] : [method]))
  return [...allowed, 'OPTIONS'].join(', ')
}

const pathnameOf = (context: MockContext) => context.get('url').pathname

const isError = (value: object): value is ErrorResult => 'error' in value

function fromError({ error }: ErrorResult): Response {
  return errorResponse(error.status, error.message)
}

async function serveOperation(
  context: MockContext,
  operation: OperationDescriptor,
  handler: AnyHandler,
  deps: RouteDeps,
): Promise<Response> {
  const caller = authenticate(context.req.header('authorization'), operation, deps.auth)
  if (isError(caller)) return fromError(caller)
  const decoded = await decodeOperationRequest(
    context.req.raw,
    context.get('url'),
    operation,
    context.req.param(),
  )
  if (!decoded.ok) return errorResponse(400, decoded.message)
  const { params, query, body } = decoded
  if (deps.hooks.active) {
    try {
      await deps.hooks.run({
        operation: operation.id as OperationId,
        method: context.req.method,
        path: pathnameOf(context),
        query,
        params,
      })
    } catch (error) {
      // The test's own hook failed: say so, rather than a bare 500.
      const message = (error as Error)?.message ?? String(error)
      return errorResponse(500, `onRequest hook failed: ${message}`)
    }
  }
  const result = await handler({ operation, caller, params, query, body })
  if (isError(result)) return fromError(result)
  return new Response(JSON.stringify(result.body), {
    status: operation.success,
    headers: { 'content-type': 'application/json' },
  })
}

export function registerOperations(
  app: MockApp,
  operations: readonly OperationDescriptor[],
  handlers: Handlers,
  deps: RouteDeps,
): void {
  const withFault = (
    context: MockContext,
    target: RequestTarget,
    serve: () => Promise<Response>,
  ): Promise<Response> =>
    respondWithFault(deps.faults.next(target), context.req.raw, context.env.control, serve)

  const methodsByPath = new Map<string, string[]>()
  for (const operation of operations) {
    const methods = methodsByPath.get(operation.path) ?? []
    methods.push(operation.method)
    methodsByPath.set(operation.path, methods)
    const id = operation.id as OperationId
    const handler = handlers[id] as unknown as AnyHandler
    // A HEAD request reaches the GET route (Hono answers it without the body).
    const target: RequestTarget = { operation: id, method: operation.method, path: operation.path }
    app.on(operation.method, honoPath(operation.path), (context) => {
      context.set('operation', id)
      return withFault(context, target, () => serveOperation(context, operation, handler, deps))
    })
  }

  for (const [path, methods] of methodsByPath) {
    const allow = allowedMethods(methods)
    app.all(honoPath(path), (context) => {
      const { method } = context.req
      return withFault(context, { operation: undefined, method, path }, async () =>
        errorResponse(405, `Method ${method} not allowed on ${pathnameOf(context)}`, { allow }),
      )
    })
  }

  app.all('*', (context) => {
    const { method } = context.req
    return withFault(context, { operation: undefined, method, path: undefined }, async () =>
      errorResponse(404, `Not Found: ${method} ${pathnameOf(context)}`),
    )
  })
}
