// The files the consumer test writes into its temporary project. Each runtime check is a small
// program run by the Node version under test; it throws (exit 1) on any mismatch.
//
// `packages` is [{ name, subpaths: ['.', './server', './openapi.json', ...] }] from the packed
// manifests, so every published entry point is loaded without a list kept here.

const specifier = (name, subpath) => (subpath === '.' ? name : `${name}/${subpath.slice(2)}`)

/** ESM: import every entry point and print its export names. */
export function esmImports(packages) {
  const lines = packages.flatMap(({ name, subpaths }) =>
    subpaths.map((subpath) => {
      const spec = specifier(name, subpath)
      return subpath.endsWith('.json')
        ? `result[${JSON.stringify(spec)}] = Object.keys((await import(${JSON.stringify(spec)}, { with: { type: 'json' } })).default).length > 0 ? ['<json>'] : []`
        : `result[${JSON.stringify(spec)}] = Object.keys(await import(${JSON.stringify(spec)})).filter((k) => k !== 'default').sort()`
    }),
  )
  return `const result = {}\n${lines.join('\n')}\nconsole.log(JSON.stringify(result))\n`
}

/** CJS: require every entry point and print its export names. */
export function cjsRequires(packages) {
  const lines = packages.flatMap(({ name, subpaths }) =>
    subpaths.map((subpath) => {
      const spec = specifier(name, subpath)
      return subpath.endsWith('.json')
        ? `result[${JSON.stringify(spec)}] = Object.keys(require(${JSON.stringify(spec)})).length > 0 ? ['<json>'] : []`
        : `result[${JSON.stringify(spec)}] = Object.keys(require(${JSON.stringify(spec)})).filter((k) => k !== 'default' && k !== '__esModule').sort()`
    }),
  )
  return `'use strict'\nconst result = {}\n${lines.join('\n')}\nconsole.log(JSON.stringify(result))\n`
}

/** The installed client lists keys from the installed mock over real HTTP. */
export function clientAgainstMock(format) {
  const load =
    format === 'esm'
      ? `import { createMockServer, MOCK_MANAGEMENT_KEY } from '@openrouter-kit/mock'
import { AuthenticationError, createOpenRouterClient } from '@openrouter-kit/client'
import assert from 'node:assert/strict'`
      : `'use strict'
const { createMockServer, MOCK_MANAGEMENT_KEY } = require('@openrouter-kit/mock')
const { AuthenticationError, createOpenRouterClient } = require('@openrouter-kit/client')
const assert = require('node:assert/strict')`
  return `${load}

async function main() {
  const mock = createMockServer({ seed: 7, pageSize: 3 })
  const server = await mock.listen({ port: 0 })
  try {
    const client = createOpenRouterClient({ apiKey: MOCK_MANAGEMENT_KEY, baseURL: server.url, maxRetries: 0 })
    const expected = mock.listKeys().map((key) => key.hash)
    assert.equal(expected.length, 7)
    const page = await client.keys.list()
    assert.deepEqual(page.data.map((key) => key.hash), expected.slice(0, 3))
    const all = await client.keys.listAll().toArray()
    assert.deepEqual(all.map((key) => key.hash), expected)

    const wrongKey = createOpenRouterClient({ apiKey: 'sk-or-v1-wrong', baseURL: server.url, maxRetries: 0 })
    const error = await wrongKey.keys.list().then(() => null, (caught) => caught)
    assert.ok(AuthenticationError.isInstance(error), 'a 401 is an AuthenticationError')
    assert.equal(error.status, 401)
    assert.ok(!String(error.message).includes('sk-or-v1-wrong'), 'the key is not in the message')
    console.log(JSON.stringify({ keys: all.length, pages: Math.ceil(all.length / 3) }))
  } finally {
    await server.close()
  }
}
main().catch((error) => {
  console.error(error)
  process.exit(1)
})
`
}

/**
 * The installed bins, started the way a user's shell would (node_modules/.bin, shebang resolved
 * through PATH to the Node version under test): openrouter-mock serves, `ork keys list` reads.
 */
export function binsAgainstMock() {
  return `import { spawn, spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import assert from 'node:assert/strict'
import { MOCK_MANAGEMENT_KEY } from '@openrouter-kit/mock'

const bin = (name) => join(process.cwd(), 'node_modules/.bin', name)
const env = { ...process.env, PATH: dirname(process.execPath) + ':' + process.env.PATH }
const mock = spawn(bin('openrouter-mock'), ['--port', '0', '--seed', '4'], { env })
try {
  const url = await new Promise((resolve, reject) => {
    let out = ''
    mock.stdout.on('data', (chunk) => {
      out += chunk
      if (out.includes('\\n')) resolve(out.split('\\n')[0].trim())
    })
    mock.on('exit', (code) => reject(new Error('openrouter-mock exited with ' + code)))
    mock.on('error', reject)
  })
  assert.match(url, /^http:\\/\\/127\\.0\\.0\\.1:\\d+\\/api\\/v1$/)
  const ork = spawnSync(bin('ork'), ['keys', 'list', '--format', 'json'], {
    env: { ...env, OPENROUTER_BASE_URL: url, OPENROUTER_MANAGEMENT_KEY: MOCK_MANAGEMENT_KEY },
    encoding: 'utf8',
  })
  assert.equal(ork.status, 0, 'ork exited with ' + ork.status + ': ' + ork.stderr)
  const parsed = JSON.parse(ork.stdout)
  const keys = Array.isArray(parsed) ? parsed : parsed.data
  assert.equal(keys.length, 4)
  for (const key of keys) assert.equal(typeof key.hash, 'string')
  assert.ok(!(ork.stdout + ork.stderr).includes(MOCK_MANAGEMENT_KEY), 'the key is never printed')
  console.log(JSON.stringify({ url, keys: keys.length }))
} finally {
  mock.kill()
}
`
}

/** A TypeScript consumer of the public API, type-checked under each module setting. */
export function typescriptConsumer(packages) {
  // Every entry point with code (e.g. @openrouter-kit/client/raw, whose openapi-fetch
  // declarations set the TypeScript floor), as a namespace import.
  const specifiers = packages
    .filter(({ name }) => name !== '@openrouter-kit/types')
    .flatMap(({ name, subpaths }) =>
      subpaths.filter((subpath) => !subpath.endsWith('.json')).map((s) => specifier(name, s)),
    )
  const namespaces = specifiers.map((spec, index) => `import * as entry${index} from '${spec}'`)
  const used = specifiers.map((_, index) => `entry${index}`)
  return `// Generated by scripts/consumer-test.mjs: the public API as a user's code sees it.
import type { ApiKey, ListApiKeysParams, ListApiKeysResponse, OpenRouterErrorBody, paths } from '@openrouter-kit/types'
import {
  APIError,
  AuthenticationError,
  createOpenRouterClient,
  RateLimitError,
} from '@openrouter-kit/client'
import { createMockServer, MOCK_MANAGEMENT_KEY } from '@openrouter-kit/mock'
import { useApiKeys } from '@openrouter-kit/react'
${namespaces.join('\n')}

export const everyEntryPoint = [${used.join(', ')}]

type ListQuery = NonNullable<paths['/keys']['get']['parameters']['query']>
const params: ListApiKeysParams & ListQuery = { include_disabled: true, offset: 0 }

export async function listKeys(): Promise<ApiKey[]> {
  const mock = createMockServer({ seed: 2 })
  const server = await mock.listen({ port: 0 })
  const url: string = server.url
  const client = createOpenRouterClient({ apiKey: MOCK_MANAGEMENT_KEY, baseURL: url })
  try {
    const page: ListApiKeysResponse = await client.keys.list(params)
    const first = page.data[0]
    const limit: number | null = first ? first.limit : null
    const workspace: string | undefined = first?.workspace_id
    // @ts-expect-error offset is a number, not a string
    await client.keys.list({ offset: 'ten' })
    const keys: ApiKey[] = []
    for await (const key of client.keys.listAll({ include_disabled: 'false' })) keys.push(key)
    return limit === null && workspace === undefined ? keys : await client.keys.listAll().toArray()
  } catch (error) {
    if (AuthenticationError.isInstance(error)) throw new Error(\`status \${error.status}\`)
    if (error instanceof RateLimitError) console.log(error.retryAfter)
    if (error instanceof APIError) console.log(error.requestId, error.status)
    const body: OpenRouterErrorBody = { error: { code: 500, message: 'boom' } }
    throw new Error(body.error.message)
  } finally {
    await server.close()
  }
}

export const hook: typeof useApiKeys = useApiKeys
`
}

/**
 * Server rendering with the installed React (run with the expected major as argv[2]): prefetch
 * every key from the installed mock into a QueryClient, then `renderToString` a component that
 * reads them with `useApiKeys()`. The HTML must list exactly the mock's key names, from the cache
 * (status "success"), under the React major the project installed. No DOM, no JSX.
 */
export function reactServerRender() {
  return `import assert from 'node:assert/strict'
import React from 'react'
import ReactDOMServer from 'react-dom/server'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createMockServer, MOCK_MANAGEMENT_KEY } from '@openrouter-kit/mock'
import { createOpenRouterClient } from '@openrouter-kit/client'
import { apiKeysQueryOptions, OpenRouterProvider, useApiKeys } from '@openrouter-kit/react'

const expectedMajor = process.argv[2]
assert.equal(React.version.split('.')[0], expectedMajor, 'react is ' + React.version + ', expected ' + expectedMajor + '.x')
assert.equal(ReactDOMServer.version, React.version, 'react-dom ' + ReactDOMServer.version + ' next to react ' + React.version)

// React escapes text like this; undo it to compare the rendered names with the mock's.
const unescape = (html) =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&')

const mock = createMockServer({ seed: 6 })
const server = await mock.listen({ port: 0 })
try {
  const client = createOpenRouterClient({ apiKey: MOCK_MANAGEMENT_KEY, baseURL: server.url, maxRetries: 0 })
  const queryClient = new QueryClient()
  await queryClient.prefetchQuery(apiKeysQueryOptions(client, {}))

  function KeyNames() {
    const { data, status } = useApiKeys()
    return React.createElement(
      'ul',
      { 'data-status': status },
      (data ?? []).map((key) => React.createElement('li', { key: key.hash }, key.name)),
    )
  }
  const html = ReactDOMServer.renderToString(
    React.createElement(
      QueryClientProvider,
      { client: queryClient },
      React.createElement(OpenRouterProvider, { client }, React.createElement(KeyNames)),
    ),
  )
  const expected = mock.listKeys().map((key) => key.name)
  assert.equal(expected.length, 6)
  assert.match(html, /data-status="success"/, 'useApiKeys read the prefetched keys; HTML: ' + html)
  const rendered = [...html.matchAll(/<li>(.*?)<\\/li>/g)].map((match) => unescape(match[1]))
  const missing = expected.filter((name) => !rendered.includes(name))
  assert.deepEqual(missing, [], 'key names missing from the HTML: ' + html)
  assert.deepEqual(rendered, expected, 'the HTML lists the keys in the mock order')
  queryClient.clear()
  console.log(JSON.stringify({ react: React.version, keys: rendered.length, htmlBytes: html.length }))
} finally {
  await server.close()
}
`
}
