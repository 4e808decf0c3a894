// Issue 12, "Silent data loss" and the server-side half of "Options and inputs": servers that
// answer 200 with the wrong shape, page forever, redirect, bomb, or send statuses and waits no
// HTTP server should. Each ends in a typed error or a clean end, never in "no keys".
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  createOpenRouterClient,
  InvalidRequestError,
  OpenRouterError,
  RateLimitError,
  ResponseTooLargeError,
} from '../src/index'
import { createRawClient } from '../src/raw'
import {
  caught,
  KEY,
  recordError,
  recordingLogger,
  scanRecordsForKey,
  startMock,
  startServer,
} from './harness'

const key = (hash: string) => ({ hash, name: `key ${hash}`, disabled: false })

/** A server that answers every request with `status`, JSON `body` and `headers`. */
function answering(status: number, body: unknown, headers: Record<string, string> = {}) {
  return startServer((_, response) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers })
    response.end(typeof body === 'string' ? body : JSON.stringify(body))
  })
}

describe('a 200 that is not { data: [objects] }', () => {
  const shapes: Array<[string, string, string]> = [
    ['{}', '{}', '`data` should be an array of objects'],
    ['[]', '[]', 'the body is not a JSON object'],
    ['{"data":null}', '{"data":null}', '`data` should be an array of objects'],
    ['{"data":"abc"}', '{"data":"abc"}', '`data` should be an array of objects'],
    ['{"data":[1,2]}', '{"data":[1,2]}', '`data` should be an array of objects'],
    ['null', 'null', 'the body is not a JSON object'],
    [
      'an error envelope',
      '{"error":{"code":401,"message":"No auth credentials found"}}',
      '`data` should be an array of objects',
    ],
  ]

  it.each(shapes)(
    '%s is an APIError from list and listAll, not "no keys"',
    async (_, body, problem) => {
      const { mock, url } = await startMock()
      mock.enqueueFaults({ status: 200, body }, { status: 200, body })
      const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
      const listed = (await caught(client.keys.list())) as APIError
      expect(listed.constructor).toBe(APIError)
      expect(listed.status).toBe(200)
      expect(listed.message).toBe(
        `200 response of listApiKeys did not have the expected shape: ${problem}: ${body}`,
      )
      const all = await caught(client.keys.listAll().toArray())
      expect(APIError.isInstance(all)).toBe(true)
      expect(all.message).toBe(listed.message)
    },
  )

  it('other operations check their own envelope', async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults({ status: 200, body: '{"data":[]}' }, { status: 200, body: '{}' })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    expect((await caught(client.keys.current())).message).toBe(
      '200 response of getCurrentKey did not have the expected shape: `data` should be an object: {"data":[]}',
    )
    expect((await caught(client.keys.delete('abc'))).message).toBe(
      '200 response of deleteApiKey did not have the expected shape: `deleted` should be a boolean: {}',
    )
  })
})

describe('listed keys without a string hash', () => {
  it.each<[string, () => unknown]>([
    ['no hash', () => ({ name: 'nameless' })],
    ['a number', () => ({ hash: 5 })],
    ['null', () => ({ hash: null })],
  ])('(%s) are a malformed response, not one key', async (_, make) => {
    const { url, requests } = await startServer((request, response) => {
      const offset = Number(new URL(request.url ?? '', 'http://x').searchParams.get('offset'))
      const data = offset < 300 ? Array.from({ length: 100 }, make) : []
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ data }))
    })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const error = await caught(client.keys.listAll().toArray())
    expect(APIError.isInstance(error)).toBe(true)
    expect(error.message).toBe(
      '200 keys.listAll: the response did not have the expected shape: an item has no string identity',
    )
    expect(requests).toHaveLength(1)
  })
})

describe('a listing that never reaches an empty page', () => {
  it('ends cleanly when the server repeats the same full page whatever the offset', {
    timeout: 10_000,
  }, async () => {
    const page = Array.from({ length: 100 }, (_, index) => key(`h${index}`))
    const { url, requests } = await answering(200, { data: page })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const all = await client.keys.listAll().toArray()
    expect(all.map((item) => item.hash)).toEqual(page.map((item) => item.hash))
    // The first page, then a few repeats (some fetched ahead) to be sure it is one.
    expect(requests.length).toBeLessThanOrEqual(12)
  })

  it('ends when a short page brings nothing new', async () => {
    const page = Array.from({ length: 7 }, (_, index) => key(`h${index}`))
    const { url, requests } = await answering(200, { data: page })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    expect(await client.keys.listAll().toArray()).toHaveLength(7)
    expect(requests.length).toBeLessThanOrEqual(12)
  })

  it('lists everything when a key is created between every two pages', async () => {
    const { mock, url } = await startMock({ seed: 250 })
    const before = mock.listKeys().map((item) => item.hash)
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const all = await client.keys
      .listAll({}, { onPage: () => mock.addKey({ name: 'created meanwhile' }) })
      .toArray()
    const hashes = all.map((item) => item.hash)
    expect(new Set(hashes).size).toBe(hashes.length)
    for (const hash of before) expect(hashes).toContain(hash)
  })

  it('stops with a clear error after 10,000 pages that each bring something new', {
    timeout: 60_000,
  }, async () => {
    let served = 0
    // An account without end: the item at position i is h<i>. In memory: 10,000 HTTP round
    // trips would only make the test slow.
    const endless = async (request: Request) => {
      served++
      const offset = Number(new URL(request.url).searchParams.get('offset'))
      const data = Array.from({ length: 5 }, (_, index) => key(`h${offset + index}`))
      return Response.json({ data })
    }
    const client = createOpenRouterClient({
      apiKey: KEY,
      baseURL: 'http://api.invalid',
      fetch: endless,
    })
    let yielded = 0
    const error = await caught(
      (async () => {
        for await (const _ of client.keys.listAll()) yielded++
      })(),
    )
    expect(OpenRouterError.isInstance(error)).toBe(true)
    expect(error.message).toBe(
      'keys.listAll: stopped after 10000 pages with new items on every page; the server or the account is changing faster than it can be listed',
    )
    expect(served).toBeLessThanOrEqual(10_000)
    expect(yielded).toBeGreaterThan(10_000)
  })
})

describe('a response body larger than maxResponseBytes', () => {
  // One gzip member of 16 MiB of zeros is about 16 kB; 64 of them inflate to 1 GiB.
  const member = gzipSync(Buffer.alloc(16 * 1024 * 1024))
  const bomb = Buffer.concat(Array.from({ length: 64 }, () => member))

  it('a gzip bomb (about 1 MB inflating to 1 GiB) is a ResponseTooLargeError, not retried', async () => {
    expect(bomb.byteLength).toBeLessThan(1.5 * 1024 * 1024)
    let finished = 0
    const { url, requests } = await startServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
      response.on('finish', () => finished++)
      response.end(bomb)
    })
    const heapBefore = process.memoryUsage().heapUsed
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, maxRetries: 2 })
    const error = await caught(client.keys.list())
    expect(ResponseTooLargeError.isInstance(error)).toBe(true)
    expect(APIError.isInstance(error)).toBe(true)
    expect(error.message).toBe(
      '200 response body larger than maxResponseBytes (33554432 bytes): not read',
    )
    expect(requests).toHaveLength(1)
    // Read up to the limit and no further: far from the gigabyte.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(256 * 1024 * 1024)
  })

  it('an endless body stops at a smaller maxResponseBytes', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'a')
    let stopped = false
    const { url } = await startServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      const write = () => {
        while (!stopped && response.write(chunk)) {}
        if (!stopped) response.once('drain', write)
      }
      response.on('close', () => {
        stopped = true
      })
      write()
    })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, maxResponseBytes: 100_000 })
    const error = await caught(client.keys.list())
    expect(ResponseTooLargeError.isInstance(error)).toBe(true)
    expect(error.message).toBe(
      '200 response body larger than maxResponseBytes (100000 bytes): not read',
    )
  })
})

describe('redirects', () => {
  it.each([301, 302, 303, 307, 308])(
    '%i is an APIError naming the location origin; the other origin is never asked',
    async (status) => {
      const other = await answering(200, { data: [key('from-the-other-origin')] })
      const { url } = await answering(status, '', { location: `${other.url}/keys?x=1` })
      const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
      const error = (await caught(client.keys.list())) as APIError
      expect(error.constructor).toBe(APIError)
      expect(error.status).toBe(status)
      expect(error.message).toBe(
        `${status} redirect to ${other.url}: the API does not redirect; check baseURL`,
      )
      expect(other.requests).toHaveLength(0)
    },
  )

  it('a relative location names the API origin itself', async () => {
    const { url } = await answering(302, '', { location: '/login' })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: `${url}/api/v1` })
    const error = await caught(client.keys.list())
    expect(error.message).toBe(`302 redirect to ${url}: the API does not redirect; check baseURL`)
  })

  it('the raw client does not follow them either', async () => {
    const other = await answering(200, { data: [key('from-the-other-origin')] })
    const { url } = await answering(302, '', { location: `${other.url}/keys` })
    const raw = createRawClient({ apiKey: KEY, baseURL: url })
    const error = await caught(raw.GET('/keys'))
    expect(APIError.isInstance(error)).toBe(true)
    expect(error.message).toContain(`redirect to ${other.url}`)
    expect(other.requests).toHaveLength(0)
  })
})

describe('statuses outside 100-599', () => {
  it.each([600, 999])('%i is an APIError, not retried as a server error', async (status) => {
    const { url, requests } = await answering(status, { data: [] })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, maxRetries: 2 })
    const error = (await caught(client.keys.list())) as APIError
    expect(error.constructor).toBe(APIError)
    expect(error.message).toBe(
      `${status}: not an HTTP status (the response was opaque or malformed)`,
    )
    expect(requests).toHaveLength(1)
  })

  it('status 0 (an opaque response from a custom fetch) is an APIError, not retried', async () => {
    let calls = 0
    const opaque = async () => {
      calls++
      return { status: 0, headers: new Headers(), body: null } as unknown as Response
    }
    const client = createOpenRouterClient({
      apiKey: KEY,
      baseURL: 'http://api.invalid',
      fetch: opaque,
    })
    const error = await caught(client.keys.list())
    expect(APIError.isInstance(error)).toBe(true)
    expect(error.message).toBe('0: not an HTTP status (the response was opaque or malformed)')
    expect(calls).toBe(1)
  })
})

describe('waits the server asks for', () => {
  it.each([
    ['Retry-After in seconds', { 'retry-after': '2274734858' }],
    ['retry-after-ms', { 'retry-after-ms': '1000000000000000' }],
    ['an HTTP date far ahead', { 'retry-after': 'Fri, 01 Jan 2100 00:00:00 GMT' }],
  ])('RateLimitError.retryAfter is capped at a day (%s)', async (_, headers) => {
    const { url } = await answering(429, { error: { code: 429, message: 'slow down' } }, headers)
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, maxRetries: 0 })
    const error = (await caught(client.keys.list())) as RateLimitError
    expect(RateLimitError.isInstance(error)).toBe(true)
    expect(error.retryAfter).toBe(86_400)
  })

  it.each([
    ['Retry-After', '0x10'],
    ['Retry-After', '1e3'],
    ['Retry-After', '-5'],
    ['Retry-After', 'Infinity'],
    ['retry-after-ms', '0x10'],
  ])('%s: %s is not a wait: the first backoff applies (375-500 ms)', async (name, value) => {
    let calls = 0
    const { url } = await startServer((_, response) => {
      calls++
      if (calls === 1) {
        response.writeHead(503, { [name]: value })
        response.end()
        return
      }
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ data: [] }))
    })
    const logger = recordingLogger()
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, logger })
    await client.keys.list()
    const retry = logger.lines.find((line) => line.startsWith('Retry'))
    const waited = Number(/ in (\d+) ms /.exec(retry ?? '')?.[1])
    // 500 ms minus up to 25 % jitter.
    expect(waited).toBeGreaterThanOrEqual(375)
    expect(waited).toBeLessThanOrEqual(500)
  })
})

describe('JSON.stringify(error)', () => {
  it('has the message for every kind of error', async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults({ status: 404 })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, maxRetries: 0 })
    const errors = [
      await caught(client.keys.list()),
      await caught(client.keys.list({ offset: -1 })),
      await caught(client.keys.list({}, { signal: AbortSignal.abort() })),
      await caught(
        createOpenRouterClient({
          apiKey: KEY,
          baseURL: 'http://127.0.0.1:1',
          maxRetries: 0,
        }).keys.list(),
      ),
    ]
    const kinds = [APIError, InvalidRequestError, APIUserAbortError, APIConnectionError]
    for (const [index, error] of errors.entries()) {
      expect(kinds[index]?.isInstance(error)).toBe(true)
      const json = JSON.parse(JSON.stringify(recordError(error)))
      expect(json.message).toBe(error.message)
      expect(json.name).toBe(error.name)
    }
    expect(JSON.parse(JSON.stringify(errors[0]))).toMatchObject({ status: 404, code: 404 })
  })
})

scanRecordsForKey()
