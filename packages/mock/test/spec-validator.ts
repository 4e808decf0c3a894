// Validates response bodies against the bundled spec (@openrouter-kit/types/openapi.json), looking
// the schema up the way a client would: paths['/keys'].get.responses[status] -> $ref -> schema.
// Statuses the spec does not list (400, 404, 405, 502, ...) use the shared error shape, which is
// the 401 schema's structure.
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

function schemaRefFor(status: number): string {
  const responses = ((spec.paths as Json)['/keys'] as Json).get as Json
  const table = responses.responses as Record<string, Json>
  let response = table[String(status)] ?? table['401']
  if (!response) throw new Error('The spec lists no 401 response for GET /keys')
  if (typeof response.$ref === 'string') response = resolve(response.$ref)
  const content = (response.content as Json)['application/json'] as Json
  return (content.schema as Json).$ref as string
}

export function schemaErrors(status: number, body: unknown): ErrorObject[] {
  const ref = schemaRefFor(status)
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

/** ajv's verdict on one key as the mock would send it (after a JSON round trip). */
export function apiKeyErrors(key: unknown): ErrorObject[] {
  const validate = ajv.getSchema(`${SPEC_ID}#/components/schemas/ApiKey`)
  if (!validate) throw new Error('No ApiKey schema in the spec')
  const sent: unknown = JSON.parse(JSON.stringify(key) ?? 'null')
  return validate(sent) ? [] : (validate.errors ?? [])
}

/** Reads a JSON response and asserts it matches the spec for its status; returns the body. */
export async function conformingBody(response: Response): Promise<unknown> {
  const body: unknown = await response.json()
  const errors = schemaErrors(response.status, body)
  if (errors.length > 0) {
    throw new Error(
      `Body for ${response.status} does not match the spec: ${JSON.stringify(errors, null, 2)}`,
    )
  }
  return body
}
