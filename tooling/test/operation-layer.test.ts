// The operation layer's promise (issue 13): a fact about an operation is written once, in the
// spec. On a scratch copy of the repo, a new query parameter is added to GET /keys in the
// upstream description; `pnpm generate` alone then makes the client accept and check it, the
// mock decode it and the proxy pass it. Before the regeneration all three refuse it, so the
// test can fail. The packages are bundled from the copy's sources with esbuild (no build step).
import { spawnSync } from 'node:child_process'
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { dump, load } from 'js-yaml'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { repoRoot, type Scratch, scratchCopy } from './scratch'

// A script run against the copy's sources: what the client, the mock and the proxy make of `limit`.
const DRIVER = `
import { createMockServer, MOCK_MANAGEMENT_KEY } from '@openrouter-kit/mock'
import { createOpenRouterClient, InvalidRequestError } from '@openrouter-kit/client'
import { createManagementProxy } from '@openrouter-kit/client/server'

const mock = createMockServer({ seed: 20 })
const seen = []
mock.onRequest(({ query }) => seen.push(query))
const client = createOpenRouterClient({ apiKey: MOCK_MANAGEMENT_KEY, baseURL: 'http://mock.test/api/v1', fetch: mock.fetch })
const outcome = async (promise) => promise.then(() => 'ok', (error) => (InvalidRequestError.isInstance(error) ? 'refused: ' : 'failed: ') + error.message)
const proxy = createManagementProxy({ apiKey: MOCK_MANAGEMENT_KEY, baseURL: 'http://mock.test/api/v1', fetch: mock.fetch, operations: ['listApiKeys'], authorize: () => true })
const viaProxy = async (query) => {
  const response = await proxy(new Request('https://app.example/api/openrouter/keys' + query))
  return response.status + ' ' + ((await response.json()).error?.message ?? '')
}
const fromMock = async (query) => {
  const response = await mock.fetch('http://mock.test/api/v1/keys' + query, { headers: { authorization: 'Bearer ' + MOCK_MANAGEMENT_KEY } })
  return response.status + ' ' + ((await response.json()).error?.message ?? '')
}
const result = {
  clientValid: await outcome(client.keys.list({ limit: 5 })),
  clientInvalid: await outcome(client.keys.list({ limit: 0 })),
  mockInvalid: await fromMock('?limit=0'),
  proxyValid: await viaProxy('?limit=7'),
  proxyInvalid: await viaProxy('?limit=0'),
  decodedByMock: seen.map((query) => query.limit).filter((limit) => limit !== undefined),
}
console.log(JSON.stringify(result))
`

let repo: Scratch

/** Bundles DRIVER against the copy's sources and runs it; returns what it printed. */
async function runDriver(): Promise<Record<string, unknown>> {
  const source = (path: string) => repo.path(path)
  const outfile = repo.path('driver.mjs')
  await build({
    stdin: { contents: DRIVER, resolveDir: repo.dir, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
    alias: {
      '@openrouter-kit/types/operations': source('packages/types/src/operations/index.ts'),
      '@openrouter-kit/types/openapi.json': source('packages/types/openapi.json'),
      '@openrouter-kit/types': source('packages/types/src/index.ts'),
      '@openrouter-kit/client/server': source('packages/client/src/server/index.ts'),
      '@openrouter-kit/client': source('packages/client/src/index.ts'),
      '@openrouter-kit/mock': source('packages/mock/src/index.ts'),
    },
  })
  const run = spawnSync(process.execPath, [outfile], { encoding: 'utf8' })
  expect(run.stderr).toBe('')
  return JSON.parse(run.stdout)
}

beforeAll(() => {
  repo = scratchCopy([
    'spec',
    'scripts',
    'packages/types',
    'packages/client/src',
    'packages/client/package.json',
    'packages/mock/src',
    'packages/mock/package.json',
  ])
  // The copied sources resolve their own dependencies (hono, @noble/hashes) where the repo has them.
  for (const name of ['client', 'mock']) {
    symlinkSync(
      join(repoRoot, `packages/${name}/node_modules`),
      repo.path(`packages/${name}/node_modules`),
      'dir',
    )
  }
})
afterAll(() => repo?.remove())

describe('a query parameter added upstream reaches every package through pnpm generate', () => {
  test('before: all three refuse `limit`; after generate: all three take and check it', async () => {
    const before = await runDriver()
    expect(before.clientValid).toMatch(/^refused: Invalid parameter name: received "limit"/)
    expect(before.proxyValid).toMatch(/^400 Invalid parameter name: received "limit"/)
    expect(before.decodedByMock).toEqual([])

    // The edit a maintainer would get from upstream: GET /keys gains `limit` (1-100).
    const upstreamFile = repo.path('spec/upstream/openrouter.yaml')
    const upstream = load(readFileSync(upstreamFile, 'utf8')) as {
      paths: Record<string, { get: { parameters: unknown[] } }>
    }
    upstream.paths['/keys']?.get.parameters.push({
      description: 'Most keys to return',
      in: 'query',
      name: 'limit',
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: 100 },
    })
    writeFileSync(upstreamFile, dump(upstream, { lineWidth: -1 }))
    const generate = spawnSync(process.execPath, ['scripts/generate.mjs'], {
      cwd: repo.dir,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    })
    expect(generate.status, generate.stderr).toBe(0)

    const after = await runDriver()
    const message = 'Invalid limit: received 0, expected an integer from 1 to 100'
    expect(after).toEqual({
      clientValid: 'ok',
      clientInvalid: `refused: ${message}`,
      mockInvalid: `400 ${message}`,
      proxyValid: '200 ',
      proxyInvalid: `400 ${message}`,
      // The client's `limit: 5` and the proxy's `?limit=7`, decoded by the mock as numbers.
      decodedByMock: [5, 7],
    })
  })
})
