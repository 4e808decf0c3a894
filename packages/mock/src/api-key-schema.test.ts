import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import {
  API_KEY_REFINEMENTS,
  API_KEY_SCHEMA,
  apiKeyProblem,
  refineSchema,
  SPEC_API_KEY_SCHEMA,
} from './api-key-schema'
import { createMockServer } from './index'
import {
  CHECKED_FORMATS,
  CHECKED_KEYWORDS,
  type JsonSchema,
  type JsonType,
  NUMERIC_FORMATS,
} from './json-schema'

// The spec as a user's install has it, read independently of the import in api-key-schema.ts.
const spec = createRequire(import.meta.url)('@openrouter-kit/types/openapi.json')
const specApiKey = spec.components.schemas.ApiKey as JsonSchema & { example: unknown }

/** Keywords that only document; anything else in the spec must be one the checker enforces. */
const ANNOTATIONS = ['description', 'example', 'examples', 'title', 'default', 'deprecated']

describe('the ApiKey schema the mock checks', () => {
  it('is the bundled spec: the same fields, types and required list', () => {
    expect(SPEC_API_KEY_SCHEMA).toEqual(specApiKey)
    expect(Object.keys(API_KEY_SCHEMA.properties ?? {})).toEqual(
      Object.keys(specApiKey.properties ?? {}),
    )
    expect(API_KEY_SCHEMA.required).toEqual(specApiKey.required)
    for (const [name, property] of Object.entries(specApiKey.properties ?? {})) {
      expect(API_KEY_SCHEMA.properties?.[name]?.type, name).toEqual(property.type)
    }
  })

  it('uses only keywords and formats the checker enforces', () => {
    const known = [...CHECKED_KEYWORDS, ...ANNOTATIONS] as string[]
    const formats = [...CHECKED_FORMATS, ...NUMERIC_FORMATS] as string[]
    for (const schema of [specApiKey, ...Object.values(specApiKey.properties ?? {})]) {
      for (const keyword of Object.keys(schema)) {
        if (keyword.startsWith('x-')) continue
        expect(known, `keyword "${keyword}"`).toContain(keyword)
      }
      if (schema.format !== undefined) expect(formats).toContain(schema.format)
    }
  })

  it('refines only fields the spec has, and only with a keyword that fits their type', () => {
    for (const [name, refinement] of Object.entries(API_KEY_REFINEMENTS)) {
      const property = specApiKey.properties?.[name]
      expect(property, `refinement for "${name}"`).toBeDefined()
      const types = [property?.type].flat() as JsonType[]
      if (refinement.format !== undefined || refinement.minLength !== undefined) {
        expect(types).toContain('string')
      }
      if (refinement.minimum !== undefined) expect(types).toContain('number')
    }
  })

  it('checks a field added to the schema with no other change', () => {
    const key = structuredClone(specApiKey.example) as Record<string, unknown>
    const grown: JsonSchema = refineSchema(
      {
        ...SPEC_API_KEY_SCHEMA,
        required: [...(SPEC_API_KEY_SCHEMA.required ?? []), 'rotation_due_at'],
        properties: {
          ...SPEC_API_KEY_SCHEMA.properties,
          rotation_due_at: { type: ['string', 'null'], format: 'date-time' },
        },
      },
      API_KEY_REFINEMENTS,
    )
    expect(apiKeyProblem(key, '', grown)).toBe(
      'rotation_due_at is missing: expected an ISO 8601 date-time string or null',
    )
    expect(apiKeyProblem({ ...key, rotation_due_at: 'soon' }, '', grown)).toBe(
      'rotation_due_at must be an ISO 8601 date-time string or null, got "soon"',
    )
    expect(apiKeyProblem({ ...key, rotation_due_at: null }, '', grown)).toBeUndefined()
  })

  it('passes the spec example and every generated key', () => {
    expect(apiKeyProblem(specApiKey.example, '')).toBeUndefined()
    const mock = createMockServer({ seed: 500, randomSeed: 99 })
    const keys = mock.listKeys({ includeDisabled: true })
    keys.push(mock.addKey())
    for (const [index, key] of keys.entries()) {
      expect(apiKeyProblem(key, `keys[${index}]`)).toBeUndefined()
    }
  })
})
