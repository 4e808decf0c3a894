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
import { redactedExcerpt, redactHeaders, redactSecrets } from './secrets'
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

type Failure = Extract<Checked<unknown>, { ok: false }>

function invalid(name: string, failure: Failure, settings: CallSettings): never {
  const redact = (text: string) => redactSecrets(text, settings.secrets)
  throw new InvalidRequestError(
    invalidMessage(failure.name ?? name, failure.received, failure.expected, redact),
  )
}

/** Checks the parameters against the descriptor; returns the URL path and query string. */
function buildPathAndQuery(
  operation: OperationDescriptor,
  params: unknown,
  settings: CallSettings,
): string {
  if (params !== undefined && !isObject(params)) {
    invalid('parameters', { ok: false, received: params, expected: 'an object' }, settings)
  }
  const given = (params ?? {}) as Record<string, unknown>
  const known = [...Object.keys(operation.pathParams), ...Object.keys(operation.query)]
  const query = new URLSearchParams()
  for (const name of Object.keys(given)) {
    // Own properties only: a parameter called "constructor" is not Object.prototype's.
    const inPath = Object.hasOwn(operation.pathParams, name)
    if (!inPath && !Object.hasOwn(operation.query, name)) {
      invalid(
        'parameter name',
        { ok: false, received: name, expected: `one of ${known.join(', ')}` },
        settings,
      )
    }
    const value = given[name]
    if (inPath || value == null) continue
    const result = (operation.query[name] as Codec).encode(value)
    if (!result.ok) invalid(name, result, settings)
    query.append(name, String(result.value))
  }
  let path = operation.path
  for (const [name, codec] of Object.entries(operation.pathParams)) {
    const value = given[name]
    const result = codec.encode(value)
    if (!result.ok) invalid(name, result, settings)
    const text = String(result.value)
    if (text === '' || UNSAFE_PATH_SEGMENT.test(text)) {
      invalid(
        name,
        {
          ok: false,
          received: value,
          expected: 'a non-empty value without /, ?, # that is not . or ..',
        },
        settings,
      )
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
  if (!result.ok) invalid('body', result, settings)
  return JSON.stringify(result.value)
}

function matchesEnvelope(value: unknown, kind: EnvelopeField): boolean {
  if (kind === 'object[]') return Array.isArray(value) && value.every(isObject)
  if (kind === 'array') return Array.isArray(value)
  if (kind === 'object') return isObject(value)
  return typeof value === kind
}

/** The field of a 2xx body that is not what the spec says (a missing `data`, `data: null`), if any. */
function envelopeProblem(
  operation: Pick<OperationDescriptor, 'envelope'>,
  body: unknown,
): string | undefined {
  if (!isObject(body)) return 'the body is not a JSON object'
  for (const [field, kind] of Object.entries(operation.envelope)) {
    if (!matchesEnvelope(body[field], kind)) {
      const expected =
        kind === 'object[]'
          ? 'an array of objects'
          : `a${kind === 'object' || kind === 'array' ? 'n' : ''} ${kind}`
      return `\`${field}\` should be ${expected}`
    }
  }
  return undefined
}

/** The typed error for a final response that is not a usable 2xx JSON body. */
export function responseError(
  operation: Pick<OperationDescriptor, 'id' | 'envelope'> | undefined,
  response: ReceivedResponse,
  secrets: CallSettings['secrets'],
): APIError {
  const { status } = response
  const headers = redactHeaders(response.headers, secrets)
  const excerpt = () => redactedExcerpt(response.text, EXCERPT_LENGTH, secrets) || 'empty body'
  if (status < 100 || status > 599) {
    return new APIError({
      status,
      headers,
      message: `${status}: not an HTTP status (the response was opaque or malformed)`,
    })
  }
  if (status >= 300 && status <= 399) {
    const location = response.headers.get('location')
    let origin = 'an unknown location'
    try {
      if (location) origin = new URL(location, 'http://invalid').origin
    } catch {}
    return new APIError({
      status,
      headers,
      message: `${status} redirect to ${origin}: the API does not redirect; check baseURL`,
    })
  }
  // Parsed from the redacted text: a key echoed inside a JSON string is gone, whatever its escapes.
  const success = status >= 200 && status <= 299
  const name = operation ? ` of ${operation.id}` : ''
  let body: unknown
  try {
    body = JSON.parse(redactSecrets(response.text, secrets))
  } catch {
    const what = success ? `response${name} is not JSON: ` : ''
    return APIError.fromResponse({ status, headers, message: `${status} ${what}${excerpt()}` })
  }
  if (success) {
    const problem = operation ? envelopeProblem(operation, body) : undefined
    return new APIError({
      status,
      headers,
      message: `${status} response${name} did not have the expected shape: ${problem ?? 'unknown'}: ${excerpt()}`,
    })
  }
  const error = isObject(body) && isObject(body.error) ? body.error : {}
  const message = typeof error.message === 'string' ? error.message : excerpt()
  return APIError.fromResponse({
    status,
    headers,
    message: `${status} ${message}`,
    code: typeof error.code === 'number' ? error.code : undefined,
    metadata: isObject(error.metadata) ? error.metadata : undefined,
  })
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
    let body: unknown
    try {
      body = JSON.parse(response.text)
    } catch {
      throw responseError(operation, response, settings.secrets)
    }
    if (envelopeProblem(operation, body) === undefined) return body as Result
  }
  throw responseError(operation, response, settings.secrets)
}
