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
