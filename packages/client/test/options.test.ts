// Issue 12, "Options and inputs": every bad option is an InvalidRequestError naming it, at
// creation (client options) or before the request (request options, parameters, listAll's
// options); nothing is sent. Also: a logger can never break or delay a request.
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  type ClientOptions,
  createOpenRouterClient,
  InvalidRequestError,
  type ListApiKeysParams,
  type RequestOptions,
} from '../src/index'
import {
  caught,
  KEY,
  recordError,
  recordingLogger,
  scanRecordsForKey,
  secret,
  startMock,
} from './harness'

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
})

/** The InvalidRequestError that creating a client with `options` throws. */
function creationError(options: ClientOptions): Error {
  try {
    createOpenRouterClient({ apiKey: KEY, ...options })
  } catch (error) {
    recordError(error)
    expect(InvalidRequestError.isInstance(error)).toBe(true)
    return error as Error
  }
  throw new Error(`expected ${JSON.stringify(options)} to be refused`)
}

const UUID = '5b1e7c42-8a3d-4f6e-9c21-7d04e8b9a613'
// A credential in a header value or a baseURL query: never shown in a message.
secret('secret-token')

describe('timeout', () => {
  it.each([Number.POSITIVE_INFINITY, 2 ** 31, 2 ** 40])(
    '%d means no timeout (timers cannot hold it), not 1 ms',
    async (timeout) => {
      const { mock, url } = await startMock()
      mock.enqueueFaults({ delayMs: 50 })
      const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, timeout, maxRetries: 0 })
      expect((await client.keys.list()).data.length).toBeGreaterThan(0)
      mock.enqueueFaults({ delayMs: 50 })
      const perRequest = createOpenRouterClient({ apiKey: KEY, baseURL: url, maxRetries: 0 })
      expect((await perRequest.keys.list({}, { timeout })).data.length).toBeGreaterThan(0)
    },
  )

  it.each([
    [0, '0'],
    [-1, '-1'],
    [Number.NaN, 'NaN'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
    ['100', '"100"'],
    [null, 'null'],
  ])('%s is refused at creation and per request', async (timeout, shown) => {
    const message = `Invalid timeout: received ${shown}, expected milliseconds > 0 (Infinity for none)`
    expect(creationError({ timeout: timeout as number }).message).toBe(message)
    const { mock, url } = await startMock()
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const error = await caught(client.keys.list({}, { timeout: timeout as number }))
    expect(InvalidRequestError.isInstance(error)).toBe(true)
    expect(error.message).toBe(message)
    expect(mock.requests).toHaveLength(0)
  })
})

describe('maxRetries', () => {
  it.each([
    [1.5, '1.5'],
    [-1, '-1'],
    [Number.NaN, 'NaN'],
    ['3', '"3"'],
    [1e9, '1000000000'],
    [11, '11'],
    [null, 'null'],
  ])('%s is refused at creation and per request', async (maxRetries, shown) => {
    const message = `Invalid maxRetries: received ${shown}, expected an integer from 0 to 10`
    expect(creationError({ maxRetries: maxRetries as number }).message).toBe(message)
    const { mock, url } = await startMock()
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const error = await caught(client.keys.list({}, { maxRetries: maxRetries as number }))
    expect(error.message).toBe(message)
    expect(mock.requests).toHaveLength(0)
  })

  it('is capped at 10: a server asking for 1 ms waits gets 11 attempts, not thousands', async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults(...Array.from({ length: 20 }, () => ({ status: 503, retryAfterMs: 1 })))
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, maxRetries: 10 })
    await caught(client.keys.list())
    expect(mock.requests).toHaveLength(11)
  })
})

describe('baseURL', () => {
  const expected = 'an http(s) URL, or a path such as /api/openrouter'
  it.each([
    [42, '42', expected],
    ['openrouter.ai/api/v1', '"openrouter.ai/api/v1"', expected],
    ['', '""', expected],
    ['   ', '"   "', expected],
    [' https://openrouter.ai/api/v1', '" https://openrouter.ai/api/v1"', expected],
    ['https://open router.ai/api', '"https://open router.ai/api"', expected],
    ['ftp://openrouter.ai/api', '"ftp://openrouter.ai/api"', expected],
    ['javascript:alert(1)', '"javascript:alert(1)"', expected],
    ['//evil.example/api', '"//evil.example/api"', expected],
    [
      // Shown without the query, which may hold a token.
      'https://openrouter.ai/api/v1?token=secret-token',
      '"https://openrouter.ai/api/v1?…"',
      `${expected}, without ?, # or a trailing //`,
    ],
    [
      'https://openrouter.ai/api/v1#top',
      '"https://openrouter.ai/api/v1?…"',
      `${expected}, without ?, # or a trailing //`,
    ],
    [
      'https://openrouter.ai/api/v1//',
      '"https://openrouter.ai/api/v1//"',
      `${expected}, without ?, # or a trailing //`,
    ],
    [null, 'null', expected],
  ])('%j is refused at creation', (baseURL, shown, what) => {
    expect(creationError({ baseURL: baseURL as string }).message).toBe(
      `Invalid baseURL: received ${shown}, expected ${what}`,
    )
  })

  it('accepts http(s) URLs (one trailing slash dropped) and paths', async () => {
    const { mock, url } = await startMock()
    for (const baseURL of [url, `${url}/`]) {
      await createOpenRouterClient({ apiKey: KEY, baseURL }).keys.list()
    }
    expect(mock.requests.map((request) => request.path.endsWith('/keys'))).toEqual([true, true])
    expect(() => createOpenRouterClient({ apiKey: KEY, baseURL: '/api/openrouter' })).not.toThrow()
  })
})

describe('apiKey', () => {
  it.each([
    ['', 'it is empty'],
    ['   ', 'it is empty'],
    [42, 'received a number, expected a string'],
    [{}, 'received an object, expected a string'],
    [['k'], 'received an object, expected a string'],
    [true, 'received a boolean, expected a string'],
    [null, 'received null, expected a string'],
    [` ${KEY}`, 'it starts or ends with whitespace (a pasted newline or space?)'],
  ])('%j is refused at creation', (apiKey, problem) => {
    expect(creationError({ apiKey: apiKey as string }).message).toBe(`Invalid apiKey: ${problem}`)
  })

  it('a function returning a non-string is refused per call, nothing sent', async () => {
    const { mock, url } = await startMock()
    const client = createOpenRouterClient({
      apiKey: (() => 42) as unknown as () => string,
      baseURL: url,
    })
    const error = await caught(client.keys.list())
    expect(error.message).toBe('Invalid apiKey: received a number, expected a string')
    expect(mock.requests).toHaveLength(0)
  })
})

describe('fetch, logger, defaultHeaders, dangerouslyAllowBrowser, maxResponseBytes, names', () => {
  it.each<[ClientOptions, string]>([
    [{ fetch: 'fetch' as never }, 'Invalid fetch: received "fetch", expected a function'],
    [{ fetch: {} as never }, 'Invalid fetch: received {}, expected a function'],
    [
      { logger: 'console' as never },
      'Invalid logger: received "console", expected an object such as console',
    ],
    [{ logger: [] as never }, 'Invalid logger: received [], expected an object such as console'],
    [
      { logger: { debug: 'yes' } as never },
      'Invalid logger.debug: received "yes", expected a function',
    ],
    [
      { defaultHeaders: [] as never },
      'Invalid defaultHeaders: received [], expected an object of header names to values',
    ],
    [
      { defaultHeaders: 'x-app: 1' as never },
      'Invalid defaultHeaders: received "x-app: 1", expected an object of header names to values',
    ],
    [
      { defaultHeaders: { 'x-app': 1 } as never },
      'Invalid defaultHeaders.x-app: received 1, expected a string',
    ],
    [
      // Not quoted: a header value may be a credential.
      { defaultHeaders: { 'x-proxy-token': 'secret-token\r\nx-injected: 1' } },
      'Invalid defaultHeaders.x-proxy-token: received a string with a control character (such as a line break) or one beyond U+00FF, which a header cannot carry',
    ],
    [
      { defaultHeaders: { 'x-app': 'caf\u00e9 \u20ac' } },
      'Invalid defaultHeaders.x-app: received a string with a control character (such as a line break) or one beyond U+00FF, which a header cannot carry',
    ],
    [
      { defaultHeaders: { 'bad name': 'v' } },
      'Invalid defaultHeaders name: received "bad name", expected a header name other than Authorization',
    ],
    [
      { defaultHeaders: { Authorization: 'Bearer other' } },
      'Invalid defaultHeaders name: received "Authorization", expected a header name other than Authorization',
    ],
    [
      { dangerouslyAllowBrowser: 'yes' as never },
      'Invalid dangerouslyAllowBrowser: received "yes", expected true or false',
    ],
    [
      { maxResponseBytes: 0 },
      'Invalid maxResponseBytes: received 0, expected a whole number of bytes > 0',
    ],
    [
      { baseUrl: 'https://openrouter.ai/api/v1' } as never,
      'Invalid option name: received "baseUrl", expected one of apiKey, baseURL, timeout, maxRetries, maxResponseBytes, fetch, defaultHeaders, logger, dangerouslyAllowBrowser',
    ],
  ])('%j is refused at creation', (options, message) => {
    expect(creationError(options).message).toBe(message)
  })

  it('refuses options that are not an object', () => {
    expect(() => createOpenRouterClient('https://openrouter.ai' as never)).toThrow(
      new InvalidRequestError(
        'Invalid options: received "https://openrouter.ai", expected an object',
      ),
    )
  })

  it.each<[RequestOptions, string]>([
    [{ signal: {} as never }, 'Invalid signal: received {}, expected an AbortSignal'],
    [{ signal: 'abort' as never }, 'Invalid signal: received "abort", expected an AbortSignal'],
    [
      { signal: { aborted: false } as never },
      'Invalid signal: received {"aborted":false}, expected an AbortSignal',
    ],
    [
      { timeOut: 5 } as never,
      'Invalid request option name: received "timeOut", expected one of signal, timeout, maxRetries, onRetry',
    ],
  ])('request options %j are refused before sending', async (options, message) => {
    const { mock, url } = await startMock()
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const error = await caught(client.keys.list({}, options))
    expect(InvalidRequestError.isInstance(error)).toBe(true)
    expect(error.message).toBe(message)
    expect(mock.requests).toHaveLength(0)
  })
})

describe('listAll options', () => {
  it.each([
    [null, 'null'],
    [Number.NaN, 'NaN'],
    [-1, '-1'],
    ['abc', '"abc"'],
    [1.5, '1.5'],
  ])('limit %s is refused before any request', async (limit, shown) => {
    const { mock, url } = await startMock({ seed: 5 })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    let error: unknown
    try {
      await client.keys.listAll({}, { limit: limit as number }).toArray()
    } catch (thrown) {
      error = recordError(thrown)
    }
    expect(InvalidRequestError.isInstance(error)).toBe(true)
    expect((error as Error).message).toBe(
      `Invalid limit: received ${shown}, expected an integer >= 0 (the most items to yield)`,
    )
    expect(mock.requests).toHaveLength(0)
  })

  it.each([
    ['a string', 'log'],
    ['an object', {}],
    ['a number', 1],
  ])('onPage as %s is refused before any request', async (_, onPage) => {
    const { mock, url } = await startMock({ seed: 5 })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    let error: unknown
    try {
      await client.keys.listAll({}, { onPage: onPage as never }).toArray()
    } catch (thrown) {
      error = recordError(thrown)
    }
    expect(InvalidRequestError.isInstance(error)).toBe(true)
    expect((error as Error).message).toMatch(/^Invalid onPage: received .*, expected a function/)
    expect(mock.requests).toHaveLength(0)
  })

  it('limit 0 and Infinity are fine', async () => {
    const { mock, url } = await startMock({ seed: 5 })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    expect(await client.keys.listAll({}, { limit: 0 }).toArray()).toEqual([])
    expect(mock.requests).toHaveLength(0)
    const all = await client.keys.listAll({}, { limit: Number.POSITIVE_INFINITY }).toArray()
    expect(all).toHaveLength(mock.listKeys().length)
  })
})

describe('parameter names and values', () => {
  const names = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__']

  it.each(names)(
    '%s is an unknown parameter name, not an Object.prototype member',
    async (name) => {
      const { mock, url } = await startMock()
      const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
      // JSON.parse makes an own "__proto__" property, as a decoded request would.
      const params = JSON.parse(`{${JSON.stringify(name)}: "1"}`) as ListApiKeysParams
      const error = await caught(client.keys.list(params))
      expect(InvalidRequestError.isInstance(error)).toBe(true)
      expect(error.message).toBe(
        `Invalid parameter name: received "${name}", expected one of include_disabled, offset, workspace_id`,
      )
      expect(mock.requests).toHaveLength(0)
    },
  )

  it.each(names)('%s is an unknown body field name', async (name) => {
    const { mock, url } = await startMock()
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const body = JSON.parse(`{"name": "ci", ${JSON.stringify(name)}: {"limit": 1}}`)
    const error = await caught(client.keys.create(body))
    expect(InvalidRequestError.isInstance(error)).toBe(true)
    expect(error.message).toMatch(
      new RegExp(`^Invalid field name: received "${name}", expected one of `),
    )
    expect(mock.requests).toHaveLength(0)
  })

  const boxed: Array<[string, unknown]> = [
    ['include_disabled', ['true']],
    ['include_disabled', new String('true')],
    ['include_disabled', new Boolean(true)],
    ['include_disabled', { toString: () => 'true' }],
    ['offset', new Number(1)],
    ['offset', [1]],
    ['offset', { valueOf: () => 1 }],
    ['workspace_id', new String(UUID)],
    ['workspace_id', [UUID]],
    ['workspace_id', { toString: () => UUID }],
  ]

  it.each(boxed)('%s = %o (not a primitive) is refused', async (name, value) => {
    const { mock, url } = await startMock()
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const error = await caught(client.keys.list({ [name]: value } as ListApiKeysParams))
    expect(InvalidRequestError.isInstance(error)).toBe(true)
    expect(error.message).toMatch(new RegExp(`^Invalid ${name}: received `))
    expect(mock.requests).toHaveLength(0)
  })

  it('boxed body values are refused too', async () => {
    const { mock, url } = await startMock()
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    for (const body of [{ name: new String('ci') }, { name: 'ci', limit: new Number(5) }]) {
      const error = await caught(client.keys.create(body as never))
      expect(InvalidRequestError.isInstance(error)).toBe(true)
    }
    expect(mock.requests).toHaveLength(0)
  })

  it.each([
    ['a string', 'offset=1'],
    ['an array', [['offset', 1]]],
  ])('parameters as %s are refused', async (_, params) => {
    const { mock, url } = await startMock()
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const error = await caught(client.keys.list(params as never))
    expect(error.message).toMatch(/^Invalid parameters: received .*, expected an object$/)
    expect(mock.requests).toHaveLength(0)
  })
})

describe('a logger that fails', () => {
  // A distinctive timeout, so that the attempt's timer can be told from undici's own.
  const TIMEOUT = 45_678

  /** Records every timer of TIMEOUT ms and whether it was cleared. */
  function watchAttemptTimers() {
    const started = new Set<unknown>()
    const cleared = new Set<unknown>()
    const setTimer = globalThis.setTimeout
    const clearTimer = globalThis.clearTimeout
    vi.spyOn(globalThis, 'setTimeout').mockImplementation(((
      callback: () => void,
      delay?: number,
    ) => {
      const handle = setTimer(callback, delay)
      if (delay === TIMEOUT) started.add(handle)
      return handle
    }) as typeof setTimeout)
    vi.spyOn(globalThis, 'clearTimeout').mockImplementation((handle) => {
      cleared.add(handle)
      clearTimer(handle)
    })
    return { running: () => [...started].filter((handle) => !cleared.has(handle)) }
  }

  it('that throws never breaks a request, nor leaves its timer running', async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults({ status: 503, retryAfterMs: 1 })
    const timers = watchAttemptTimers()
    const fail = () => {
      throw new Error('logger down')
    }
    const client = createOpenRouterClient({
      apiKey: KEY,
      baseURL: url,
      timeout: TIMEOUT,
      logger: { debug: fail, info: fail, warn: fail, error: fail },
    })
    const page = await client.keys.list()
    expect(page.data.length).toBeGreaterThan(0)
    expect(mock.requests.map((request) => request.status)).toEqual([503, 200])
    expect(timers.running()).toEqual([])
  })

  it('that rejects (an async logger) never causes an unhandled rejection', async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults({ status: 503, retryAfterMs: 1 })
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    const fail = async () => {
      throw new Error('async logger down')
    }
    const client = createOpenRouterClient({
      apiKey: KEY,
      baseURL: url,
      logger: { debug: fail, warn: fail },
    })
    await client.keys.list()
    await new Promise((resolve) => setTimeout(resolve, 20))
    process.off('unhandledRejection', onUnhandled)
    expect(unhandled).toEqual([])
  })

  it('whose method is a throwing getter is ignored too', async () => {
    const { url } = await startMock()
    const logger = recordingLogger()
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, logger })
    Object.defineProperty(logger, 'debug', {
      get() {
        throw new Error('getter down')
      },
    })
    expect((await client.keys.list()).data.length).toBeGreaterThan(0)
  })
})

scanRecordsForKey()
