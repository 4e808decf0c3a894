// The shape of a generated operation descriptor: everything the spec says about one operation
// that code needs at run time. The client builds requests from it, the mock routes and checks
// requests with it, the server-side proxy matches and validates with it, React keys queries by it.
import type { Codec, ObjectCodec } from './codecs'

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE'

/**
 * The JSON type of a required top-level field of the success body (`object[]`: an array of
 * objects). The client checks these before it trusts a 2xx body, so that `{}` or an error
 * envelope sent with status 200 is an error, not "no keys".
 */
export type EnvelopeField = 'object[]' | 'array' | 'object' | 'string' | 'number' | 'boolean'

export interface OperationDescriptor<Id extends string = string> {
  /** The spec's operationId, e.g. `listApiKeys`. */
  readonly id: Id
  readonly method: HttpMethod
  /** Path template relative to the base URL, e.g. `/keys/{hash}`. */
  readonly path: string
  /** The spec's summary, e.g. "List API keys". */
  readonly summary: string
  /** Path parameters by name; each is required. */
  readonly pathParams: Readonly<Record<string, Codec>>
  /** Query parameters by name; each is optional. */
  readonly query: Readonly<Record<string, Codec>>
  /** The JSON request body, when the operation takes one. */
  readonly body?: ObjectCodec
  /** The status a success answers with (201 for a create). */
  readonly success: number
  /** Required top-level fields of the success body and their JSON types. */
  readonly envelope: Readonly<Record<string, EnvelopeField>>
}
