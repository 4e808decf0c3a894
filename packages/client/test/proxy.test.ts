// createKeysProxy: allow and deny paths, against the mock over real HTTP.
import { describe, expect, it } from 'vitest'
import { InvalidRequestError } from '../src/index'
import { createKeysProxy } from '../src/server/index'
import { caught, KEY, record, recordError, scanRecordsForKey, startMock } from './harness'

const app = 'https://app.example/api/openrouter'

/** Calls the proxy and records the body it answered with (for the key scan). */
async function call(handler: (r: Request) => Promise<Response>, path: string, init?: RequestInit) {
  const response = await handler(new Request(`${app}${path}`, init))
  const text = await response.text()
  record(text, JSON.stringify([...response.headers]))
  return { response, text, json: () => JSON.parse(text) }
}

describe('createKeysProxy', () => {
  it('requires authorize', () => {
    // @ts-expect-error authorize is required
    const error = recordError(caughtSync(() => createKeysProxy({ apiKey: KEY })))
    expect(error).toBeInstanceOf(InvalidRequestError)
    expect((error as Error).message).toMatch(/^Invalid authorize: received no function/)
  })

  it('forwards GET …/keys with the key and the three parameters', async () => {
    const { mock, url } = await startMock({ seed: 30 })
    const proxy = createKeysProxy({ apiKey: KEY, baseURL: url, authorize: () => true })
    const { response, json } = await call(
      proxy,
      '/keys?offset=2&include_disabled=true&workspace_id=0df9e665-d932-5740-b2c7-b52af166bc11',
      { headers: { cookie: 'session=1', authorization: 'Bearer user-token' } },
    )
    expect(response.status).toBe(200)
    expect(json().data.map((k: { hash: string }) => k.hash)).toEqual(
      mock
        .listKeys({ includeDisabled: true })
        .slice(2)
        .map((k) => k.hash),
    )
    const [sent] = mock.requests
    expect(sent?.query).toEqual({
      offset: '2',
      include_disabled: 'true',
      workspace_id: '0df9e665-d932-5740-b2c7-b52af166bc11',
    })
    // The mock accepted the management key (200 above); the user's credentials were not forwarded.
    expect(sent?.headers.cookie).toBeUndefined()
    expect(sent?.headers.authorization).toBe('Bearer ***')
    expect(response.headers.get('x-request-id')).toMatch(/^req_/)
  })

  it('answers 403 when authorize says no, without calling OpenRouter', async () => {
    const { mock, url } = await startMock()
    const proxy = createKeysProxy({ apiKey: KEY, baseURL: url, authorize: async () => false })
    const { response, json } = await call(proxy, '/keys')
    expect(response.status).toBe(403)
    expect(json()).toEqual({ error: { code: 403, message: 'Forbidden' } })
    expect(mock.requests).toHaveLength(0)
  })

  it.each([
    [405, 'POST', '/keys', 'Method POST not allowed here'],
    [404, 'GET', '/credits', 'Not Found: this proxy does not forward that path'],
    [404, 'GET', '/keys/abc', 'Not Found: this proxy does not forward that path'],
  ])(
    'answers %i to %s %s (an operation it was not given) in the OpenRouter error shape',
    async (status, method, path, message) => {
      const { mock, url } = await startMock()
      const proxy = createKeysProxy({ apiKey: KEY, baseURL: url, authorize: () => true })
      const { response, json } = await call(proxy, path, { method })
      expect(response.status).toBe(status)
      expect(json()).toEqual({ error: { code: status, message } })
      expect(mock.requests).toHaveLength(0)
    },
  )

  it.each([
    [
      'GET',
      '/keys?limit=5',
      'Invalid parameter name: received "limit", expected one of include_disabled, offset, workspace_id',
    ],
    ['GET', '/keys?offset=-1', 'Invalid offset: received -1, expected an integer >= 0 or null'],
    ['GET', '/keys?workspace_id=x', 'Invalid workspace_id: received "x", expected a UUID'],
  ])('answers 400 to %s %s in the OpenRouter error shape', async (method, path, message) => {
    const { mock, url } = await startMock()
    const proxy = createKeysProxy({ apiKey: KEY, baseURL: url, authorize: () => true })
    const { response, json } = await call(proxy, path, { method })
    expect(response.status).toBe(400)
    expect(json()).toEqual({ error: { code: 400, message } })
    expect(mock.requests).toHaveLength(0)
  })

  it('strips hop-by-hop, cookie and auth headers from the response', async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults({
      headers: {
        'set-cookie': 'upstream=1',
        'www-authenticate': 'Bearer',
        'proxy-authenticate': 'Basic',
        'keep-alive': 'timeout=5',
        'x-ratelimit-remaining': '9',
      },
    })
    const proxy = createKeysProxy({ apiKey: KEY, baseURL: url, authorize: () => true })
    const { response } = await call(proxy, '/keys')
    expect(response.status).toBe(200)
    for (const name of ['set-cookie', 'www-authenticate', 'proxy-authenticate', 'keep-alive'])
      expect(response.headers.has(name)).toBe(false)
    expect(response.headers.get('x-ratelimit-remaining')).toBe('9')
    expect(response.headers.get('content-type')).toContain('application/json')
  })

  it('passes upstream errors back with their status, redacting an echoed key', async () => {
    const { mock, url } = await startMock()
    const body = JSON.stringify({ error: { code: 401, message: `bad key ${KEY}` } })
    mock.enqueueFaults({ status: 401, body })
    const proxy = createKeysProxy({ apiKey: KEY, baseURL: url, authorize: () => true })
    const { response, json } = await call(proxy, '/keys')
    expect(response.status).toBe(401)
    expect(json()).toEqual({ error: { code: 401, message: 'bad key ***' } })
  })

  it('answers 502 when OpenRouter cannot be reached and 500 without a key', async () => {
    const { url } = await startMock()
    const unreachable = createKeysProxy({
      apiKey: KEY,
      baseURL: url.replace(/:\d+/, ':1'),
      maxRetries: 0,
      authorize: () => true,
    })
    expect((await call(unreachable, '/keys')).response.status).toBe(502)
    const keyless = createKeysProxy({ apiKey: () => '', baseURL: url, authorize: () => true })
    const { response, json } = await call(keyless, '/keys')
    expect(response.status).toBe(500)
    expect(json().error.code).toBe(500)
  })
})

function caughtSync(fn: () => unknown): unknown {
  try {
    fn()
  } catch (error) {
    return error
  }
  throw new Error('expected a throw')
}

void caught
scanRecordsForKey()
