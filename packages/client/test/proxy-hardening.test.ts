// Issue 12, "The proxy": it exists to keep the key from the browser, so it fails closed. Only
// `true` from authorize forwards; upstream headers are an allowlist, redacted; ambiguous or odd
// requests are refused before anything is forwarded; upstream errors are re-stated, not passed.
import { describe, expect, it } from 'vitest'
import { createKeysProxy, createManagementProxy, type ProxyHandler } from '../src/server/index'
import {
  bearerOf,
  KEY,
  record,
  recordingLogger,
  scanRecordsForKey,
  startMock,
  startServer,
} from './harness'

const app = 'https://app.example/api/openrouter'

/** Calls the proxy and records what it answered (for the key scan). */
async function ask(handler: ProxyHandler, path: string, init?: RequestInit) {
  const response = await handler(new Request(`${app}${path}`, init))
  const text = await response.text()
  record(text, JSON.stringify([...response.headers]))
  return { response, text, json: () => JSON.parse(text) }
}

describe('authorize', () => {
  const notBooleans: Array<[string, unknown, string]> = [
    ['the string "false"', 'false', 'a string'],
    ['the string "true"', 'true', 'a string'],
    ['a header value "no"', 'no', 'a string'],
    ['an empty object', {}, 'an object'],
    ['1', 1, 'a number'],
    ['a Response', new Response('ok'), 'an object'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
  ]

  it.each(notBooleans)(
    'answering %s is a 500 with a log line, never a forwarded request',
    async (_, answer, described) => {
      const { mock, url } = await startMock()
      const logger = recordingLogger()
      const proxy = createKeysProxy({
        apiKey: KEY,
        baseURL: url,
        logger,
        authorize: (() => answer) as never,
      })
      const { response, json } = await ask(proxy, '/keys')
      expect(response.status).toBe(500)
      expect(json()).toEqual({
        error: { code: 500, message: 'The proxy is misconfigured; see the server log' },
      })
      expect(logger.lines).toEqual([
        `management proxy: authorize returned ${described} for listApiKeys; only true allows a request and false refuses it, so the request was refused (500) []`,
      ])
      expect(mock.requests).toHaveLength(0)
    },
  )

  it('a promise of a non-boolean is the same, and the answer itself is never logged', async () => {
    const { mock, url } = await startMock()
    const logger = recordingLogger()
    const userToken = 'user-session-token-123'
    const proxy = createKeysProxy({
      apiKey: KEY,
      baseURL: url,
      logger,
      // A real bug: returning the header instead of comparing it.
      authorize: (async (request: Request) => request.headers.get('x-token')) as never,
    })
    const { response } = await ask(proxy, '/keys', { headers: { 'x-token': userToken } })
    expect(response.status).toBe(500)
    expect(logger.lines.join('\n')).not.toContain(userToken)
    expect(mock.requests).toHaveLength(0)
  })

  it('that throws is a 500, logged, never forwarded', async () => {
    const { mock, url } = await startMock()
    const logger = recordingLogger()
    const proxy = createKeysProxy({
      apiKey: KEY,
      baseURL: url,
      logger,
      authorize: () => {
        throw new Error('session store down')
      },
    })
    const { response } = await ask(proxy, '/keys')
    expect(response.status).toBe(500)
    expect(logger.lines.join('\n')).toContain('session store down')
    expect(mock.requests).toHaveLength(0)
  })

  it('only true forwards; false is a 403', async () => {
    const { mock, url } = await startMock()
    const allowed = createKeysProxy({ apiKey: KEY, baseURL: url, authorize: () => true })
    const denied = createKeysProxy({ apiKey: KEY, baseURL: url, authorize: async () => false })
    expect((await ask(allowed, '/keys')).response.status).toBe(200)
    expect((await ask(denied, '/keys')).response.status).toBe(403)
    expect(mock.requests).toHaveLength(1)
  })
})

/** An upstream that echoes the management key in headers and answers `status`. */
function echoingUpstream(status: number, body: string) {
  return startServer((request, response) => {
    const key = bearerOf(request)
    response.writeHead(status, {
      'content-type': 'application/json',
      'x-request-id': `req_${key}`,
      'x-echo': key,
      'access-control-allow-origin': '*',
      'access-control-allow-credentials': 'true',
      'access-control-allow-headers': 'authorization',
      location: 'https://elsewhere.example/',
      refresh: '0; url=https://elsewhere.example/',
      server: 'internal-gateway/1.2.3',
      'x-trace-id': 'internal-trace',
      traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      'set-cookie': 'upstream=1',
      'retry-after': '3',
      'cache-control': 'private, max-age=5',
      'x-ratelimit-remaining': '5',
    })
    response.end(body)
  })
}

const ALLOWED_HEADERS = [
  'cache-control',
  'content-type',
  'retry-after',
  'x-ratelimit-remaining',
  'x-request-id',
]

describe('upstream response headers', () => {
  it.each([
    [200, JSON.stringify({ data: [] })],
    [429, JSON.stringify({ error: { code: 429, message: 'slow down' } })],
  ])('(status %i) are filtered to an allowlist, values redacted', async (status, body) => {
    const { url } = await echoingUpstream(status, body)
    const proxy = createKeysProxy({
      apiKey: KEY,
      baseURL: url,
      maxRetries: 0,
      authorize: () => true,
    })
    const { response } = await ask(proxy, '/keys')
    expect(response.status).toBe(status)
    expect([...response.headers.keys()].sort()).toEqual(ALLOWED_HEADERS)
    expect(response.headers.get('x-request-id')).toBe('req_***')
    expect(response.headers.get('retry-after')).toBe('3')
  })
})

describe('requests the proxy refuses before forwarding', () => {
  it.each([
    ['/keys?offset=1&offset=2', 'Invalid offset: received ["1","2"], expected a single value'],
    [
      '/keys?include_disabled=true&include_disabled=true',
      'Invalid include_disabled: received ["true","true"], expected a single value',
    ],
    [
      '/keys?offset=9007199254740993',
      'Invalid offset: received 9007199254740993, expected an integer >= 0 or null',
    ],
    [
      '/keys?offset=99999999999999999999',
      'Invalid offset: received 99999999999999999999, expected an integer >= 0 or null',
    ],
    ['/keys?offset=1e3', 'Invalid offset: received 1e3, expected an integer >= 0 or null'],
    ['/keys?offset=0x10', 'Invalid offset: received "0x10", expected an integer >= 0 or null'],
    ['/keys?offset=%205', 'Invalid offset: received " 5", expected an integer >= 0 or null'],
  ])('%s is a 400 that echoes what was sent', async (path, message) => {
    const { mock, url } = await startMock()
    const proxy = createKeysProxy({ apiKey: KEY, baseURL: url, authorize: () => true })
    const { response, json } = await ask(proxy, path)
    expect(response.status).toBe(400)
    expect(json()).toEqual({ error: { code: 400, message } })
    expect(mock.requests).toHaveLength(0)
  })

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'])(
    'query parameter %s is an unknown name (400), not an Object.prototype member',
    async (name) => {
      const { mock, url } = await startMock()
      const proxy = createKeysProxy({ apiKey: KEY, baseURL: url, authorize: () => true })
      const { response, json } = await ask(proxy, `/keys?${name}=1`)
      expect(response.status).toBe(400)
      expect(json().error.message).toBe(
        `Invalid parameter name: received "${name}", expected one of include_disabled, offset, workspace_id`,
      )
      expect(mock.requests).toHaveLength(0)
    },
  )

  it.each([
    [
      '__proto__',
      '{"name":"ci","__proto__":{"limit":1}}',
      /^Invalid field name: received "__proto__"/,
    ],
    ['constructor', '{"name":"ci","constructor":1}', /^Invalid field name: received "constructor"/],
    ['an array value', '{"name":["ci"]}', /^Invalid name: received \["ci"\]/],
    [
      'an object value',
      '{"name":{"toString":"ci"}}',
      /^Invalid name: received \{"toString":"ci"\}/,
    ],
  ])('a create body with %s is a 400', async (_, body, message) => {
    const { mock, url } = await startMock()
    const proxy = createManagementProxy({
      apiKey: KEY,
      baseURL: url,
      operations: ['createApiKey'],
      authorize: () => true,
    })
    const { response, json } = await ask(proxy, '/keys', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    })
    expect(response.status).toBe(400)
    expect(json().error.message).toMatch(message)
    expect(mock.requests).toHaveLength(0)
  })

  it.each([
    [
      '/keys/%2E%2E%2Fcredits',
      'Invalid hash: received "../credits", expected a non-empty value without /, ?, # that is not . or ..',
    ],
    [
      '/keys/a%2Fb',
      'Invalid hash: received "a/b", expected a non-empty value without /, ?, # that is not . or ..',
    ],
  ])(
    'a path parameter that would change the upstream path (%s) is a 400',
    async (path, message) => {
      const { mock, url } = await startMock()
      const proxy = createManagementProxy({
        apiKey: KEY,
        baseURL: url,
        operations: ['getApiKey'],
        authorize: () => true,
      })
      const { response, json } = await ask(proxy, path)
      expect(response.status).toBe(400)
      expect(json().error.message).toBe(message)
      expect(mock.requests).toHaveLength(0)
    },
  )

  it('a request body larger than 64 KiB is a 400, and is not read to its end', async () => {
    const { mock, url } = await startMock()
    const proxy = createManagementProxy({
      apiKey: KEY,
      baseURL: url,
      operations: ['createApiKey'],
      authorize: () => true,
    })
    let pulled = 0
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++
        controller.enqueue(new Uint8Array(16 * 1024).fill(32))
      },
    })
    const { response, json } = await ask(proxy, '/keys', {
      method: 'POST',
      body: endless,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit)
    expect(response.status).toBe(400)
    expect(json().error.message).toBe('Request body larger than 65536 bytes')
    expect(pulled).toBeLessThan(10)
    expect(mock.requests).toHaveLength(0)
  })

  it.each(['/keys', '/keys?offset=abc', '/keys?limit=5'])(
    'HEAD %s is a 405 naming GET, not a 400 about a parameter',
    async (path) => {
      const { mock, url } = await startMock()
      const proxy = createKeysProxy({ apiKey: KEY, baseURL: url, authorize: () => true })
      const { response, text } = await ask(proxy, path, { method: 'HEAD' })
      expect(response.status).toBe(405)
      expect(response.headers.get('allow')).toBe('GET')
      expect(text).not.toMatch(/Invalid|offset|limit/)
      expect(mock.requests).toHaveLength(0)
    },
  )
})

describe('upstream answers the proxy does not pass on as they are', () => {
  const internals = '<html><pre>Traceback: db.internal:5432 password=hunter2</pre></html>'

  it.each([
    [500, 'OpenRouter failed'],
    [502, 'OpenRouter failed (bad gateway)'],
    [503, 'OpenRouter is unavailable'],
    [504, 'OpenRouter answered 504'],
  ])('a %i with an HTML body is re-stated in OpenRouter shape', async (status, message) => {
    const { url } = await startServer((_, response) => {
      response.writeHead(status, { 'content-type': 'text/html', 'x-request-id': 'req_upstream' })
      response.end(internals)
    })
    const proxy = createKeysProxy({
      apiKey: KEY,
      baseURL: url,
      maxRetries: 0,
      authorize: () => true,
    })
    const { response, text, json } = await ask(proxy, '/keys')
    expect(response.status).toBe(status)
    expect(json()).toEqual({ error: { code: status, message } })
    expect(text).not.toContain('db.internal')
    expect(response.headers.get('x-request-id')).toBe('req_upstream')
    expect(response.headers.get('content-type')).toBe('application/json')
  })

  it('a JSON error keeps its message only (redacted), no other upstream fields', async () => {
    const { url } = await startServer((request, response) => {
      response.writeHead(500, { 'content-type': 'application/json' })
      response.end(
        JSON.stringify({
          error: { code: 500, message: `failed for ${bearerOf(request)}`, stack: internals },
          debug: internals,
        }),
      )
    })
    const proxy = createKeysProxy({
      apiKey: KEY,
      baseURL: url,
      maxRetries: 0,
      authorize: () => true,
    })
    const { json } = await ask(proxy, '/keys')
    expect(json()).toEqual({ error: { code: 500, message: 'failed for ***' } })
  })

  it.each([
    ['a redirect', 302, '', { location: 'https://elsewhere.example/keys' }],
    ['a status outside 100-599', 600, '{"data":[]}', {}],
    ['a 200 that is not JSON', 200, internals, {}],
    ['a 200 of the wrong shape', 200, '{"data":"abc"}', {}],
  ])('%s is a 502 without the upstream body or location', async (_, status, body, headers) => {
    const { url } = await startServer((_, response) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers })
      response.end(body)
    })
    const proxy = createKeysProxy({
      apiKey: KEY,
      baseURL: url,
      maxRetries: 0,
      authorize: () => true,
    })
    const { response, text, json } = await ask(proxy, '/keys')
    expect(response.status).toBe(502)
    expect(json().error.code).toBe(502)
    expect(json().error.message).toMatch(/^OpenRouter answered /)
    expect(text).not.toContain('db.internal')
    expect(response.headers.has('location')).toBe(false)
  })

  it('a body larger than maxResponseBytes is a 502', async () => {
    const { url } = await startServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ data: Array.from({ length: 1000 }, () => ({ hash: 'h' })) }))
    })
    const proxy = createKeysProxy({
      apiKey: KEY,
      baseURL: url,
      maxResponseBytes: 1000,
      authorize: () => true,
    })
    const { response, json } = await ask(proxy, '/keys')
    expect(response.status).toBe(502)
    expect(json().error.message).toMatch(/maxResponseBytes/)
  })
})

scanRecordsForKey()
