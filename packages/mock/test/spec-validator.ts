// Validates response bodies against the bundled spec (@openrouter-kit/types/openapi.json), looking
// the schema up the way a client would: paths[path][method].responses[status] -> $ref -> schema,
// for the operation named by its operationId. Statuses an operation does not list (404 or 405
// from routing, 502 from a fault, ...) use the shared error shape, which every error response of
// the spec has (`{ error: { code, message } }`).
import { createRequire } from 'node:module'
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'

type Json = Record<string, unknown>
const spec = createRequire(import.meta.url)('@openrouter-kit/types/openapi.json') as Json

const SPEC_ID = 'https://openrouter-kit.test/openapi.json'
// strict: false because the OpenAPI document around the schemas is not itself a JSON Schema.
const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
ajv.addFormat('double', true) // OpenAPI's numeric format: any JSON number
ajv.addSchema({ ...spec, $id: SPEC_ID })

function resolve(ref: string): Json {
  let node: unknown = spec
  for (const part of ref.replace(/^#\//, '').split('/')) node = (node as Json)[part]
  return node as Json
}

interface SpecOperation {
  path: string
  method: string
  responses: Record<string, Json>
}

/** Every operation of the spec by operationId, read here independently of the mock. */
export const SPEC_OPERATIONS: Record<string, SpecOperation> = {}
for (const [path, item] of Object.entries(spec.paths as Record<string, Json>)) {
  for (const [method, operation] of Object.entries(item as Record<string, Json>)) {
    SPEC_OPERATIONS[operation.operationId as string] = {
      path,
      method: method.toUpperCase(),
      responses: operation.responses as Record<string, Json>,
    }
  }
}

/** The shared error shape, for statuses an operation does not list. */
const ERROR_SCHEMA_REF = '#/components/schemas/BadRequestResponse'

function schemaRefFor(operationId: string, status: number): string {
  const operation = SPEC_OPERATIONS[operationId]
  if (!operation) throw new Error(`The spec has no operation ${operationId}`)
  let response = operation.responses[String(status)]
  if (!response) {
    if (status < 400) throw new Error(`${operationId} lists no ${status} response`)
    return ERROR_SCHEMA_REF
  }
  if (typeof response.$ref === 'string') response = resolve(response.$ref)
  const content = (response.content as Json)['application/json'] as Json
  const schema = content.schema as Json
  if (typeof schema.$ref !== 'string') throw new Error(`${operationId} ${status}: inline schema`)
  return schema.$ref
}

export function schemaErrors(operationId: string, status: number, body: unknown): ErrorObject[] {
  const ref = schemaRefFor(operationId, status)
  const validate = ajv.getSchema(`${SPEC_ID}${ref}`)
  if (!validate) throw new Error(`No schema at ${ref}`)
  return validate(body) ? [] : (validate.errors ?? [])
}

/** The spec's ApiKey schema, read here independently of the mock's own copy. */
export const SPEC_API_KEY = resolve('#/components/schemas/ApiKey') as {
  properties: Record<string, { type: string | string[]; format?: string }>
  required: string[]
  example: Record<string, unknown>
}

/** The property names the spec documents for one API key (to catch undocumented extras). */
export const API_KEY_PROPERTIES = Object.keys(SPEC_API_KEY.properties ?? {})

/** The property names the spec documents for a schema of components.schemas. */
export function documentedFields(schemaName: string): string[] {
  return Object.keys((resolve(`#/components/schemas/${schemaName}`).properties as Json) ?? {})
}

/** ajv's verdict on a value as the mock would send it (after a JSON round trip). */
export function componentErrors(schemaName: string, value: unknown): ErrorObject[] {
  const validate = ajv.getSchema(`${SPEC_ID}#/components/schemas/${schemaName}`)
  if (!validate) throw new Error(`No ${schemaName} schema in the spec`)
  const sent: unknown = JSON.parse(JSON.stringify(value) ?? 'null')
  return validate(sent) ? [] : (validate.errors ?? [])
}

/** ajv's verdict on one key as the mock would send it. */
export function apiKeyErrors(key: unknown): ErrorObject[] {
  return componentErrors('ApiKey', key)
}

/**
 * Reads a JSON response and asserts it matches the spec for its operation (default GET /keys)
 * and status; returns the body.
 */
export async function conformingBody(
  response: Response,
  operationId = 'listApiKeys',
): Promise<unknown> {
  const body: unknown = await response.json()
  const errors = schemaErrors(operationId, response.status, body)
  if (errors.length > 0) {
    throw new Error(
      `Body of ${operationId} ${response.status} does not match the spec: ${JSON.stringify(errors, null, 2)}`,
    )
  }
  return body
}
