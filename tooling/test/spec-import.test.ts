// `pnpm spec:import` against upstream files other than today's: the hand-made variants in
// tooling/fixtures/upstream/ (an older 3.0-style file, a newer one with a field more, one without
// an operation, one that factors its components another way, one with reworded descriptions),
// each classified by spec:diff. Most cases run the import in-process; the CLI is spawned only
// for what only the CLI does (exit codes, stderr, writing the file, `--check`).
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from 'js-yaml'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { diffSpecs } from '../../scripts/lib/spec-diff.mjs'
import { importSpec, serialise } from '../../scripts/lib/spec-import/index.mjs'
import { cutToOperations } from '../fixtures/upstream/make-fixtures.mjs'
import { repoRoot, type Scratch, scratchCopy, workspaceManifestPaths } from './scratch'

// biome-ignore lint/suspicious/noExplicitAny: parsed OpenAPI documents, read freely by each case
type Json = any

const UPSTREAM = 'spec/upstream/openrouter.yaml'
const FIXTURES = 'tooling/fixtures/upstream'
const readText = (path: string) => readFileSync(join(repoRoot, path), 'utf8')
const config = load(readText('spec/import.yaml')) as Json

interface Imported {
  document: Json
  warnings: string[]
  dropped: string[]
  /** spec/openapi.yaml's text without the header that records the inputs' hashes. */
  text: string
}

async function importDocument(upstream: Json, options = {}): Promise<Imported> {
  const result = await importSpec(structuredClone(upstream), config, options)
  return { ...result, text: serialise(result.document, []) }
}
const fixture = (name: string): Json => load(readText(`${FIXTURES}/${name}`))
const importFixture = (name: string, options = {}) => importDocument(fixture(name), options)

const messages = (diff: ReturnType<typeof diffSpecs>) =>
  diff.changes.map((change) => `${change.level} ${change.where}: ${change.message}`)
const componentNames = (document: Json) => ({
  schemas: Object.keys(document.components.schemas).sort(),
  responses: Object.keys(document.components.responses).sort(),
})

let base: Imported
beforeAll(async () => {
  base = await importFixture('base.yaml')
})

describe('the vendored upstream file', () => {
  let upstream: Json
  let whole: Imported
  beforeAll(async () => {
    upstream = load(readText(UPSTREAM))
    whole = await importDocument(upstream)
  })

  test('is the file SOURCE.md records (sha256 and size)', () => {
    const bytes = readFileSync(join(repoRoot, UPSTREAM))
    const recorded = /sha256: ([0-9a-f]{64}), ([\d,]+) bytes/.exec(
      readText('spec/upstream/SOURCE.md'),
    )
    expect(recorded).not.toBeNull()
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(recorded?.[1])
    expect(bytes.length).toBe(Number(recorded?.[2]?.replaceAll(',', '')))
  })

  test('imports with no warning and nothing dropped', () => {
    expect(whole.warnings).toEqual([])
    expect(whole.dropped).toEqual([])
  })

  test('the same input twice gives the same bytes; so does the same input with keys reordered', async () => {
    expect((await importDocument(upstream)).text).toBe(whole.text)
    const reversed = (node: Json): Json =>
      Array.isArray(node)
        ? node.map(reversed)
        : node !== null && typeof node === 'object'
          ? Object.fromEntries(
              Object.entries(node)
                .reverse()
                .map(([key, value]) => [key, reversed(value)]),
            )
          : node
    expect((await importDocument(reversed(upstream))).text).toBe(whole.text)
  })

  test('cut to the paths we take and the schemas they reference, it gives the same output', async () => {
    const partial = cutToOperations(upstream, Object.keys(config.operations))
    expect(Object.keys(partial.paths).length).toBeLessThan(Object.keys(upstream.paths).length / 5)
    expect((await importDocument(partial)).text).toBe(whole.text)
  })
})

describe('hand-made variants of the upstream file', () => {
  test('base: the partial file imports cleanly', () => {
    expect(base.warnings).toEqual([])
    expect(base.dropped).toEqual([])
    expect(Object.keys(base.document.components.schemas)).toContain('ApiKey')
  })

  test('(a) an optional field added to the key object flows through: spec:diff says minor', async () => {
    const newer = await importFixture('added-optional-field.yaml')
    expect(newer.warnings).toEqual([])
    const apiKey = newer.document.components.schemas.ApiKey
    expect(apiKey.properties.rotated_at).toEqual({
      description: 'ISO 8601 UTC timestamp of the last rotation of the key, if any',
      format: 'date-time',
      type: ['string', 'null'],
    })
    expect(apiKey.required).not.toContain('rotated_at')
    // Still one ApiKey, referenced from every place upstream writes it out.
    expect(componentNames(newer.document)).toEqual(componentNames(base.document))
    for (const name of ['GetApiKeyResponse', 'CreateApiKeyResponse', 'UpdateApiKeyResponse']) {
      expect(newer.document.components.schemas[name].properties.data.$ref).toBe(
        '#/components/schemas/ApiKey',
      )
    }
    const diff = diffSpecs(base.document, newer.document)
    expect(diff.level).toBe('minor')
    expect(messages(diff)).toEqual([
      'minor GET /keys 200 application/json.data[].rotated_at: new response field',
    ])
  })

  test('(b) a removed operation fails naming it; --drop-missing leaves it out: spec:diff says major', async () => {
    await expect(importFixture('removed-operation.yaml')).rejects.toThrow(
      'the source has no DELETE /keys/{hash} (deleteApiKey); pass --drop-missing to leave it out',
    )
    const older = await importFixture('removed-operation.yaml', { dropMissing: true })
    expect(older.dropped).toEqual(['DELETE /keys/{hash} (deleteApiKey)'])
    expect(Object.keys(older.document.paths['/keys/{hash}'])).toEqual(['get', 'patch'])
    const diff = diffSpecs(base.document, older.document)
    expect(diff.level).toBe('major')
    expect(messages(diff)).toEqual([
      'major DELETE /keys/{hash}: operation removed',
      'major components.schemas.DeleteApiKeyResponse: removed from the generated components type',
    ])
  })

  test('(c) components factored and named another way: the same names, the same bytes', async () => {
    const upstream = fixture('refactored-schemas.yaml')
    // The fixture really is factored differently (so this test can fail).
    expect(Object.keys(upstream.components.schemas)).toEqual(
      expect.arrayContaining(['KeyObject', 'UserActivityList', 'WorkspaceObject', 'Error400']),
    )
    expect(upstream.components.schemas).not.toHaveProperty('ActivityItem')
    const refactored = await importDocument(upstream)
    expect(refactored.warnings).toEqual([])
    expect(componentNames(refactored.document)).toEqual(componentNames(base.document))
    expect(refactored.text).toBe(base.text)
    expect(diffSpecs(base.document, refactored.document).level).toBe('none')
  })

  test('(c) the key object as a bare $ref everywhere (use-site descriptions lost): names stay, docs only', async () => {
    const upstream = fixture('refactored-schemas.yaml')
    const envelope = (path: string, method: string, status: string) =>
      upstream.paths[path][method].responses[status].content['application/json'].schema.properties
    for (const [path, method, status] of [
      ['/keys/{hash}', 'get', '200'],
      ['/keys', 'post', '201'],
      ['/keys/{hash}', 'patch', '200'],
    ] as const) {
      envelope(path, method, status).data = { $ref: '#/components/schemas/KeyObject' }
    }
    const refactored = await importDocument(upstream)
    expect(refactored.warnings).toEqual([])
    expect(componentNames(refactored.document)).toEqual(componentNames(base.document))
    const diff = diffSpecs(base.document, refactored.document)
    expect(diff.level).toBe('patch')
    expect(messages(diff)).toEqual([
      'patch POST /keys 201 application/json.data: description changed',
      'patch GET /keys/{hash} 200 application/json.data: description changed',
      'patch PATCH /keys/{hash} 200 application/json.data: description changed',
    ])
  })

  test('(d) OpenAPI 3.0 `nullable: true` gives the same bytes as its 3.1 form', async () => {
    const text = readText(`${FIXTURES}/openapi-3.0.yaml`)
    // The fixture really is 3.0-style (so this test can fail).
    expect(text).toContain('openapi: 3.0.3')
    expect(text).toContain('nullable: true')
    expect(text).toMatch(/additionalProperties:\n\s+nullable: true/)
    expect(text).not.toContain('"null"')
    const older = await importFixture('openapi-3.0.yaml')
    expect(older.warnings).toEqual([])
    expect(older.text).toBe(base.text)
  })

  test('(e) descriptions reworded: spec:diff says patch', async () => {
    const reworded = await importFixture('description-only.yaml')
    const diff = diffSpecs(base.document, reworded.document)
    expect(diff.level).toBe('patch')
    expect(messages(diff)).toEqual([
      'patch GET /keys: summary changed',
      'patch GET /keys 200 application/json.data[].disabled: description changed',
    ])
  })
})

describe('pnpm spec:import on a copy of the repo', () => {
  let repo: Scratch
  const run = (script: string, ...args: string[]) =>
    spawnSync(process.execPath, [`scripts/${script}`, ...args], {
      cwd: repo.dir,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    })
  const specText = () => readFileSync(repo.path('spec/openapi.yaml'), 'utf8')
  function edit(path: string, from: string, to: string) {
    const text = readFileSync(repo.path(path), 'utf8')
    expect(text).toContain(from)
    writeFileSync(repo.path(path), text.replace(from, to))
  }

  beforeAll(() => {
    repo = scratchCopy(
      [
        'spec',
        'scripts',
        FIXTURES,
        'packages/types',
        'packages/client/src/generated',
        '.gitignore',
        ...workspaceManifestPaths(),
      ],
      { git: true },
    )
  })
  afterEach(() => {
    repo.git('checkout', '-q', '--', '.')
  })
  afterAll(() => repo?.remove())

  test('--from a file without an operation fails naming it; --drop-missing goes on; spec:diff: major', () => {
    const before = specText()
    const failed = run('spec-import.mjs', '--from', `${FIXTURES}/removed-operation.yaml`)
    expect(failed.status).toBe(1)
    expect(failed.stderr).toBe(
      'spec:import: the source has no DELETE /keys/{hash} (deleteApiKey); pass --drop-missing to leave it out\n',
    )
    expect(specText()).toBe(before)

    const dropped = run(
      'spec-import.mjs',
      '--from',
      `${FIXTURES}/removed-operation.yaml`,
      '--drop-missing',
    )
    expect(dropped.status).toBe(0)
    expect(dropped.stderr).toBe(
      'spec:import: left out DELETE /keys/{hash} (deleteApiKey): not in the source (--drop-missing)\n',
    )
    expect(dropped.stdout).toBe(
      `Wrote spec/openapi.yaml from ${FIXTURES}/removed-operation.yaml.\n`,
    )
    expect(specText()).toContain(`#   ${FIXTURES}/removed-operation.yaml  sha256 `)

    const diff = run('spec-diff.mjs')
    expect(diff.status).toBe(0)
    expect(diff.stdout).toMatch(/^spec\/openapi\.yaml: HEAD -> working tree: breaking \(major\)\n/)
    expect(diff.stdout).toContain('  major  DELETE /keys/{hash}: operation removed\n')
  })

  test('--check fails naming the input and the places that differ after an upstream edit', () => {
    expect(run('spec-import.mjs', '--check').status).toBe(0)
    edit(UPSTREAM, 'Whether the API key is disabled', 'True when the key can no longer be used')
    const sha256 = createHash('sha256')
      .update(readFileSync(repo.path(UPSTREAM)))
      .digest('hex')
    const stale = run('spec-import.mjs', '--check')
    expect(stale.status).toBe(1)
    expect(stale.stderr).toBe(
      [
        'spec/openapi.yaml is not what `pnpm spec:import` makes (run it):',
        `  input changed: ${UPSTREAM}  sha256 ${sha256}`,
        '  /components/schemas/ApiKey/properties/disabled/description: "Whether the API key is disabled" -> "True when the key can no longer be used"',
        '',
      ].join('\n'),
    )
    expect(specText()).not.toContain('can no longer be used')
  })

  test('--check fails after an upstream edit outside what we take, naming only the input', () => {
    edit(UPSTREAM, "summary: 'Create a chat completion'", "summary: 'Create a completion'")
    const stale = run('spec-import.mjs', '--check')
    expect(stale.status).toBe(1)
    expect(stale.stderr).toMatch(
      /^spec\/openapi\.yaml is not what `pnpm spec:import` makes \(run it\):\n {2}input changed: spec\/upstream\/openrouter\.yaml {2}sha256 [0-9a-f]{64}\n$/,
    )
  })

  test('--check and generate --check fail, naming what differs, after an edit to spec/import.yaml', () => {
    edit(
      'spec/import.yaml',
      'target: $.components.schemas.CreateApiKeyRequest.properties.limit\n      update:\n        minimum: 0',
      'target: $.components.schemas.CreateApiKeyRequest.properties.limit\n      update:\n        minimum: 1',
    )
    const stale = run('spec-import.mjs', '--check')
    expect(stale.status).toBe(1)
    expect(stale.stderr).toContain('  input changed: spec/import.yaml  sha256 ')
    expect(stale.stderr).toContain(
      '  /components/schemas/CreateApiKeyRequest/properties/limit/minimum: 0 -> 1\n',
    )

    const generated = run('generate.mjs', '--check')
    expect(generated.status).toBe(1)
    expect(generated.stderr).toContain('Generated files are stale (run `pnpm generate`):\n')
    expect(generated.stderr).toContain('  spec/openapi.yaml\n')
    expect(generated.stderr).toContain('  packages/types/openapi.json\n')
    // The descriptors carry the bound into every package's request checks.
    expect(generated.stderr).toContain('  packages/types/src/generated/operations.ts\n')
  })
})
