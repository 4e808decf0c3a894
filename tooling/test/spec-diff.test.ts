import { execFileSync, spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parse, stringify } from 'yaml'
import { diffSpecs } from '../../scripts/lib/spec-diff.mjs'
import { repoRoot, type Scratch, scratchCopy, workspaceManifestPaths } from './scratch'

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document edited freely by each case
type Spec = any

const base: Spec = parse(readFileSync(join(repoRoot, 'spec/openapi.yaml'), 'utf8'))

function edited(edit: (spec: Spec) => void, from: Spec = base): Spec {
  const copy = structuredClone(from)
  edit(copy)
  return copy
}

const apiKey = (spec: Spec) => spec.components.schemas.ApiKey
const parameter = (spec: Spec, name: string) =>
  spec.paths['/keys'].get.parameters.find((p: { name: string }) => p.name === name)
const messages = (diff: ReturnType<typeof diffSpecs>) =>
  diff.changes.map(
    (c: { level: string; where: string; message: string }) => `${c.level} ${c.where}: ${c.message}`,
  )

describe('breaking changes (major)', () => {
  test('a response field removed', () => {
    const diff = diffSpecs(
      base,
      edited((spec) => {
        delete apiKey(spec).properties.label
        apiKey(spec).required = apiKey(spec).required.filter((n: string) => n !== 'label')
        delete apiKey(spec).example.label
        delete spec.components.schemas.ListApiKeysResponse.example.data[0].label
        delete spec.paths['/keys'].get.responses['200'].content['application/json'].example.data[0]
          .label
      }),
    )
    expect(diff.level).toBe('major')
    expect(diff.kind).toBe('breaking')
    expect(messages(diff)).toContain(
      'major GET /keys 200 application/json.data[].label: response field removed',
    )
  })

  test('a response field made nullable', () => {
    const diff = diffSpecs(
      base,
      edited((spec) => {
        apiKey(spec).properties.name.type = ['string', 'null']
      }),
    )
    expect(diff.level).toBe('major')
    expect(messages(diff).join('\n')).toMatch(
      /major GET \/keys 200 application\/json\.data\[\]\.name: type "string" -> \["string","null"\]: made nullable/,
    )
  })

  test('a query parameter made required', () => {
    const diff = diffSpecs(
      base,
      edited((spec) => {
        parameter(spec, 'workspace_id').required = true
      }),
    )
    expect(diff.level).toBe('major')
    expect(messages(diff)).toEqual([
      'major GET /keys: query parameter workspace_id is now required',
    ])
  })

  test('a query parameter enum narrowed', () => {
    const withEnum = edited((spec) => {
      parameter(spec, 'include_disabled').schema.enum = ['true', 'false']
    })
    const diff = diffSpecs(
      withEnum,
      edited((spec) => {
        parameter(spec, 'include_disabled').schema.enum = ['true']
      }, withEnum),
    )
    expect(diff.level).toBe('major')
    expect(messages(diff)).toEqual([
      'major GET /keys query parameter include_disabled: enum narrowed: "false" removed',
    ])
  })

  test('a response enum narrowed (code comparing with the removed value stops compiling)', () => {
    const withEnum = edited((spec) => {
      apiKey(spec).properties.limit_reset.enum = ['daily', 'weekly', 'monthly', null]
    })
    const diff = diffSpecs(
      withEnum,
      edited((spec) => {
        apiKey(spec).properties.limit_reset.enum = ['daily', 'monthly', null]
      }, withEnum),
    )
    expect(diff.level).toBe('major')
    expect(messages(diff).join('\n')).toContain('limit_reset: enum narrowed: "weekly" removed')
  })

  test('an operation removed, and a change the walker does not analyse, are breaking', () => {
    expect(
      diffSpecs(
        base,
        edited((spec) => delete spec.paths['/keys']),
      ).level,
    ).toBe('major')
    const diff = diffSpecs(
      base,
      edited((spec) => {
        apiKey(spec).properties.name.oneOf = [{ type: 'string' }]
      }),
    )
    expect(diff.level).toBe('major')
    expect(messages(diff).join('\n')).toContain('oneOf changed (not analysed in detail')
  })
})

describe('additive changes (minor)', () => {
  test('a new optional query parameter', () => {
    const diff = diffSpecs(
      base,
      edited((spec) => {
        spec.paths['/keys'].get.parameters.push({
          name: 'limit',
          in: 'query',
          required: false,
          description: 'Page size',
          schema: { type: 'integer', minimum: 1 },
        })
      }),
    )
    expect(diff.level).toBe('minor')
    expect(diff.kind).toBe('additive')
    expect(messages(diff)).toEqual(['minor GET /keys: new optional query parameter limit'])
  })

  test('a new response field', () => {
    const diff = diffSpecs(
      base,
      edited((spec) => {
        apiKey(spec).properties.rotated_at = { type: ['string', 'null'], description: 'Rotated' }
      }),
    )
    expect(diff.level).toBe('minor')
    expect(messages(diff)).toEqual([
      'minor GET /keys 200 application/json.data[].rotated_at: new response field',
    ])
  })

  test('a new endpoint', () => {
    const diff = diffSpecs(
      base,
      edited((spec) => {
        spec.paths['/keys/{hash}/audit'] = {
          get: {
            operationId: 'getApiKeyAudit',
            summary: 'Get an API key',
            parameters: [{ name: 'hash', in: 'path', required: true, schema: { type: 'string' } }],
            responses: {
              '200': {
                description: 'The key',
                content: {
                  'application/json': { schema: { $ref: '#/components/schemas/ApiKey' } },
                },
              },
            },
          },
        }
      }),
    )
    expect(diff.level).toBe('minor')
    expect(messages(diff)).toEqual(['minor GET /keys/{hash}/audit: new operation'])
  })
})

describe('documentation changes (patch)', () => {
  test('a description changed', () => {
    const diff = diffSpecs(
      base,
      edited((spec) => {
        apiKey(spec).properties.usage.description = 'Total credit usage in USD'
      }),
    )
    expect(diff.level).toBe('patch')
    expect(diff.kind).toBe('docs only')
    expect(messages(diff)).toEqual([
      'patch GET /keys 200 application/json.data[].usage: description changed',
    ])
  })

  test('an identical document is no change', () => {
    expect(diffSpecs(base, structuredClone(base))).toEqual({
      level: 'none',
      kind: 'no change',
      changes: [],
    })
  })

  test('the biggest change wins when several are mixed', () => {
    const diff = diffSpecs(
      base,
      edited((spec) => {
        apiKey(spec).properties.usage.description = 'Changed'
        apiKey(spec).properties.rotated_at = { type: 'string' }
        parameter(spec, 'offset').required = true
      }),
    )
    expect(diff.level).toBe('major')
    expect(diff.changes.map((c: { level: string }) => c.level)).toEqual(['major', 'minor', 'patch'])
  })
})

const schema = (spec: Spec, name: string) => spec.components.schemas[name]
const createRequest = (spec: Spec) => schema(spec, 'CreateApiKeyRequest')
const levels = (diff: ReturnType<typeof diffSpecs>) =>
  [...new Set(diff.changes.map((c: { level: string }) => c.level))].sort()

describe('request bodies', () => {
  test('a new optional field is minor; a new required field, or a field removed, is major', () => {
    const optional = diffSpecs(
      base,
      edited((spec) => {
        createRequest(spec).properties.rotate_after = { type: 'string', format: 'date-time' }
      }),
    )
    expect(optional.level).toBe('minor')
    expect(messages(optional)).toEqual([
      'minor POST /keys request body application/json.rotate_after: new optional request field',
    ])

    const required = diffSpecs(
      base,
      edited((spec) => {
        createRequest(spec).properties.owner = { type: 'string' }
        createRequest(spec).required.push('owner')
      }),
    )
    expect(messages(required)).toEqual([
      'major POST /keys request body application/json.owner: new required request field',
    ])

    const removed = diffSpecs(
      base,
      edited((spec) => {
        delete createRequest(spec).properties.workspace_id
        delete createRequest(spec).example.workspace_id
      }),
    )
    expect(messages(removed)).toEqual([
      'major POST /keys request body application/json.workspace_id: request field removed',
    ])
  })

  test('a field type narrowed is major, widened is minor', () => {
    const narrowed = diffSpecs(
      base,
      edited((spec) => {
        createRequest(spec).properties.limit.type = 'number'
      }),
    )
    expect(messages(narrowed)).toEqual([
      'major POST /keys request body application/json.limit: type ["number","null"] -> "number": no longer accepts null',
    ])
    const widened = diffSpecs(
      base,
      edited((spec) => {
        createRequest(spec).properties.name.type = ['string', 'null']
      }),
    )
    expect(messages(widened)).toEqual([
      'minor POST /keys request body application/json.name: type "string" -> ["string","null"]: now also accepts null',
    ])
  })

  test('a request enum narrowed is major, widened is minor', () => {
    const limitReset = (spec: Spec) => createRequest(spec).properties.limit_reset
    const narrowed = diffSpecs(
      base,
      edited((spec) => {
        limitReset(spec).enum = ['daily', 'monthly', null]
      }),
    )
    expect(messages(narrowed)).toEqual([
      'major POST /keys request body application/json.limit_reset: enum narrowed: "weekly" removed',
    ])
    const widened = diffSpecs(
      base,
      edited((spec) => {
        limitReset(spec).enum.splice(3, 0, 'yearly')
      }),
    )
    expect(messages(widened)).toEqual([
      'minor POST /keys request body application/json.limit_reset: enum widened: "yearly" added',
    ])
  })

  test('a body made optional is minor, made required is major', () => {
    const optional = edited((spec) => {
      spec.paths['/keys'].post.requestBody.required = false
    })
    expect(messages(diffSpecs(base, optional))).toEqual([
      'minor POST /keys: request body is now optional',
    ])
    expect(messages(diffSpecs(optional, base))).toEqual([
      'major POST /keys: request body is now required',
    ])
  })
})

describe('path parameters', () => {
  const hash = (spec: Spec) => spec.paths['/keys/{hash}'].get.parameters[0]

  test('a constraint added to a path parameter is major; its description is patch', () => {
    const constrained = diffSpecs(
      base,
      edited((spec) => {
        hash(spec).schema.pattern = '^[0-9a-f]{64}$'
      }),
    )
    expect(messages(constrained)).toEqual([
      'major GET /keys/{hash} path parameter hash: pattern (none) -> "^[0-9a-f]{64}$"',
    ])
    const described = diffSpecs(
      base,
      edited((spec) => {
        hash(spec).description = 'The key hash'
      }),
    )
    expect(messages(described)).toEqual([
      'patch GET /keys/{hash} path parameter hash: description changed',
    ])
  })

  test('a path parameter renamed is major, reported as the same operation', () => {
    const renamed = edited((spec) => {
      spec.paths['/keys/{key_hash}'] = spec.paths['/keys/{hash}']
      delete spec.paths['/keys/{hash}']
      for (const operation of Object.values(spec.paths['/keys/{key_hash}']) as Spec[]) {
        operation.parameters[0].name = 'key_hash'
      }
    })
    const diff = diffSpecs(base, renamed)
    expect(diff.level).toBe('major')
    expect(messages(diff)).toContain(
      'major GET /keys/{hash}: path template changed to /keys/{key_hash} (a path parameter renamed)',
    )
    expect(messages(diff)).toContain('major GET /keys/{hash}: path parameter hash removed')
    expect(messages(diff)).toContain('major GET /keys/{hash}: new required path parameter key_hash')
    expect(messages(diff).join('\n')).not.toContain('operation removed')
  })
})

describe('success responses (201 and other 2xx)', () => {
  const created = (spec: Spec) => schema(spec, 'CreateApiKeyResponse')

  test('a 201 body gains a field (minor) or loses one (major)', () => {
    const gained = diffSpecs(
      base,
      edited((spec) => {
        created(spec).properties.warning = { type: 'string' }
      }),
    )
    expect(messages(gained)).toEqual([
      'minor POST /keys 201 application/json.warning: new response field',
    ])
    const lost = diffSpecs(
      base,
      edited((spec) => {
        delete created(spec).properties.key
        created(spec).required = ['data']
      }),
    )
    expect(lost.level).toBe('major')
    expect(messages(lost)).toContain(
      'major POST /keys 201 application/json.key: response field removed',
    )
  })

  test('the success status moved (201 -> 200) is major; the body is still compared', () => {
    const moved = edited((spec) => {
      const responses = spec.paths['/keys'].post.responses
      responses['200'] = responses['201']
      delete responses['201']
      created(spec).properties.warning = { type: 'string' }
    })
    expect(messages(diffSpecs(base, moved))).toEqual([
      'major POST /keys: success status 201 -> 200 (the status the generated client expects)',
      'minor POST /keys 200 application/json.warning: new response field',
    ])
  })

  test('another success response beside the first is major', () => {
    const diff = diffSpecs(
      base,
      edited((spec) => {
        spec.paths['/keys'].post.responses['202'] = { description: 'Accepted, created later' }
      }),
    )
    expect(messages(diff)).toEqual([
      'major POST /keys: new success response 202: code reading the result must handle another body',
    ])
  })

  test('a response enum widened is major', () => {
    const withEnum = edited((spec) => {
      apiKey(spec).properties.limit_reset.enum = ['daily', 'weekly', 'monthly', null]
    })
    const diff = diffSpecs(
      withEnum,
      edited((spec) => {
        apiKey(spec).properties.limit_reset.enum.push('yearly')
      }, withEnum),
    )
    expect(messages(diff)).toEqual([
      'major GET /keys 200 application/json.data[].limit_reset: enum widened: "yearly" added, code reading it must handle the new value',
    ])
  })
})

describe('error responses described another way', () => {
  const errorBody = (description: string) => ({
    description,
    content: {
      'application/json': { schema: { $ref: '#/components/schemas/InternalServerResponse' } },
    },
  })
  const withErrors = (responses: Record<string, unknown>) =>
    edited((spec) => {
      const operation = spec.paths['/credits'].get
      operation.responses = { '200': operation.responses['200'], ...responses }
    })
  const withDefault = withErrors({ default: errorBody('Error') })

  test('a `default` split into 4XX and 5XX is not breaking', () => {
    const diff = diffSpecs(
      withDefault,
      withErrors({ '4XX': errorBody('Client error'), '5XX': errorBody('Server error') }),
    )
    expect(diff.level).toBe('minor')
    expect(messages(diff)).toEqual([
      'minor GET /credits: error response default split into 4XX, 5XX',
      'patch GET /credits 4XX: response description changed',
      'patch GET /credits 5XX: response description changed',
    ])
  })

  test('a `default` split into explicit codes is not breaking; their bodies are compared with it', () => {
    const diff = diffSpecs(
      withDefault,
      edited((spec) => {
        const operation = spec.paths['/credits'].get
        operation.responses = {
          '200': operation.responses['200'],
          '401': { $ref: '#/components/responses/Unauthorized' },
          '500': errorBody('Error'),
        }
      }),
    )
    expect(diff.level).toBe('minor')
    expect(messages(diff)).toContain(
      'minor GET /credits: error response default split into 401, 500',
    )
    // The 401 body differs from the default's only in its descriptions and examples.
    expect(levels(diff)).toEqual(['minor', 'patch'])
  })

  test('codes folded into a range are not breaking; an error no status covers any more is', () => {
    const folded = diffSpecs(
      base,
      withErrors({ '4XX': errorBody('Client error'), '500': errorBody('Error') }),
    )
    expect(folded.level).toBe('minor')
    expect(messages(folded)).toContain(
      'minor GET /credits: error response 401 now described by 4XX',
    )
    expect(messages(folded)).toContain(
      'minor GET /credits: error response 403 now described by 4XX',
    )

    const removed = diffSpecs(base, withErrors({ '500': errorBody('Error') }))
    expect(removed.level).toBe('major')
    expect(messages(removed)).toContain('major GET /credits: response 401 removed')
  })

  test('a new error response is minor', () => {
    const diff = diffSpecs(
      base,
      edited((spec) => {
        spec.paths['/credits'].get.responses['429'] = {
          $ref: '#/components/responses/TooManyRequests',
        }
      }),
    )
    expect(messages(diff)).toEqual(['minor GET /credits: new error response 429'])
  })
})

describe('security', () => {
  const renameScheme = (spec: Spec, from: string, to: string) => {
    const schemes = spec.components.securitySchemes
    schemes[to] = schemes[from]
    delete schemes[from]
    spec.security = [{ [to]: [] }]
  }

  test('a scheme renamed while the credential stays the same is docs only', () => {
    const diff = diffSpecs(
      base,
      edited((spec) => {
        renameScheme(spec, 'apiKey', 'bearer')
        spec.components.securitySchemes.bearer.scheme = 'Bearer'
        spec.components.securitySchemes.bearer.description = 'A management key as a bearer token'
      }),
    )
    expect(diff.level).toBe('patch')
    expect(messages(diff)).toEqual([
      'patch components.securitySchemes.apiKey: renamed to bearer (same credential)',
      'patch security: security requirement names [["apiKey"]] -> [["bearer"]] (same credential)',
    ])
  })

  test('an operation that names the same credential under another scheme is docs only', () => {
    const diff = diffSpecs(
      base,
      edited((spec) => {
        spec.components.securitySchemes.bearer = { ...spec.components.securitySchemes.apiKey }
        spec.paths['/keys'].get.security = [{ bearer: [] }]
      }),
    )
    expect(levels(diff)).toEqual(['patch'])
    expect(messages(diff)).toContain(
      'patch GET /keys: security requirement names [["apiKey"]] -> [["bearer"]] (same credential)',
    )
  })

  test('authentication made optional is minor; made required is major', () => {
    const anonymous = edited((spec) => {
      spec.paths['/keys'].get.security = [{ apiKey: [] }, {}]
    })
    expect(messages(diffSpecs(base, anonymous))).toEqual([
      'minor GET /keys: authentication now optional',
    ])
    expect(messages(diffSpecs(anonymous, base))).toEqual([
      'major GET /keys: authentication now required',
    ])
  })

  test('another credential is major', () => {
    const diff = diffSpecs(
      base,
      edited((spec) => {
        spec.components.securitySchemes.apiKey = { type: 'apiKey', in: 'header', name: 'X-API-Key' }
      }),
    )
    expect(diff.level).toBe('major')
    expect(messages(diff)).toContain(
      'major components.securitySchemes.apiKey: the credential this scheme sends changed',
    )
    expect(messages(diff)).toContain(
      'major security: security requirements changed: a credential that was enough no longer is',
    )
  })
})

describe('vendor extensions', () => {
  test('x-speakeasy-* and other hints for other tools, added or removed, are docs only', () => {
    const withHints = edited((spec) => {
      spec.paths['/keys'].get['x-speakeasy-name-override'] = 'list'
      spec.paths['/keys'].get.parameters[1]['x-speakeasy-ignore'] = true
      apiKey(spec)['x-speakeasy-entity'] = 'ApiKey'
      spec['x-retry-strategy'] = { backoff: { initialInterval: 500 } }
    })
    const added = diffSpecs(base, withHints)
    expect(added.level).toBe('patch')
    expect(messages(added)).toEqual([
      'patch GET /keys query parameter offset: vendor extension x-speakeasy-ignore added (a hint for other tools)',
      'patch GET /keys 200 application/json.data[]: vendor extension x-speakeasy-entity added (a hint for other tools)',
      'patch GET /keys: vendor extension x-speakeasy-name-override added (a hint for other tools)',
      'patch (document): vendor extension x-retry-strategy added (a hint for other tools)',
    ])
    expect(diffSpecs(withHints, base).level).toBe('patch')
  })

  test('an extension our generators read (x-openrouter-type) changed is major', () => {
    const diff = diffSpecs(
      base,
      edited((spec) => {
        delete parameter(spec, 'include_disabled').schema['x-openrouter-type']
      }),
    )
    expect(messages(diff)).toEqual([
      'major GET /keys query parameter include_disabled: x-openrouter-type changed (read by our generators; not analysed in detail, treated as breaking)',
    ])
  })
})

describe('what spec-diff does not analyse is breaking', () => {
  test('an operation-level keyword it does not know (callbacks)', () => {
    const diff = diffSpecs(
      base,
      edited((spec) => {
        spec.paths['/keys'].post.callbacks = { created: { '{$request.body#/url}': {} } }
      }),
    )
    expect(messages(diff)).toEqual([
      'major POST /keys: callbacks changed (not analysed in detail, treated as breaking)',
    ])
  })

  test('additionalProperties {} and true mean the same: only the spelling changed', () => {
    const empty = edited((spec) => {
      schema(spec, 'BadRequestResponse').properties.openrouter_metadata.additionalProperties = {}
    })
    expect(messages(diffSpecs(base, empty))).toEqual([
      'patch (document): changes outside the API surface (metadata, formatting of values)',
    ])
  })
})

describe('pnpm spec:diff on a git checkout', () => {
  let repo: Scratch
  const specDiff = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/spec-diff.mjs', ...args], {
      cwd: repo.dir,
      encoding: 'utf8',
    })

  beforeAll(() => {
    repo = scratchCopy(['spec', 'scripts', '.gitignore', ...workspaceManifestPaths()], {
      git: true,
    })
  })
  afterAll(() => repo?.remove())

  test('compares the working tree with HEAD, or with a given ref', () => {
    expect(specDiff().stdout).toBe('spec/openapi.yaml: HEAD -> working tree: no change\n')

    const spec = parse(readFileSync(repo.path('spec/openapi.yaml'), 'utf8'))
    parameter(spec, 'workspace_id').required = true
    writeFileSync(repo.path('spec/openapi.yaml'), stringify(spec))
    const result = specDiff()
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(
      'spec/openapi.yaml: HEAD -> working tree: breaking (major)\n' +
        '  major  GET /keys: query parameter workspace_id is now required\n',
    )

    repo.git('commit', '-q', '-am', 'require workspace_id')
    expect(specDiff().stdout).toContain('no change')
    const json = JSON.parse(specDiff('HEAD~1', '--json').stdout)
    expect(json).toMatchObject({ ref: 'HEAD~1', level: 'major', kind: 'breaking' })
  })

  test('fails clearly on an unknown ref', () => {
    const result = specDiff('no-such-ref')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Cannot read spec/openapi.yaml at git ref "no-such-ref"')
  })

  test('--changeset bumps types and every published dependent, and changesets applies it', () => {
    const result = specDiff('HEAD~1', '--changeset')
    expect(result.status).toBe(0)
    const written = readdirSync(repo.path('.changeset')).filter((f) => f.startsWith('spec-'))
    expect(written).toHaveLength(1)
    const body = readFileSync(repo.path('.changeset', written[0] ?? ''), 'utf8')
    const frontmatter = parse(body.split('---')[1] ?? '')
    expect(frontmatter).toEqual({
      '@openrouter-kit/types': 'major',
      '@openrouter-kit/client': 'major',
      '@openrouter-kit/mock': 'major',
      '@openrouter-kit/react': 'major',
      '@openrouter-kit/cli': 'major',
    })
    expect(body).toContain('- GET /keys: query parameter workspace_id is now required')

    execFileSync(join(repo.dir, 'node_modules/.bin/changeset'), ['version'], { cwd: repo.dir })
    const version = (dir: string) =>
      JSON.parse(readFileSync(repo.path(dir, 'package.json'), 'utf8')).version
    expect(version('packages/types')).toBe('1.0.0')
    expect(version('packages/cli')).toBe('1.0.0')
    expect(readFileSync(repo.path('packages/client/CHANGELOG.md'), 'utf8')).toContain(
      '### Major Changes',
    )
  })
})
