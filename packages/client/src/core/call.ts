// `call`: one operation, from a descriptor. Checks and encodes the parameters and the body with
// the descriptor's codecs (nothing is sent when one is bad), builds the URL, sends, and turns
// the response into the body the spec promises or a typed error.
import {
  type Checked,
  type Codec,
  type EnvelopeField,
  invalidMessage,
  type OperationDescriptor,
} from '@openrouter-kit/types/operations'
import { APIError, InvalidRequestError } from '../errors'
import { type CallSettings, type ClientCore, callSettings } from './client-core'
import type { RequestOptions } from './options'
import { redactedExcerpt, redactHeaders, redactJson, redactSecrets } from './secrets'
import { type OutgoingRequest, type ReceivedResponse, send } from './transport'

/** What a call carries besides options: path and query parameters in one object, and a body. */
export interface CallInput {
  params?: object | undefined
  body?: unknown
}

const EXCERPT_LENGTH = 200
// Path parameter values that would change the path instead of filling one segment.
const UNSAFE_PATH_SEGMENT = /[/?#]|^\.\.?$/

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Throws the InvalidRequestError for a bad value; the call's secrets never show in it. */
function invalid(name: string, received: unknown, expected: string, settings: CallSettings): never {
  const redact = (text: string) => redactSecrets(text, settings.secrets)
  throw new InvalidRequestError(invalidMessage(name, received, expected, redact))
}

/** The encoded value of a codec check, or the InvalidRequestError for its failure. */
function encoded(name: string, result: Checked<unknown>, settings: CallSettings): string {
  if (!result.ok) invalid(result.name ?? name, result.received, result.expected, settings)
  return String(result.value)
}

/** Checks the parameters against the descriptor; returns the URL path and query string. */
function buildPathAndQuery(
  operation: OperationDescriptor,
  params: unknown,
  settings: CallSettings,
): string {
  if (params !== undefined && !isObject(params))
    invalid('parameters', params, 'an object', settings)
  const given = (params ?? {}) as Record<string, unknown>
  const query = new URLSearchParams()
  for (const name of Object.keys(given)) {
    // Own properties only: a parameter called "constructor" is not Object.prototype's.
    const inPath = Object.hasOwn(operation.pathParams, name)
    if (!inPath && !Object.hasOwn(operation.query, name)) {
      const known = [...Object.keys(operation.pathParams), ...Object.keys(operation.query)]
      invalid('parameter name', name, `one of ${known.join(', ')}`, settings)
    }
    const value = given[name]
    if (!inPath && value != null) {
      query.append(name, encoded(name, (operation.query[name] as Codec).encode(value), settings))
    }
  }
  let path = operation.path
  for (const [name, codec] of Object.entries(operation.pathParams)) {
    const value = given[name]
    const text = encoded(name, codec.encode(value), settings)
    if (text === '' || UNSAFE_PATH_SEGMENT.test(text)) {
      invalid(name, value, 'a non-empty value without /, ?, # that is not . or ..', settings)
    }
    path = path.replace(`{${name}}`, encodeURIComponent(text))
  }
  const queryText = query.toString()
  return queryText === '' ? path : `${path}?${queryText}`
}

/** The JSON text of the body, checked by the descriptor's body codec. */
function encodeBody(
  operation: OperationDescriptor,
  body: unknown,
  settings: CallSettings,
): string | undefined {
  if (!operation.body) return undefined
  const result = operation.body.encode(body)
  if (!result.ok) invalid(result.name ?? 'body', result.received, result.expected, settings)
  return JSON.stringify(result.value)
}

const ENVELOPE_WORDS: Record<EnvelopeField, string> = {
  'object[]': 'an array of objects',
  array: 'an array',
  object: 'an object',
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
}

function matchesEnvelope(value: unknown, kind: EnvelopeField): boolean {
  if (kind === 'object[]') return Array.isArray(value) && value.every(isObject)
  if (kind === 'array') return Array.isArray(value)
  if (kind === 'object') return isObject(value)
  return typeof value === kind
}

/** The field of a 2xx body that is not what the spec says (a missing `data`, `data: null`), if any. */
export function envelopeProblem(
  operation: Pick<OperationDescriptor, 'envelope'>,
  body: unknown,
): string | undefined {
  if (!isObject(body)) return 'the body is not a JSON object'
  for (const [field, kind] of Object.entries(operation.envelope)) {
    if (!matchesEnvelope(body[field], kind)) return `\`${field}\` should be ${ENVELOPE_WORDS[kind]}`
  }
  return undefined
}

/** `text` parsed as JSON, or undefined when it is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** The redirect's target origin, as far as it can be read. */
function redirectOrigin(response: ReceivedResponse): string {
  try {
    return new URL(response.headers.get('location') ?? '', response.url).origin
  } catch {
    return 'an unknown location'
  }
}

/**
 * The typed error for a final response that is not a usable 2xx JSON body: a status that is no
 * HTTP status, a redirect, a 2xx of the wrong shape, or an error status with its `error` body.
 */
export function responseError(
  operation: Pick<OperationDescriptor, 'id' | 'envelope'> | undefined,
  response: ReceivedResponse,
  secrets: CallSettings['secrets'],
): APIError {
  const { status, text } = response
  const headers = redactHeaders(response.headers, secrets)
  const excerpt = () => redactedExcerpt(text, EXCERPT_LENGTH, secrets) || 'empty body'
  const fail = (message: string, error: Record<string, unknown> = {}) =>
    APIError.fromResponse({
      status,
      headers,
      message,
      code: typeof error.code === 'number' ? error.code : undefined,
      metadata: isObject(error.metadata) ? error.metadata : undefined,
    })
  if (status < 100 || status > 599) {
    return fail(`${status}: not an HTTP status (the response was opaque or malformed)`)
  }
  if (status >= 300 && status <= 399) {
    // The location's own text is not shown: only where it leads.
    return fail(
      `${status} redirect to ${redirectOrigin(response)}: the API does not redirect; check baseURL`,
    )
  }
  // Every string is redacted after parsing, so a key is gone whatever JSON escapes it came in.
  const body = redactJson(parseJson(text), secrets)
  if (status >= 200 && status <= 299) {
    const name = operation ? ` of ${operation.id}` : ''
    if (body === undefined) return fail(`${status} response${name} is not JSON: ${excerpt()}`)
    const problem = operation ? envelopeProblem(operation, body) : undefined
    return fail(
      `${status} response${name} did not have the expected shape: ${problem ?? 'unknown'}: ${excerpt()}`,
    )
  }
  const error = isObject(body) && isObject(body.error) ? body.error : {}
  const message = typeof error.message === 'string' ? error.message : excerpt()
  return fail(`${status} ${message}`, error)
}

/** Builds the request of one operation: URL, headers, JSON body. */
export function buildRequest(
  core: ClientCore,
  operation: OperationDescriptor,
  input: CallInput,
  settings: CallSettings,
): OutgoingRequest {
  const url = `${core.options.baseURL}${buildPathAndQuery(operation, input.params, settings)}`
  const body = encodeBody(operation, input.body, settings)
  const headers = new Headers(core.options.defaultHeaders)
  headers.set('accept', 'application/json')
  if (body !== undefined) headers.set('content-type', 'application/json')
  if (settings.apiKey) headers.set('authorization', `Bearer ${settings.apiKey}`)
  return { method: operation.method, url, headers, body }
}

/** Sends one operation; resolves with the success body as the spec types it. */
export async function call<Result>(
  core: ClientCore,
  operation: OperationDescriptor,
  input: CallInput,
  requestOptions?: RequestOptions,
): Promise<Result> {
  const settings = await callSettings(core, operation.method, requestOptions)
  const request = buildRequest(core, operation, input, settings)
  const response = await send(request, settings)
  if (response.status >= 200 && response.status <= 299) {
    const body = parseJson(response.text)
    if (envelopeProblem(operation, body) === undefined) return body as Result
  }
  throw responseError(operation, response, settings.secrets)
}
