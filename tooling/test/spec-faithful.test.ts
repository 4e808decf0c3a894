// spec/openapi.yaml (made by `pnpm spec:import` from OpenRouter's published description) must
// stay faithful to the seed page the first release was built from (spec/seed/list-api-keys.txt,
// OpenRouter's "List API keys" page). Every $ref is resolved on both sides and the seed's 3.0
// `nullable: true` is written the 3.1 way; after that, GET /keys and the document around it must
// be equal except for the differences listed in ALLOWANCES, each named and each required to still
// apply, so an unexpected difference (a field lost, a constraint changed) fails.
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

/** Replaces every local `$ref` with a copy of its target (siblings such as `description` win). */
function inline(document: JsonObject, node: Json): Json {
  if (Array.isArray(node)) return node.map((item) => inline(document, item))
  if (!isObject(node)) return node
  const { $ref: ref, ...siblings } = node
  if (typeof ref === 'string') {
    const target = ref
      .slice(2)
      .split('/')
      .reduce<Json | undefined>((at, part) => (isObject(at) ? at[part] : undefined), document)
    if (target === undefined) throw new Error(`unresolved ${ref}`)
    return {
      ...(inline(document, target) as JsonObject),
      ...(inline(document, siblings) as JsonObject),
    }
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

/**
 * Where upstream (through the import) differs from the seed page. Each entry undoes one
 * difference on our side, and throws when that difference is gone, so the list stays exact.
 */
const OPERATION_ALLOWANCES: Record<string, (ours: JsonObject) => void> = {
  'upstream declares a 400 response (invalid request parameters) that the seed page lacks': (
    ours,
  ) => {
    const responses = ours.responses as JsonObject
    expect(responses['400']).toBeDefined()
    delete responses['400']
  },
  'the operationId is ours: listApiKeys (the seed says list)': (ours) => {
    expect(ours.operationId).toBe('listApiKeys')
    ours.operationId = 'list'
  },
}

const seedOperation = () => to31(inline(seed, seed.paths['/keys'].get)) as JsonObject
const ourOperation = () => structuredClone(inline(spec, spec.paths['/keys'].get)) as JsonObject

function withAllowances(ours: JsonObject): JsonObject {
  for (const undo of Object.values(OPERATION_ALLOWANCES)) undo(ours)
  return ours
}

describe('spec/openapi.yaml against the seed', () => {
  test('GET /keys is the seed operation, every $ref resolved, after the named allowances', () => {
    expect(withAllowances(ourOperation())).toEqual(seedOperation())
  })

  test.each(['openapi', 'info', 'security', 'externalDocs'])(
    'top-level %s is unchanged',
    (field) => {
      expect(spec[field]).toEqual(seed[field])
    },
  )

  test('servers: unchanged but for x-speakeasy-server-id (a hint for another generator, dropped)', () => {
    const seedServers = seed.servers.map(
      ({ 'x-speakeasy-server-id': hint, ...server }: JsonObject) => {
        expect(hint).toBeDefined()
        return server
      },
    )
    expect(spec.servers).toEqual(seedServers)
  })

  test('tags: only those our operations use, each exactly as the seed declares it', () => {
    const used = new Set(
      Object.values(spec.paths as JsonObject).flatMap((item) =>
        Object.values(item as JsonObject).flatMap((operation) => (operation as JsonObject).tags),
      ),
    )
    expect(spec.tags.map((tag: JsonObject) => tag.name).sort()).toEqual([...used].sort())
    for (const tag of spec.tags) {
      const declared = seed.tags.find((seedTag: JsonObject) => seedTag.name === tag.name)
      // A tag the seed page does not know comes from upstream's newer list.
      if (declared) expect(tag).toEqual(declared)
    }
    expect(spec.tags).toContainEqual(seed.tags.find((tag: JsonObject) => tag.name === 'API Keys'))
  })

  test('the security scheme and the error schemas are unchanged', () => {
    expect(spec.components.securitySchemes).toEqual(seed.components.securitySchemes)
    for (const [name, schema] of Object.entries(seed.components.schemas as JsonObject)) {
      expect(inline(spec, spec.components.schemas[name])).toEqual(to31(inline(seed, schema)))
    }
  })

  test('the comparison sees a lost field (it can fail)', () => {
    const ours = withAllowances(ourOperation())
    const ok = ours.responses as JsonObject
    const schema = (
      ((ok['200'] as JsonObject).content as JsonObject)['application/json'] as JsonObject
    ).schema as JsonObject
    const items = ((schema.properties as JsonObject).data as JsonObject).items as JsonObject
    delete (items.properties as JsonObject).label
    expect(ours).not.toEqual(seedOperation())
  })

  test('an allowance that no longer applies fails (the list stays exact)', () => {
    const ours = ourOperation()
    delete (ours.responses as JsonObject)['400']
    expect(() => withAllowances(ours)).toThrow()
  })
})
