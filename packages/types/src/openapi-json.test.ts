import { createRequire } from 'node:module'
import { describe, expect, test } from 'vitest'

// Read through the package's own export map, as a consumer would.
const require = createRequire(import.meta.url)

describe('@openrouter-kit/types/openapi.json', () => {
  const document = require('@openrouter-kit/types/openapi.json')

  test('is the bundled OpenAPI 3.1 document with the listApiKeys operation', () => {
    expect(document.openapi).toBe('3.1.0')
    expect(document.paths['/keys'].get.operationId).toBe('listApiKeys')
  })

  test('keeps the seed constraints the generated types rely on', () => {
    const params = Object.fromEntries(
      document.paths['/keys'].get.parameters.map((p: { name: string; schema: unknown }) => [
        p.name,
        p.schema,
      ]),
    )
    expect(params.include_disabled).toMatchObject({
      type: 'string',
      'x-openrouter-type': 'boolean',
    })
    expect(params.offset).toMatchObject({ minimum: 0, type: ['integer', 'null'] })
    expect(params.workspace_id).toMatchObject({ format: 'uuid', type: 'string' })
    const apiKey = document.components.schemas.ApiKey
    expect(apiKey.required).toHaveLength(20)
    expect(apiKey.required).not.toContain('expires_at')
    expect(apiKey.properties.limit.type).toEqual(['number', 'null'])
  })
})
