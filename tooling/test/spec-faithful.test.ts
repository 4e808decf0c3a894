// spec/openapi.yaml must stay faithful to the seed page it was transcribed from
// (spec/seed/list-api-keys.txt, a copy of OpenRouter's "List API keys" page). This test resolves
// every $ref on both sides and compares them after the only rewrites the spec header documents:
// the operationId, and OpenAPI 3.0's `nullable: true` written in its 3.1 form.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const root = resolve(fileURLToPath(import.meta.url), '../../..')
const seedPage = readFileSync(join(root, 'spec/seed/list-api-keys.txt'), 'utf8')
const seed = parse(seedPage.split('````yaml')[1]!.split('\n').slice(1).join('\n').split('````')[0]!)
const spec = JSON.parse(readFileSync(join(root, 'packages/types/openapi.json'), 'utf8'))

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Replaces every local `$ref` with a copy of its target, recursively. */
function inline(document: JsonObject, node: Json): Json {
  if (Array.isArray(node)) return node.map((item) => inline(document, item))
  if (!isObject(node)) return node
  const ref = node.$ref
  if (typeof ref === 'string') {
    const target = ref
      .slice(2)
      .split('/')
      .reduce<Json | undefined>((at, part) => (isObject(at) ? at[part] : undefined), document)
    if (target === undefined) throw new Error(`unresolved ${ref}`)
    return inline(document, target)
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, inline(document, v)]))
}

/** The seed's OpenAPI 3.0-style `nullable: true`, written the OpenAPI 3.1 way. */
function to31(node: Json): Json {
  if (Array.isArray(node)) return node.map(to31)
  if (!isObject(node)) return node
  const { nullable, ...rest } = node
  const out = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, to31(v)]))
  if (nullable !== true) return out
  if (typeof out.type === 'string') return { ...out, type: [out.type, 'null'] }
  // `{ nullable: true }` alone: any value, null included.
  return Object.keys(out).length === 0 ? true : out
}

describe('spec/openapi.yaml against the seed', () => {
  test('GET /keys is the seed operation, every $ref resolved, after the documented rewrites', () => {
    const ours = inline(spec, spec.paths['/keys'].get) as JsonObject
    const theirs = to31(inline(seed, seed.paths['/keys'].get)) as JsonObject
    expect(theirs.operationId).toBe('list')
    expect(ours.operationId).toBe('listApiKeys')
    expect({ ...ours, operationId: 'list' }).toEqual(theirs)
  })

  test.each(['openapi', 'info', 'servers', 'security', 'tags', 'externalDocs'])(
    'top-level %s is unchanged',
    (field) => {
      expect(spec[field]).toEqual(seed[field])
    },
  )

  test('the security scheme and the error schemas are unchanged', () => {
    expect(spec.components.securitySchemes).toEqual(seed.components.securitySchemes)
    for (const [name, schema] of Object.entries(seed.components.schemas as JsonObject)) {
      expect(inline(spec, spec.components.schemas[name])).toEqual(to31(inline(seed, schema)))
    }
  })

  test('the comparison sees a lost field (it can fail)', () => {
    const theirs = to31(inline(seed, seed.paths['/keys'].get)) as JsonObject
    const ours = structuredClone(inline(spec, spec.paths['/keys'].get)) as JsonObject
    const apiKey = (ours.responses as JsonObject)['200'] as JsonObject
    const schema = ((apiKey.content as JsonObject)['application/json'] as JsonObject)
      .schema as JsonObject
    const items = ((schema.properties as JsonObject).data as JsonObject).items as JsonObject
    delete (items.properties as JsonObject).label
    expect({ ...ours, operationId: 'list' }).not.toEqual(theirs)
  })
})
