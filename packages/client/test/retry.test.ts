// Retries, Retry-After, timeouts and abort, against the mock over real HTTP.
import { describe, expect, it } from 'vitest'
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  createOpenRouterClient,
  InternalServerError,
  RateLimitError,
} from '../src/index'
import { caught, KEY, recordingLogger, scanRecordsForKey, startMock } from './harness'

// Server-requested waits of 1 ms keep these tests quick without faking timers.
const fast = { retryAfterMs: 1 }

describe('retries', () => {
  it.each([408, 409, 429, 500, 502, 503])(
    'retries %i up to maxRetries (default 2)',
    async (status) => {
      const { mock, url } = await startMock()
      mock.enqueueFaults({ status, ...fast }, { status, ...fast })
      const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
      const page = await client.keys.list()
      expect(page.data.length).toBeGreaterThan(0)
      expect(mock.requests.map((r) => r.status)).toEqual([status, status, 200])
    },
  )

  it('gives up after maxRetries and throws the last error', async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults(...Array.from({ length: 4 }, () => ({ status: 500, ...fast })))
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, maxRetries: 3 })
    expect(await caught(client.keys.list())).toBeInstanceOf(InternalServerError)
    expect(mock.requests).toHaveLength(4)
  })

  it('per-request maxRetries overrides the client, 0 means one attempt', async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults({ status: 429, ...fast })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, maxRetries: 5 })
    expect(await caught(client.keys.list({}, { maxRetries: 0 }))).toBeInstanceOf(RateLimitError)
    expect(mock.requests).toHaveLength(1)
  })

  it('does not retry 400, 401, 403 or 404', async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults({ status: 400 }, { status: 401 }, { status: 403 }, { status: 404 })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    for (let i = 0; i < 4; i++) await caught(client.keys.list())
    expect(mock.requests.map((r) => r.status)).toEqual([400, 401, 403, 404])
  })

  it('retries dropped connections', async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults({ drop: true }, { drop: true })
    const logger = recordingLogger()
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, logger })
    await client.keys.list()
    expect(mock.requests.at(-1)?.status).toBe(200)
    expect(logger.lines.filter((l) => l.startsWith('Retry'))).toHaveLength(2)
  })

  it('retries a timed-out attempt with a fresh timeout', async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults({ delayMs: 3000 })
    const logger = recordingLogger()
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, timeout: 200, logger })
    const page = await client.keys.list()
    expect(page.data.length).toBeGreaterThan(0)
    expect(logger.lines.some((l) => l.includes('Timed out after 200 ms'))).toBe(true)
  })

  it('throws APIConnectionTimeoutError once the retries are spent', async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults({ delayMs: 3000 }, { delayMs: 3000 })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, maxRetries: 1 })
    const error = await caught(client.keys.list({}, { timeout: 100 }))
    expect(error).toBeInstanceOf(APIConnectionTimeoutError)
  })

  it('never retries a POST, PATCH or DELETE unless the call sets maxRetries', async () => {
    const { mock, url } = await startMock()
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, maxRetries: 2 })
    const failing = () =>
      mock.enqueueFaults(
        { status: 503, ...fast },
        { status: 503, ...fast },
        { status: 503, ...fast },
      )
    const mutations = () => mock.requests.filter((request) => request.method !== 'GET')
    const attempts = [
      // A create whose outcome is unknown says so (after one look at the keys), never retries.
      () => client.keys.create({ name: 'ci' }),
      () => client.keys.update('abc', { name: 'renamed' }),
      () => client.keys.delete('abc'),
    ]
    for (const send of attempts) {
      failing()
      const error = await caught(send())
      const status = ((error as { cause?: unknown }).cause ?? error) as InternalServerError
      expect(InternalServerError.isInstance(status)).toBe(true)
      expect(mutations()).toHaveLength(1)
      mock.clearFaults()
      mock.clearRequests()
    }
    failing()
    await caught(client.keys.create({ name: 'ci' }, { maxRetries: 2 }))
    expect(mutations().map((r) => `${r.method} ${r.status}`)).toEqual([
      'POST 503',
      'POST 503',
      'POST 503',
    ])
  })
})

describe('Retry-After', () => {
  it('waits the 1 s the server asks for (Retry-After: 1)', async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults({ status: 429, retryAfter: 1 })
    const logger = recordingLogger()
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, logger })
    await client.keys.list()
    expect(logger.lines.find((l) => l.startsWith('Retry'))).toMatch(
      /^Retry 1\/2 in 1000 ms after 429/,
    )
    expect(mock.requests.map((r) => r.status)).toEqual([429, 200])
  })

  it('prefers retry-after-ms', async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults({ status: 503, retryAfter: 30, retryAfterMs: 120 })
    const logger = recordingLogger()
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, logger })
    await client.keys.list()
    expect(logger.lines.find((l) => l.startsWith('Retry'))).toMatch(/in 120 ms after 503/)
  })
})

describe('abort', () => {
  it.each([
    ['50 ms into the sleep', (abort: () => void) => setTimeout(abort, 50)],
    ['just before the sleep starts', (abort: () => void) => abort()],
  ])('aborts at once during the backoff sleep (%s)', async (_, schedule) => {
    const { mock, url } = await startMock()
    // A 30 s wait: the test would time out if the abort did not end the sleep.
    mock.enqueueFaults({ status: 503, retryAfter: 30 })
    const controller = new AbortController()
    const logger = recordingLogger()
    logger.warn = (line) => {
      logger.lines.push(line)
      schedule(() => controller.abort())
    }
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, logger })
    const error = await caught(client.keys.list({}, { signal: controller.signal }))
    expect(error).toBeInstanceOf(APIUserAbortError)
    expect(logger.lines.some((l) => l.includes('in 30000 ms'))).toBe(true)
    expect(mock.requests).toHaveLength(1)
  })

  it('aborts a request in flight', async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults({ delayMs: 30_000 })
    const controller = new AbortController()
    const logger = recordingLogger()
    logger.debug = () => setTimeout(() => controller.abort(new Error('user left')), 50)
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, logger })
    const error = await caught(client.keys.list({}, { signal: controller.signal }))
    expect(error).toBeInstanceOf(APIUserAbortError)
    expect(APIConnectionError.isInstance(error)).toBe(false)
    expect((error.cause as Error).message).toBe('user left')
  })
})

scanRecordsForKey()
