// The types a hand-written handler works with, all derived from the spec's generated types and
// descriptors: what it receives (decoded path parameters, query, body, who is calling) and what
// it must return (the success body of its operation, or an error). `Handlers` maps every
// operationId to its handler, so an operation without one does not compile.
import type { ApiKey, operations } from '@openrouter-kit/types'
import type { allOperations, OperationId } from '@openrouter-kit/types/operations'

export type Descriptor<K extends OperationId> = Extract<(typeof allOperations)[number], { id: K }>

type Responses<K extends OperationId> = operations[K]['responses']

/** The JSON body of the operation's success response. */
export type SuccessBody<K extends OperationId> = Responses<K>[Descriptor<K>['success'] &
  keyof Responses<K>] extends { content: { 'application/json': infer Body } }
  ? Body
  : never

/** The decoded JSON body of the request, or undefined for an operation without one. */
export type RequestBody<K extends OperationId> = operations[K] extends {
  requestBody: { content: { 'application/json': infer Body } }
}
  ? Body
  : undefined

type NoParameters = Record<string, never>

/** Path parameters by name, as decoded strings. */
export type PathParams<K extends OperationId> = operations[K]['parameters'] extends {
  path: infer Path
}
  ? Path
  : NoParameters

/**
 * Query parameters by the spec's names, decoded by their codecs (a booleanText parameter is a
 * boolean here); absent ones are missing unless the spec gives a default.
 */
export type QueryParams<K extends OperationId> = operations[K]['parameters'] extends {
  query?: infer Query
}
  ? [NonNullable<Query>] extends [never]
    ? NoParameters
    : { readonly [Name in keyof NonNullable<Query>]?: unknown }
  : NoParameters

/** Who presented the bearer token: a management key, or a key created through the mock. */
export type Caller = { kind: 'management' } | { kind: 'key'; key: ApiKey }

export interface OperationRequest<K extends OperationId> {
  operation: Descriptor<K>
  caller: Caller
  params: PathParams<K>
  query: QueryParams<K>
  body: RequestBody<K>
}

/** An error answer, sent in OpenRouter's shape `{"error":{"code","message"}}`. */
export interface ErrorResult {
  error: { status: number; message: string }
}

export type HandlerResult<K extends OperationId> = { body: SuccessBody<K> } | ErrorResult

export type Handler<K extends OperationId> = (
  request: OperationRequest<K>,
) => HandlerResult<K> | Promise<HandlerResult<K>>

export type Handlers = { [K in OperationId]: Handler<K> }

export function errorResult(status: number, message: string): ErrorResult {
  return { error: { status, message } }
}
