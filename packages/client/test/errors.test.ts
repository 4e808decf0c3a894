// Each error class with its fields, produced by the mock over real HTTP.
import * as builtCopy from '@openrouter-kit/client'
import { describe, expect, it } from 'vitest'
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  createOpenRouterClient,
  InternalServerError,
  InvalidRequestError,
  NotFoundError,
  OpenRouterError,
  PermissionDeniedError,
  RateLimitError,
} from '../src/index'
import { caught, KEY, scanRecordsForKey, startMock } from './harness'

const statusCases = [
  [400, BadRequestError],
  [401, AuthenticationError],
  [403, PermissionDeniedError],
  [404, NotFoundError],
  [429, RateLimitError],
  [500, InternalServerError],
  [503, InternalServerError],
  [418, APIError],
] as const

describe('API errors', () => {
  it.each(statusCases)(
    'status %i becomes %o with status, code, message, headers, requestId',
    async (status, Class) => {
      const { mock, url } = await startMock()
      mock.enqueueFaults({
        status,
        body: JSON.stringify({
          error: { code: status, message: `nope ${status}`, metadata: { why: 'test' } },
        }),
      })
      const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, maxRetries: 0 })
      const error = await caught(client.keys.list())
      expect(error).toBeInstanceOf(Class)
      expect(Class.isInstance(error)).toBe(true)
      expect(APIError.isInstance(error)).toBe(true)
      expect(OpenRouterError.isInstance(error)).toBe(true)
      const e = error as APIError
      expect(e.name).toBe(Class.name)
      expect(e.status).toBe(status)
      expect(e.code).toBe(status)
      expect(e.message).toBe(`${status} nope ${status}`)
      expect(e.metadata).toEqual({ why: 'test' })
      expect(e.headers.get('content-type')).toContain('application/json')
      expect(e.requestId).toMatch(/^req_/)
      expect(e.requestId).toBe(e.headers.get('x-request-id'))
    },
  )

  it('a wrong key is an AuthenticationError from the mock itself', async () => {
    const { url } = await startMock()
    const client = createOpenRouterClient({ apiKey: 'sk-or-v1-wrong', baseURL: url })
    const error = await caught(client.keys.list())
    expect(AuthenticationError.isInstance(error)).toBe(true)
    expect((error as APIError).status).toBe(401)
    expect(error.message).not.toContain('sk-or-v1-wrong')
  })

  it('RateLimitError carries retryAfter in seconds', async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults({ status: 429, retryAfter: 7 })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, maxRetries: 0 })
    const error = (await caught(client.keys.list())) as RateLimitError
    expect(error).toBeInstanceOf(RateLimitError)
    expect(error.retryAfter).toBe(7)
  })

  it('a non-JSON error page becomes an APIError with a short excerpt, not a SyntaxError', async () => {
    const { mock, url } = await startMock()
    const html = `<html><body>502 Bad Gateway${' padding'.repeat(100)}</body></html>`
    mock.enqueueFaults({ status: 502, body: html, contentType: 'text/html' })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, maxRetries: 0 })
    const error = (await caught(client.keys.list())) as InternalServerError
    expect(error).toBeInstanceOf(InternalServerError)
    expect(error.status).toBe(502)
    expect(error.message).toContain('502 <html><body>502 Bad Gateway')
    expect(error.message.length).toBeLessThan(260)
  })

  it('a 200 that is not JSON, or is empty, is an APIError', async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults(
      { status: 200, body: 'OK', contentType: 'text/plain' },
      { status: 200, body: '' },
    )
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const notJson = (await caught(client.keys.list())) as APIError
    expect(notJson.constructor).toBe(APIError)
    expect(notJson.message).toBe('200 response of listApiKeys is not JSON: OK')
    const empty = (await caught(client.keys.list())) as APIError
    expect(empty.status).toBe(200)
    expect(empty.message).toBe('200 response of listApiKeys is not JSON: empty body')
  })

  it('a key echoed in the response body is redacted from message and metadata', async () => {
    const { mock, url } = await startMock()
    const body = {
      error: { code: 400, message: `bad header Bearer ${KEY}`, metadata: { echo: KEY } },
    }
    mock.enqueueFaults(
      { status: 400, body: JSON.stringify(body) },
      { status: 500, body: `<p>${KEY}</p>` },
    )
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, maxRetries: 0 })
    const json = (await caught(client.keys.list())) as APIError
    expect(json.message).toBe('400 bad header Bearer ***')
    expect(json.metadata).toEqual({ echo: '***' })
    const html = await caught(client.keys.list())
    expect(html.message).toBe('500 <p>***</p>')
  })
})

describe('connection errors', () => {
  it('a dropped connection is an APIConnectionError with the cause', async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults({ drop: true })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, maxRetries: 0 })
    const error = (await caught(client.keys.list())) as APIConnectionError
    expect(error.constructor).toBe(APIConnectionError)
    expect(error.message).toMatch(/^Connection error: /)
    expect(error.cause).toBeInstanceOf(Error)
  })

  it('nothing listening is an APIConnectionError', async () => {
    const { url } = await startMock()
    const client = createOpenRouterClient({
      apiKey: KEY,
      baseURL: url.replace(/:\d+/, ':1'),
      maxRetries: 0,
    })
    expect(APIConnectionError.isInstance(await caught(client.keys.list()))).toBe(true)
  })

  it('a slow answer is an APIConnectionTimeoutError (also an APIConnectionError)', async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults({ delayMs: 5000 })
    const client = createOpenRouterClient({
      apiKey: KEY,
      baseURL: url,
      timeout: 100,
      maxRetries: 0,
    })
    const error = await caught(client.keys.list())
    expect(error).toBeInstanceOf(APIConnectionTimeoutError)
    expect(APIConnectionError.isInstance(error)).toBe(true)
    expect(error.message).toBe('Timed out after 100 ms')
  })

  it('an aborted signal is an APIUserAbortError and sends nothing', async () => {
    const { mock, url } = await startMock()
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const error = await caught(client.keys.list({}, { signal: AbortSignal.abort() }))
    expect(APIUserAbortError.isInstance(error)).toBe(true)
    expect(mock.requests).toHaveLength(0)
  })

  it('bad input is an InvalidRequestError', async () => {
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: 'http://127.0.0.1:1' })
    const error = await caught(client.keys.list({ offset: -1 }))
    expect(InvalidRequestError.isInstance(error)).toBe(true)
    expect(error.name).toBe('InvalidRequestError')
  })
})

describe('isInstance', () => {
  it('works across two copies of the package (here: src and the built dist)', async () => {
    expect(builtCopy.RateLimitError).not.toBe(RateLimitError)
    const { mock, url } = await startMock()
    mock.enqueueFaults({ status: 429 })
    const other = builtCopy.createOpenRouterClient({ apiKey: KEY, baseURL: url, maxRetries: 0 })
    const error = await caught(other.keys.list())
    expect(error instanceof RateLimitError).toBe(false)
    expect(RateLimitError.isInstance(error)).toBe(true)
    expect(APIError.isInstance(error)).toBe(true)
    expect(OpenRouterError.isInstance(error)).toBe(true)
    expect(BadRequestError.isInstance(error)).toBe(false)
    expect(APIConnectionError.isInstance(error)).toBe(false)
  })

  it('is false for other values', () => {
    for (const value of [null, undefined, 0, 'APIError', {}, new Error('x'), Object.create(null)])
      expect(OpenRouterError.isInstance(value)).toBe(false)
    expect(APIError.isInstance(new OpenRouterError('base'))).toBe(false)
  })
})

scanRecordsForKey()
