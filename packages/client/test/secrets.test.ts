// Issue 12, "Secrets": the key never leaves, in any spelling a server echoes it in, through any
// field of an error (message, headers, requestId, JSON), the raw client or a bad option.
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  type APIError,
  createOpenRouterClient,
  InvalidRequestError,
  type OpenRouterError,
} from '../src/index'
import { createRawClient } from '../src/raw'
import { createKeysProxy } from '../src/server/index'
import {
  bearerOf,
  caught,
  KEY,
  record,
  recordError,
  recordingLogger,
  scanRecordsForKey,
  secret,
  startMock,
  startServer,
} from './harness'

afterEach(() => {
  vi.unstubAllEnvs()
})

/** The 10-character pieces of `value`: finding any of them in a text is a partial leak. */
function piecesOf(value: string, length = 10): string[] {
  return Array.from({ length: value.length - length + 1 }, (_, start) =>
    value.slice(start, start + length),
  )
}

function expectNoPieceOf(value: string, text: string): void {
  for (const piece of piecesOf(value)) expect(text).not.toContain(piece)
}

/** Everything of an error a caller could print, in one text. */
function everything(error: unknown): string {
  const e = error as APIError
  return [
    e.message,
    String(e),
    JSON.stringify(e),
    e.stack,
    e.headers ? JSON.stringify([...e.headers]) : '',
    String(e.requestId),
    JSON.stringify(e.metadata),
  ].join('\n')
}

// A key with every character JSON and URLs escape: quote, backslash, slash, space, Latin-1.
const ODD_KEY = secret('sk-or-v1-"odd"\\key/with space+é-0123456789')

/** `value` with every character written as a JSON \u escape (Go's encoder does this for <>&). */
const unicodeEscaped = (value: string) =>
  [...value].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')

describe('a key echoed in a non-JSON body', () => {
  it.each([150, 185, 190, 195, 199, 200])(
    'is redacted before the 200-character excerpt is cut (key at %i)',
    async (offset) => {
      const { mock, url } = await startMock()
      mock.enqueueFaults({
        status: 500,
        body: `${'x'.repeat(offset)}${KEY} and more text after it`,
        contentType: 'text/plain',
      })
      const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, maxRetries: 0 })
      const error = await caught(client.keys.list())
      expect(error.message.startsWith(`500 ${'x'.repeat(Math.min(offset, 150))}`)).toBe(true)
      expectNoPieceOf(KEY, everything(error))
      // Not even the first five characters where the cut falls just after them.
      expect(error.message).not.toContain(KEY.slice(0, 5))
    },
  )

  it('drops the start of a key that the server cut itself', async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults(
      { status: 500, body: `denied for ${KEY.slice(0, 20)}`, contentType: 'text/plain' },
      {
        status: 400,
        body: JSON.stringify({ error: { code: 400, message: `bad key ${KEY.slice(0, 18)}` } }),
      },
    )
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, maxRetries: 0 })
    const text = await caught(client.keys.list())
    expect(text.message).toBe('500 denied for ***')
    const json = await caught(client.keys.list())
    expect(json.message).toBe('400 bad key ***')
  })

  it('is redacted when URL-encoded or JSON-escaped inside HTML', async () => {
    const apiKey = ODD_KEY
    const { url } = await startServer((request, response) => {
      const key = bearerOf(request)
      response.writeHead(502, { 'content-type': 'text/html' })
      response.end(
        [
          `<a href="/retry?key=${encodeURIComponent(key)}">`,
          `<a href="/retry?key=${encodeURIComponent(key).toLowerCase()}">`,
          `<a href="/retry?key=${encodeURIComponent(key).replaceAll('%20', '+')}">`,
          `<script>var key = ${JSON.stringify(key)}</script>`,
        ].join(''),
      )
    })
    const client = createOpenRouterClient({ apiKey, baseURL: url, maxRetries: 0 })
    const error = await caught(client.keys.list())
    expect(error.message).toBe(
      '502 <a href="/retry?key=***"><a href="/retry?key=***"><a href="/retry?key=***"><script>var key = "***"</script>',
    )
  })
})

describe('a key with " and \\ echoed in a JSON error body', () => {
  it('is redacted from message and metadata, in every JSON spelling', async () => {
    const apiKey = ODD_KEY
    const { url } = await startServer((request, response) => {
      const key = bearerOf(request)
      response.writeHead(401, { 'content-type': 'application/json' })
      // Hand-written JSON: the key JSON-escaped, \u-escaped throughout, with \/ and URL-encoded.
      response.end(
        `{"error":{"code":401,"message":${JSON.stringify(`bad key ${key}`)},"metadata":{` +
          `"unicode":"${unicodeEscaped(key)}",` +
          `"slash":${JSON.stringify(key).replaceAll('/', '\\/')},` +
          `"url":"https://x.example/?k=${encodeURIComponent(key)}",` +
          `"list":[${JSON.stringify(key)}]}}}`,
      )
    })
    const client = createOpenRouterClient({ apiKey, baseURL: url, maxRetries: 0 })
    const error = (await caught(client.keys.list())) as APIError
    expect(error.message).toBe('401 bad key ***')
    expect(error.metadata).toEqual({
      unicode: '***',
      slash: '***',
      url: 'https://x.example/?k=***',
      list: ['***'],
    })
    const text = everything(error)
    for (const spelling of [apiKey, JSON.stringify(apiKey), encodeURIComponent(apiKey)])
      expect(text).not.toContain(spelling.slice(1, -1))
  })
})

describe('a key echoed in response headers', () => {
  it('is redacted from error.headers, error.requestId and JSON.stringify(error)', async () => {
    const { url } = await startServer((request, response) => {
      const key = bearerOf(request)
      response.writeHead(403, {
        'content-type': 'application/json',
        'x-request-id': `req_${key}`,
        'x-echo': key,
        'www-authenticate': `Bearer realm="api", token="${key}"`,
        link: `<https://x.example/?k=${encodeURIComponent(key)}>`,
      })
      response.end(JSON.stringify({ error: { code: 403, message: 'no' } }))
    })
    for (const apiKey of [KEY, ODD_KEY]) {
      const client = createOpenRouterClient({ apiKey, baseURL: url, maxRetries: 0 })
      const error = (await caught(client.keys.list())) as APIError
      expect(error.requestId).toBe('req_***')
      expect(error.headers.get('x-echo')).toBe('***')
      expect(error.headers.get('www-authenticate')).toBe('Bearer realm="api", token="***"')
      expect(error.headers.get('link')).toBe('<https://x.example/?k=***>')
      expect(JSON.parse(JSON.stringify(error))).toMatchObject({
        name: 'PermissionDeniedError',
        message: '403 no',
        requestId: 'req_***',
      })
      expectNoPieceOf(apiKey, everything(error))
    }
  })
})

// Characters the Headers API refuses: it throws a TypeError that quotes the whole value.
const unsendable: Array<[string, string]> = [
  ['CR LF (header injection)', `${KEY}\r\nx-injected: 1`],
  ['a trailing LF (a pasted line)', `${KEY}\n`],
  ['NUL', `${KEY}\u0000`],
  ['a character above U+00FF', `${KEY}\u0100`],
  ['an emoji', `${KEY}\u{1F511}`],
]

describe('a key the Headers API refuses', () => {
  it.each(unsendable)('(%s) is an InvalidRequestError at creation, without the key', (_, bad) => {
    let error: unknown
    try {
      createOpenRouterClient({ apiKey: bad, baseURL: 'http://127.0.0.1:1' })
    } catch (thrown) {
      error = recordError(thrown)
    }
    expect(InvalidRequestError.isInstance(error)).toBe(true)
    expect((error as Error).message).toMatch(/^Invalid apiKey: it /)
    expectNoPieceOf(bad, everything(error))
  })

  it.each(unsendable)(
    '(%s) from an apiKey function is an InvalidRequestError per call, nothing sent',
    async (_, bad) => {
      const { mock, url } = await startMock()
      const client = createOpenRouterClient({ apiKey: async () => bad, baseURL: url })
      const error = await caught(client.keys.list())
      expect(InvalidRequestError.isInstance(error)).toBe(true)
      expect(error.message).toMatch(/^Invalid apiKey: it /)
      expectNoPieceOf(bad, everything(error))
      expect(mock.requests).toHaveLength(0)
    },
  )

  it('makes the proxy answer 500 and log a line without the key', async () => {
    const { mock, url } = await startMock()
    const logger = recordingLogger()
    const bad = secret('sk-or-v1-proxy-0123456789\r\n')
    const proxy = createKeysProxy({
      apiKey: () => bad,
      baseURL: url,
      logger,
      authorize: () => true,
    })
    const response = await proxy(new Request('https://app.example/api/keys'))
    const body = await response.text()
    record(body)
    expect(response.status).toBe(500)
    expect(logger.lines.join('\n')).toMatch(/Invalid apiKey: it contains a control character/)
    expectNoPieceOf(bad, `${body}\n${logger.lines.join('\n')}`)
    expect(mock.requests).toHaveLength(0)
  })
})

describe('the raw client', () => {
  it('redacts a key echoed in bodies and headers, failed or not', async () => {
    const { url } = await startServer((request, response) => {
      const key = bearerOf(request)
      const failed = request.url?.includes('offset=1')
      response.writeHead(failed ? 400 : 200, {
        'content-type': 'application/json',
        'x-request-id': `req_${key}`,
      })
      response.end(
        failed
          ? `{"error":{"code":400,"message":${JSON.stringify(`bad ${key}`)}}}`
          : JSON.stringify({ data: [{ hash: 'h', name: `echo ${key}` }] }),
      )
    })
    for (const apiKey of [KEY, ODD_KEY]) {
      const raw = createRawClient({ apiKey, baseURL: url })
      const ok = await raw.GET('/keys')
      const failed = await raw.GET('/keys', { params: { query: { offset: 1 } } })
      for (const result of [ok, failed])
        record(
          JSON.stringify(result.data ?? result.error),
          JSON.stringify([...result.response.headers]),
        )
      expect(ok.data?.data[0]?.name).toBe('echo ***')
      expect(ok.response.headers.get('x-request-id')).toBe('req_***')
      expect(failed.error).toEqual({ error: { code: 400, message: 'bad ***' } })
      expect(failed.response.headers.get('x-request-id')).toBe('req_***')
    }
  })
})

describe('a baseURL with credentials', () => {
  const password = secret('hunter2-password')

  it('is refused at creation with the credentials masked', () => {
    for (const baseURL of [
      `https://admin:${password}@openrouter.ai/api/v1`,
      `https://${password}@openrouter.ai/api/v1`,
    ]) {
      let error: unknown
      try {
        createOpenRouterClient({ apiKey: KEY, baseURL })
      } catch (thrown) {
        error = recordError(thrown)
      }
      expect(InvalidRequestError.isInstance(error)).toBe(true)
      expect((error as OpenRouterError).message).toBe(
        'Invalid baseURL: received "https://***@openrouter.ai/api/v1", expected a URL without user:password@',
      )
      expect(everything(error)).not.toContain('admin')
    }
  })

  it('is refused from OPENROUTER_BASE_URL the same way', () => {
    vi.stubEnv('OPENROUTER_BASE_URL', `http://user:${password}@127.0.0.1:1/api`)
    let error: unknown
    try {
      createOpenRouterClient({ apiKey: KEY })
    } catch (thrown) {
      error = recordError(thrown)
    }
    expect(InvalidRequestError.isInstance(error)).toBe(true)
    expect((error as Error).message).toContain('"http://***@127.0.0.1:1/api"')
  })
})

scanRecordsForKey()
