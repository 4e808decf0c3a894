// Bad input fails with an InvalidRequestError before any request is sent.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createOpenRouterClient, InvalidRequestError, type ListApiKeysParams } from '../src/index'
import { caught, KEY, scanRecordsForKey, startMock } from './harness'

afterEach(() => {
  vi.unstubAllEnvs()
})

const bad: Array<[string, unknown, string]> = [
  ['offset', -1, 'Invalid offset: received -1, expected an integer >= 0 or null'],
  ['offset', 1.5, 'Invalid offset: received 1.5, expected an integer >= 0 or null'],
  ['offset', '5', 'Invalid offset: received "5", expected an integer >= 0 or null'],
  [
    'offset',
    2 ** 53,
    'Invalid offset: received 9007199254740992, expected an integer >= 0 or null',
  ],
  ['offset', Number.NaN, 'Invalid offset: received NaN, expected an integer >= 0 or null'],
  ['workspace_id', 'default', 'Invalid workspace_id: received "default", expected a UUID'],
  ['workspace_id', 42, 'Invalid workspace_id: received 42, expected a UUID'],
  [
    'include_disabled',
    'yes',
    `Invalid include_disabled: received "yes", expected true, false, 'true' or 'false'`,
  ],
  [
    'include_disabled',
    1,
    `Invalid include_disabled: received 1, expected true, false, 'true' or 'false'`,
  ],
  [
    'limit',
    10,
    'Invalid parameter name: received "limit", expected one of include_disabled, offset, workspace_id',
  ],
]

describe('keys.list input', () => {
  it.each(bad)('rejects %s = %o before any request', async (name, value, message) => {
    const { mock, url } = await startMock()
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const error = await caught(client.keys.list({ [name]: value } as ListApiKeysParams))
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect(error.message).toBe(message)
    expect(mock.requests).toHaveLength(0)
  })

  it('sends booleans as true/false and treats null/undefined as absent', async () => {
    const { mock, url } = await startMock()
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    await client.keys.list({ include_disabled: false, offset: null, workspace_id: undefined })
    await client.keys.list({ include_disabled: 'true', offset: 0 })
    expect(mock.requests.map((r) => r.query)).toEqual([
      { include_disabled: 'false' },
      { include_disabled: 'true', offset: '0' },
    ])
  })

  it('asks for OPENROUTER_MANAGEMENT_KEY when there is no key', async () => {
    vi.stubEnv('OPENROUTER_MANAGEMENT_KEY', '')
    const { mock, url } = await startMock()
    const error = await caught(createOpenRouterClient({ baseURL: url }).keys.list())
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect(error.message).toBe('Missing API key: set OPENROUTER_MANAGEMENT_KEY or pass apiKey')
    const empty = await caught(
      createOpenRouterClient({ apiKey: () => '', baseURL: url }).keys.list(),
    )
    expect(empty).toBeInstanceOf(InvalidRequestError)
    expect(mock.requests).toHaveLength(0)
  })

  it('reads the key and base URL from the environment at creation, a key function per request', async () => {
    const { mock, url } = await startMock()
    vi.stubEnv('OPENROUTER_MANAGEMENT_KEY', KEY)
    vi.stubEnv('OPENROUTER_BASE_URL', url)
    expect((await createOpenRouterClient().keys.list()).data.length).toBeGreaterThan(0)
    let calls = 0
    const apiKey = async () => {
      calls++
      return KEY
    }
    const client = createOpenRouterClient({ baseURL: url, apiKey })
    await client.keys.list()
    await client.keys.list()
    expect(calls).toBe(2)
    expect(mock.requests.every((r) => r.headers.authorization === 'Bearer ***')).toBe(true)
  })

  it('redacts the key when it is the bad value', async () => {
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: 'http://127.0.0.1:1' })
    const error = await caught(client.keys.list({ workspace_id: KEY }))
    expect(error.message).toBe('Invalid workspace_id: received "***", expected a UUID')
  })
})

describe('transport options', () => {
  it('sends defaultHeaders and uses the global fetch looked up at call time', async () => {
    const { mock, url } = await startMock()
    const client = createOpenRouterClient({
      apiKey: KEY,
      baseURL: `${url}/`,
      defaultHeaders: { 'x-app': 'tests' },
    })
    const seen: string[] = []
    const original = globalThis.fetch
    vi.stubGlobal('fetch', (request: Request) => {
      seen.push(request.url)
      return original(request)
    })
    await client.keys.list()
    vi.unstubAllGlobals()
    expect(seen).toEqual([`${url}/keys`])
    expect(mock.requests[0]?.headers['x-app']).toBe('tests')
  })

  it('hands the fetch option a Request with method, headers, body and no redirects', async () => {
    const { mock, url } = await startMock()
    const received: Request[] = []
    const recording = (request: Request) => {
      received.push(request)
      return globalThis.fetch(request)
    }
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, fetch: recording })
    await client.keys.create({ name: 'through a custom fetch' })
    expect(received).toHaveLength(1)
    const [request] = received
    expect(request).toBeInstanceOf(Request)
    expect(request?.method).toBe('POST')
    expect(request?.redirect).toBe('manual')
    expect(request?.headers.get('content-type')).toBe('application/json')
    expect(mock.listKeys().some((key) => key.name === 'through a custom fetch')).toBe(true)
  })
})

scanRecordsForKey()
